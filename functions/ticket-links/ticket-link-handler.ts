import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  TICKET_LINK_PAGE_CSP,
  ticketLinkPage,
  type TicketLinkPage,
  type TicketSummary,
} from '../core/followup/ticket-link-page';
import type { TicketLinkResult } from '../core/followup/ticket-link-result';
import { linkStanding } from '../core/followup/ticket-link-standing';
import { checkTicketLink, type TicketLinkAction } from '../core/followup/ticket-link-token';
import type { ActionTicket, TicketActionOutcome } from '../adapters/ticket-action-store';
import type { TicketLinkDependencies } from './dependencies';
import { readLinkRequest, type LinkRequest } from './link-request';

function summaryOf(ticket: ActionTicket): TicketSummary {
  return {
    ticketId: ticket.ticketId,
    subject: ticket.subject,
    status: ticket.status,
    acknowledged: ticket.acknowledgedAt !== null,
    team: ticket.team,
    agent: ticket.agent,
  };
}

/** What there is nothing left to do for: the page says so instead of offering the button. */
function settled(action: TicketLinkAction, ticket: ActionTicket): TicketLinkResult | undefined {
  if (ticket.status === 'resolved') return 'already-resolved';
  if (action === 'ack' && ticket.acknowledgedAt !== null) return 'already-acknowledged';
  return undefined;
}

function resultOf(action: TicketLinkAction, outcome: TicketActionOutcome): TicketLinkResult {
  if (outcome.kind === 'not-found' || outcome.kind === 'moved') return outcome.kind;
  if (action === 'resolve') return outcome.kind === 'done' ? 'resolved' : 'already-resolved';
  if (outcome.kind === 'done') return 'acknowledged';
  // Acknowledging a resolved ticket changes nothing, and "resolved" is the truer answer.
  return outcome.ticket.status === 'resolved' ? 'already-resolved' : 'already-acknowledged';
}

/**
 * The answer to one request. The token is checked before the table is read, so a forged link
 * learns nothing about tickets; GET and HEAD only read; a POST acts for the assignment the link
 * was sent for, and only while the ticket is still there.
 */
async function answer(deps: TicketLinkDependencies, request: LinkRequest): Promise<TicketLinkPage> {
  const { action, ticketId, language } = request;
  const page = (result: TicketLinkResult, ticket?: ActionTicket) =>
    ticketLinkPage({
      kind: 'result',
      result,
      action,
      ticketId,
      ...(language === undefined ? {} : { language }),
      ...(ticket ? { ticket: summaryOf(ticket) } : {}),
    });
  if (request.refused) {
    deps.logger.warn('ticket link form refused', { ticketId, action, reason: request.refused });
    return page(request.refused);
  }
  const now = deps.clock();
  const check = checkTicketLink(await deps.secret(), ticketId, action, request.token, now);
  if (!check.ok) {
    deps.logger.warn('ticket link refused', { ticketId, action, reason: check.reason });
    return page(check.reason === 'expired' ? 'expired-link' : 'invalid-link');
  }
  const ticket = await deps.tickets.findActionTicket(ticketId);
  if (!ticket) return page('not-found');
  const standing = linkStanding(check, ticket);
  if (standing.kind !== 'current') {
    deps.logger.info('ticket link no longer applies', {
      ticketId,
      action,
      method: request.method,
      result: standing.kind,
    });
    return page(standing.kind, ticket);
  }
  if (request.method !== 'POST') {
    const done = settled(action, ticket);
    if (done) return page(done, ticket);
    return ticketLinkPage({
      kind: 'confirm',
      action,
      ticket: summaryOf(ticket),
      token: request.token!,
      ...(language === undefined ? {} : { language }),
    });
  }
  const { holder } = standing;
  const change = { ticketId, at: now, by: 'link', actor: holder.agent, holder };
  const outcome =
    action === 'ack'
      ? await deps.tickets.acknowledgeTicket(change)
      : await deps.tickets.resolveTicket(change);
  const result = resultOf(action, outcome);
  deps.logger.info('ticket link followed', { ticketId, action, agent: holder.agent, result });
  return page(result, outcome.kind === 'not-found' ? undefined : outcome.ticket);
}

/**
 * `GET|HEAD|POST /tickets/{id}/ack` and `…/resolve`: the buttons of the assignment email. GET and
 * HEAD (what mail scanners and link previews send) show the ticket and one button; only the
 * button's POST, carrying the token in its body, acknowledges or resolves. A second click finds
 * the ticket changed already and says so with a 200.
 */
export function createTicketLinkHandler(deps: TicketLinkDependencies) {
  return middy(
    async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
      const request = readLinkRequest(event);
      const page = await answer(deps, request);
      return {
        statusCode: page.statusCode,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          // The answer depends on the ticket's state at the moment, and the page names the ticket.
          'cache-control': 'no-store',
          'content-security-policy': TICKET_LINK_PAGE_CSP,
          'referrer-policy': 'no-referrer',
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'x-robots-tag': 'noindex, nofollow',
        },
        body: request.method === 'HEAD' ? '' : page.html,
      };
    },
  ).use(injectLambdaContext(deps.logger, { resetKeys: true }));
}

export type TicketLinkHandler = ReturnType<typeof createTicketLinkHandler>;
