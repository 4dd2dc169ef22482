import type { CompiledConfig } from '../routing/compiled-config';
import { holderLeavesAt } from './plan-follow-up';

/**
 * An open ticket as a team's index of tickets lists it (keys and a few attributes, not the
 * ticket): enough to tell whether a run must read it whole.
 */
export interface OpenTicketEntry {
  readonly ticketId: string;
  /** Which listing it is in: an acknowledged ticket keeps its stored status but is listed apart. */
  readonly listStatus: 'assigned' | 'queued' | 'acknowledged';
  readonly team: string;
  readonly agent: string | null;
  /** When its current status was set: for an assigned or queued ticket, its decision's `at`. */
  readonly statusSince: string;
  /**
   * followUpAt (follow-up-at.ts) as stored; undefined for a ticket written before it was kept,
   * which is always read.
   */
  readonly followUpAt: string | null | undefined;
  /** Emails written by an earlier change may not all be sent yet. */
  readonly pendingEmails: boolean;
}

/**
 * Whether a run at `now` must read an open ticket whole to plan it (planFollowUp, which decides):
 * true for every ticket that may be due something, and for few others. An acknowledged ticket
 * is due nothing but its pending emails; a queued one its start, its escalation or, when its team
 * was removed, a handover; an assigned one its escalation or a handover, which is due when its
 * team or agent leaves within `routing.handoffLead` (or has left) in the configuration of the run.
 * Holders' shift ends are looked up once per holder and instant, so a run over many tickets
 * costs a few calendar lookups per agent.
 */
export function dueFilter(
  compiled: CompiledConfig,
  now: number,
): (entry: OpenTicketEntry) => boolean {
  const lead = compiled.handoffLeadMs;
  const leaving = new Map<string, boolean>();
  const holderLeaving = (entry: OpenTicketEntry): boolean => {
    const at = entry.statusSince;
    const key = `${entry.team}\u0000${entry.agent ?? ''}\u0000${Math.max(now, Date.parse(at))}`;
    let answer = leaving.get(key);
    if (answer === undefined) {
      const open = { team: entry.team, agent: entry.agent, decision: { at } };
      answer = holderLeavesAt(compiled, open, now) - now <= lead;
      leaving.set(key, answer);
    }
    return answer;
  };
  return (entry) => {
    if (entry.pendingEmails) return true;
    if (entry.listStatus === 'acknowledged') return false;
    if (entry.followUpAt === undefined) return true;
    if (entry.followUpAt !== null && Date.parse(entry.followUpAt) <= now) return true;
    if (!compiled.teamsById.has(entry.team)) return true;
    return entry.listStatus === 'assigned' && holderLeaving(entry);
  };
}
