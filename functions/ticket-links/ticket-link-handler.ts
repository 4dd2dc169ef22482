import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { TICKET_LINKS } from '../definitions/ticket-links';
import { ticketLinkPage, type TicketLinkResult } from '../core/followup/ticket-link-page';
import { checkTicketLink, type TicketLinkAction } from '../core/followup/ticket-link-token';
import type { TicketActionOutcome } from '../adapters/ticket-action-store';
import type { TicketLinkDependencies } from './dependencies';

const ROUTE_ACTIONS: Record<string, TicketLinkAction> = {
  [TICKET_LINKS.routes.ack]: 'ack',
  [TICKET_LINKS.routes.resolve]: 'resolve',
};

function resultOf(action: TicketLinkAction, outcome: TicketActionOutcome): TicketLinkResult {
  if (outcome.kind === 'not-found') return 'not-found';
  if (action === 'resolve') return outcome.kind === 'done' ? 'resolved' : 'already-resolved';
  if (outcome.kind === 'done') return 'acknowledged';
  // Acknowledging a resolved ticket changes nothing, and "resolved" is the truer answer.
  return outcome.ticket.status === 'resolved' ? 'already-resolved' : 'already-acknowledged';
}

/**
 * `GET /tickets/{id}/ack` and `GET /tickets/{id}/resolve`: the buttons of the assignment email.
 * The token is checked before the table is read, so a forged link learns nothing about tickets;
 * a second click finds the ticket changed already and says so with a 200.
 */
export function createTicketLinkHandler(deps: TicketLinkDependencies) {
  return middy(
    async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
      const action = ROUTE_ACTIONS[event.routeKey] ?? 'ack';
      const ticketId = event.pathParameters?.id ?? '';
      const now = deps.clock();
      const check = checkTicketLink(
        await deps.secret(),
        ticketId,
        action,
        event.queryStringParameters?.token,
        now,
      );
      let result: TicketLinkResult;
      if (!check.ok) {
        deps.logger.warn('ticket link refused', { ticketId, action, reason: check.reason });
        result = check.reason === 'expired' ? 'expired-link' : 'invalid-link';
      } else {
        const request = { ticketId, at: now, by: 'link' };
        const outcome =
          action === 'ack'
            ? await deps.tickets.acknowledgeTicket(request)
            : await deps.tickets.resolveTicket(request);
        result = resultOf(action, outcome);
        deps.logger.info('ticket link followed', { ticketId, action, result });
      }
      const page = ticketLinkPage(result, ticketId, action);
      return {
        statusCode: page.statusCode,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          // The answer depends on the ticket's state at the moment and the page names the ticket.
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
        },
        body: page.html,
      };
    },
  ).use(injectLambdaContext(deps.logger, { resetKeys: true }));
}

export type TicketLinkHandler = ReturnType<typeof createTicketLinkHandler>;
