import { DateTime, Duration } from 'luxon';
import type { RoutingConfig } from '../config/config-schema';
import type { StoredDecision } from '../routing/decision';
import type { Priority, Ticket } from '../ticket/ticket-schema';

function clockTimeAfter(
  iso: string,
  priority: Priority,
  routing: Pick<RoutingConfig, 'ackWithin'>,
) {
  // Added in UTC so that `P1D` is always 24 hours, whatever DST does in any team's zone.
  return DateTime.fromISO(iso, { zone: 'utc' })
    .plus(Duration.fromISO(routing.ackWithin[priority]))
    .toMillis();
}

/**
 * When the ticket must be acknowledged (epoch ms): the decision's `expectedReplyBy`, the one
 * deadline the customer is promised, the agent is told and the team inbox is warned by.
 *
 * Two decisions have none. With `expectedReplyBy: null` nobody covers the ticket within 14 days;
 * the deadline is then `ackWithin` of clock time from routing, so that the team inbox still hears
 * of a ticket nobody can answer. A decision stored before reply-by existed keeps the rule it was
 * routed under, `ackWithin` of clock time from `receivedAt`, which its agent's email already named.
 */
export function ackDueAt(
  ticket: Pick<Ticket, 'receivedAt' | 'priority'>,
  decision: Pick<StoredDecision, 'at' | 'expectedReplyBy'>,
  routing: Pick<RoutingConfig, 'ackWithin'>,
): number {
  const { expectedReplyBy } = decision;
  if (typeof expectedReplyBy === 'string') return Date.parse(expectedReplyBy);
  if (expectedReplyBy === null) return clockTimeAfter(decision.at, ticket.priority, routing);
  return clockTimeAfter(ticket.receivedAt, ticket.priority, routing);
}
