import { nextFollowUpAt, type FollowUpState } from '../core/followup/next-follow-up';
import type { CompiledConfig } from '../core/routing/compiled-config';
import type { StoredDecision } from '../core/routing/decision';
import type { FollowUpListing } from '../adapters/follow-up-store';

/**
 * Where and when a scheduler run must read a ticket (byFollowUp), in the configuration of the
 * function writing it: every writer that moves a ticket lists it so.
 */
export function followUpListing(
  compiled: CompiledConfig,
  open: FollowUpState,
  now: number,
): FollowUpListing {
  return { team: open.team, due: nextFollowUpAt(compiled, open, now) };
}

/** The same for a ticket just given `decision` (a move: a handover, a queued start, a lead). */
export function listingAfterMove(
  compiled: CompiledConfig,
  decision: StoredDecision & Pick<FollowUpState, 'status'>,
  ticket: { readonly acknowledgedAt: string | null; readonly escalatedAt: string | null },
  now: number,
): FollowUpListing {
  return followUpListing(
    compiled,
    {
      status: decision.status,
      team: decision.team,
      agent: decision.agent,
      decision,
      acknowledgedAt: ticket.acknowledgedAt,
      escalatedAt: ticket.escalatedAt,
    },
    now,
  );
}
