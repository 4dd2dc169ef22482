import { DateTime } from 'luxon';
import type { FieldError } from '../core/validation/field-error';
import { isTicketListStatus, TICKET_LIST_STATUSES } from '../adapters/ticket-reader';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { pathParameter, queryParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

/**
 * `GET /tickets?team=&status=&from=&limit=`: a team's tickets in one listing status (all when
 * none is given; `acknowledged` is acknowledged and not resolved), whose status was set at or
 * after `from`, the latest first, with their decisions.
 */
export async function listTickets(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const { event } = request;
  const errors: FieldError[] = [];
  const team = queryParameter(event, 'team');
  if (team === undefined) errors.push({ path: 'query.team', message: 'is required' });
  const statusText = queryParameter(event, 'status');
  const status =
    statusText !== undefined && isTicketListStatus(statusText) ? statusText : undefined;
  if (statusText !== undefined && status === undefined) {
    errors.push({
      path: 'query.status',
      message: `"${statusText}" is not one of ${TICKET_LIST_STATUSES.join(', ')}`,
    });
  }
  const fromText = queryParameter(event, 'from');
  const from =
    fromText === undefined ? undefined : DateTime.fromISO(fromText, { zone: 'UTC', setZone: true });
  if (from && !from.isValid) {
    errors.push({
      path: 'query.from',
      message: `"${fromText}" is not an ISO-8601 date or instant (e.g. 2026-12-22T00:00:00Z)`,
    });
  }
  const limitText = queryParameter(event, 'limit');
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    errors.push({
      path: 'query.limit',
      message: `"${limitText}" is not a whole number from 1 to ${MAX_LIMIT}`,
    });
  }
  if (errors.length > 0) throw invalidInput(errors);
  const listing = await deps.tickets.listTickets({
    team: team!,
    limit,
    ...(status === undefined ? {} : { status }),
    // Stored instants are UTC ISO strings with milliseconds, which compare as text.
    ...(from ? { from: from.toUTC().toISO()! } : {}),
  });
  return jsonResponse(200, listing);
}

/** `GET /tickets/{id}`: the ticket, its decision with reasons, its emails and its history. */
export async function getTicket(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const id = pathParameter(request.event, 'id');
  const detail = await deps.tickets.readTicket(id);
  if (!detail) throw new AdminHttpError(404, `no ticket "${id}" is recorded`);
  return jsonResponse(200, detail);
}
