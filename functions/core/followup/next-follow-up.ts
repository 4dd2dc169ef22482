import type { CompiledConfig } from '../routing/compiled-config';
import { followUpAt } from './follow-up-at';
import type { OpenTicket } from './open-ticket';
import { holderLeavesAt } from './plan-follow-up';

/** What of an open ticket tells when it may next be due something. */
export type FollowUpState = Pick<
  OpenTicket,
  'status' | 'team' | 'agent' | 'decision' | 'acknowledgedAt' | 'escalatedAt'
>;

/**
 * When a scheduler run must next read the ticket, in the configuration `compiled` at `now`: the
 * earliest of its own follow-up instant (followUpAt: queued start, escalation) and, for an
 * assigned ticket, `routing.handoffLead` before its holder leaves (holderLeavesAt), the moment
 * planFollowUp first hands it over. A team the configuration no longer has hands over at once.
 * Null when nothing can fall due: acknowledged, routed to no team, or escalated while queued.
 *
 * The holder's part is true only for this configuration: a later one may move a shift, which the
 * scheduler finds by comparing the versions (listing-schedule.ts), not by rewriting tickets.
 */
export function nextFollowUpAt(
  compiled: CompiledConfig,
  open: FollowUpState,
  now: number,
): string | null {
  // A ticket routed to no team is followed up by nobody, as byTeamStatus does not list it.
  if (open.acknowledgedAt !== null || open.team === null) return null;
  const own = followUpAt(open.decision, open.escalatedAt !== null);
  const instants = own === null ? [] : [Date.parse(own)];
  if (!compiled.teamsById.has(open.team)) {
    instants.push(Math.max(now, Date.parse(open.decision.at)));
  } else if (open.status === 'assigned') {
    instants.push(holderLeavesAt(compiled, open, now) - compiled.handoffLeadMs);
  }
  return instants.length === 0 ? null : new Date(Math.min(...instants)).toISOString();
}
