import type { FieldError } from '../core/validation/field-error';
import type { AdminDependencies, AdminRequest } from './dependencies';
import { AdminHttpError, invalidInput } from './admin-http-error';
import { jsonObjectBody, pathParameter } from './admin-request';
import { jsonResponse, type AdminResponse } from './admin-response';

/**
 * `POST /tickets/{id}/assign` `{"agent": "jonas", "overCapacity": false}`: a support lead gives an
 * open ticket to an agent (from the waiting line, or from another agent), recorded in its history
 * with the lead's name. Refused with 409 when the agent holds `maxOpenTickets` already, unless
 * `overCapacity` is true.
 */
export async function assignTicket(
  deps: AdminDependencies,
  request: AdminRequest,
): Promise<AdminResponse> {
  const ticketId = pathParameter(request.event, 'id');
  const body = jsonObjectBody(request.event);
  const errors: FieldError[] = [];
  const agent = body.agent;
  if (typeof agent !== 'string' || agent === '') {
    errors.push({ path: 'body.agent', message: 'is required: the id of an agent' });
  }
  const overCapacity = body.overCapacity ?? false;
  if (typeof overCapacity !== 'boolean') {
    errors.push({ path: 'body.overCapacity', message: 'must be true or false' });
  }
  const unknown = Object.keys(body).filter((key) => key !== 'agent' && key !== 'overCapacity');
  for (const key of unknown)
    errors.push({ path: `body.${key}`, message: 'is not a field of an assignment' });
  if (errors.length > 0) throw invalidInput(errors);
  if (!deps.assign) {
    throw new AdminHttpError(
      503,
      'assignments are not available: the admin function has no sender email configured',
    );
  }
  const outcome = await deps.assign({
    ticketId,
    agentId: agent as string,
    overCapacity: overCapacity as boolean,
    by: request.caller.name,
  });
  switch (outcome.kind) {
    case 'not-found':
      throw new AdminHttpError(404, `no open ticket "${ticketId}" is recorded`);
    case 'unknown-agent':
      throw invalidInput([
        {
          path: 'body.agent',
          message: `"${String(agent)}" is not an agent of the current configuration`,
        },
      ]);
    case 'over-capacity':
      throw new AdminHttpError(
        409,
        `agent ${String(agent)} holds ${outcome.openTickets} of ${outcome.limit} open tickets; send "overCapacity": true to assign over the limit`,
      );
    case 'unchanged':
      return jsonResponse(200, { changed: false, decision: outcome.decision });
    case 'assigned':
      deps.logger.info('ticket assigned by hand', {
        ticketId,
        agent,
        previousAgent: outcome.previousAgent,
        by: request.caller.name,
        overCapacity,
      });
      return jsonResponse(200, { changed: true, decision: outcome.decision });
  }
}
