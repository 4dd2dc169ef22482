import type { Decision } from '../routing/decision';
import type { Priority, Ticket } from '../ticket/ticket-schema';

/** Higher priorities first: the first part of a place in the line. */
export const PRIORITY_RANK: Readonly<Record<Priority, number>> = {
  urgent: 0,
  high: 1,
  normal: 2,
  low: 3,
};

/**
 * A decision as the line reads it. `expectedReplyBy` is the customer's reply-by deadline; a
 * decision recorded without one (before reply-by existed) waits by the time it was received.
 */
export type LineDecision = Pick<Decision, 'team' | 'agent'> & {
  readonly expectedReplyBy?: string | null;
};

/** Where a waiting ticket stands: in its team's line, at `order`. */
export interface LinePlace {
  readonly team: string;
  /**
   * Compared as text, it sorts the line: priority first, then the earliest reply-by deadline,
   * then arrival, then the ticket id (so two tickets never tie).
   */
  readonly order: string;
}

/** After every deadline: a ticket whose reply-by nothing covers within the look-ahead. */
const NO_DEADLINE = '~';

/** A ticket waits in its team's line while it has a team and no agent (queued or team inbox). */
export function isWaiting(decision: Pick<Decision, 'team' | 'agent'>): boolean {
  return decision.team !== null && decision.agent === null;
}

/**
 * The ticket's place in its team's line, or null when it does not wait. Instants are written as
 * UTC ISO strings with milliseconds, whatever offset the ticket arrived with, so they compare as
 * text.
 *
 * @example
 * linePlace(ticket, { team: 'emea', agent: null }); // { team: 'emea', order: '1#2026-…#2026-…#t-1' }
 */
export function linePlace(
  ticket: Pick<Ticket, 'id' | 'priority' | 'receivedAt'>,
  decision: LineDecision,
): LinePlace | null {
  if (!isWaiting(decision)) return null;
  const arrival = new Date(ticket.receivedAt).toISOString();
  const replyBy = decision.expectedReplyBy;
  const deadline =
    replyBy === undefined
      ? arrival
      : replyBy === null
        ? NO_DEADLINE
        : new Date(replyBy).toISOString();
  return {
    team: decision.team!,
    order: [PRIORITY_RANK[ticket.priority], deadline, arrival, ticket.id].join('#'),
  };
}
