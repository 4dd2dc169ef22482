import { DateTime } from 'luxon';
import { customerPromiseOf, promiseMessage } from '../core/customer-reply/customer-promise';
import { loadLanguageModel } from '../core/language/language-model';
import { decideRoute, planRoute } from '../core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../core/routing/routing-state';
import { parseTicket } from '../core/ticket/ticket-schema';
import { quoteValue, type FieldError } from '../core/validation/field-error';
import { isInstant } from '../core/validation/field-rules';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { invalidInput } from './admin-http-error';
import { jsonObjectBody } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';
import { compileCurrent, requireCurrentConfig } from './current-config';

const FIELDS = new Set(['ticket', 'at']);

/**
 * `POST /route/preview {ticket, at?}`: the decision the router would make for the ticket at `at`
 * (default: its receivedAt) with the live version, and the reasons. It reads the live state as the
 * router does (agents' open tickets, the sticky agent of the thread or customer) and writes
 * nothing: no ticket, no load, no email.
 */
export async function previewRoute(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const body = jsonObjectBody(request.event);
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => !FIELDS.has(key))
    .map((key) => ({ path: key, message: 'is not a known field' }));
  const parsed = parseTicket(body.ticket);
  if (!parsed.ok) {
    errors.push(
      ...parsed.errors.map((error) => ({
        path: error.path === '$' ? 'ticket' : `ticket.${error.path}`,
        message: error.message,
      })),
    );
  }
  let at: number | undefined;
  if (body.at !== undefined) {
    // With an offset or Z, as a ticket's receivedAt: a bare local time has no zone to be read in.
    if (typeof body.at === 'string' && isInstant(body.at)) {
      at = DateTime.fromISO(body.at, { setZone: true }).toMillis();
    } else {
      errors.push({
        path: 'at',
        message: `${typeof body.at === 'string' ? quoteValue(body.at) : `a ${typeof body.at}`} is not an ISO-8601 instant with an offset or Z (e.g. 2026-12-22T09:15:00Z)`,
      });
    }
  }
  if (errors.length > 0 || !parsed.ok) throw invalidInput(errors);
  const ticket = parsed.ticket;
  const current = await requireCurrentConfig(deps);
  await loadLanguageModel();
  const plan = planRoute(
    compileCurrent(deps, current),
    ticket,
    at ?? Date.parse(ticket.receivedAt),
  );
  // As the router: the live state matters only when an agent of the chosen team is picked.
  const team = plan.choice?.status === 'assigned' ? plan.choice.team : undefined;
  const state =
    team && team.agents.length > 0
      ? await deps.routingState.loadRoutingState({
          agentIds: team.agents.map((agent) => agent.id),
          ...(ticket.threadId === undefined ? {} : { threadId: ticket.threadId }),
          ...(ticket.customer.id === undefined ? {} : { customerId: ticket.customer.id }),
        })
      : EMPTY_ROUTING_STATE;
  const decision = decideRoute(plan, state);
  return jsonResponse(200, {
    version: current.stored.version,
    decision,
    customerMessage: promiseMessage(customerPromiseOf(plan)),
  });
}
