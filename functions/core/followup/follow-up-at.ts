import type { StoredDecision } from '../routing/decision';

/**
 * The earliest instant at which an open ticket may be due a follow-up that its own record decides,
 * whatever the configuration says meanwhile: its queued team's start (`queuedUntil`) and, until it
 * is escalated, its escalation (`expectedReplyBy`). Null when neither applies. A handover depends
 * on the holder's shift in the configuration of the run, so it is found by holder instead
 * (due-filter.ts).
 *
 * A decision without a reply-by (nobody covers the ticket within 14 days, or stored before reply-by
 * existed) escalates `ackWithin` after routing or arrival, which the configuration of the run sets:
 * such a ticket is due a look from the moment it was routed until it is escalated.
 */
export function followUpAt(
  decision: Pick<StoredDecision, 'status' | 'queuedUntil' | 'at' | 'expectedReplyBy'>,
  escalated: boolean,
): string | null {
  const instants: number[] = [];
  if (decision.status === 'queued' && decision.queuedUntil !== null) {
    instants.push(Date.parse(decision.queuedUntil));
  }
  if (!escalated) {
    instants.push(
      Date.parse(
        typeof decision.expectedReplyBy === 'string' ? decision.expectedReplyBy : decision.at,
      ),
    );
  }
  return instants.length === 0 ? null : new Date(Math.min(...instants)).toISOString();
}
