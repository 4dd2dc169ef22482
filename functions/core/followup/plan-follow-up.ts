import { ackDueAt } from '../email/ack-due';
import type { CompiledConfig } from '../routing/compiled-config';
import { planRoute, type RoutePlan } from '../routing/route-ticket';
import type { OpenTicket } from './open-ticket';

/** What an open ticket is due at a scheduler run; each is applied at most once per ticket state. */
export type FollowUp =
  /**
   * Its agent or team goes off shift within `routing.handoffLead` (or already has): routed again
   * (docs/routing.md) at `at`, the moment the holder leaves: without the leaving team, or inside
   * the team when only the agent leaves.
   */
  | { readonly kind: 'handover'; readonly at: number; readonly plan: RoutePlan }
  /**
   * Queued, and its team's shift has begun: routed inside that team at the run's instant (the
   * team's line gives it out first when it has room: run-follow-up.ts), or among all teams when
   * that shift was missed.
   */
  | { readonly kind: 'assign-queued'; readonly plan: RoutePlan }
  /** Unacknowledged past `routing.ackWithin[priority]` and never escalated: tell the team inbox. */
  | { readonly kind: 'escalate'; readonly dueAt: number };

/**
 * A plan for a ticket already routed keeps the instant its customer was promised: a handover, a
 * queued ticket's start or a turn in the waiting line moves the ticket, not the deadline. A ticket
 * stored before reply-by existed keeps the deadline its agent was told (ack-due.ts), which becomes
 * its reply-by.
 */
export function keepingPromise(
  compiled: CompiledConfig,
  open: Pick<OpenTicket, 'ticket' | 'decision'>,
  plan: RoutePlan,
): RoutePlan {
  const promised = open.decision.expectedReplyBy;
  const replyBy =
    promised === undefined
      ? ackDueAt(open.ticket, open.decision, compiled.config.routing)
      : promised === null
        ? null
        : Date.parse(promised);
  return { ...plan, expectedReplyBy: replyBy, replyByKept: true };
}

function without(compiled: CompiledConfig, teamId: string): CompiledConfig {
  return { ...compiled, teams: compiled.teams.filter((team) => team.id !== teamId) };
}

function only(compiled: CompiledConfig, teamId: string): CompiledConfig {
  return { ...compiled, teams: compiled.teams.filter((team) => team.id === teamId) };
}

/**
 * When the ticket's holder stops being on shift: the earlier of its agent's and its team's shift
 * ends (either may end first: an agent's own shifts, a team holiday). `now` when either is off
 * shift already, as after a missed run or a configuration change.
 */
export function holderLeavesAt(
  compiled: CompiledConfig,
  open: Pick<OpenTicket, 'team' | 'agent'> & { readonly decision: { readonly at: string } },
  now: number,
): number {
  // A ticket handed over is routed at the moment the old holder leaves, which can be a few
  // minutes ahead of the run: the new holder's shift is read from then, not from before it began.
  const from = Math.max(now, Date.parse(open.decision.at));
  const team = open.team === null ? undefined : compiled.teamsById.get(open.team);
  const agent = open.agent === null ? undefined : compiled.agentsById.get(open.agent);
  const ends = [team?.calendar, agent?.calendar]
    .filter((calendar) => calendar !== undefined)
    .map((calendar) => calendar.shiftEndAt(from) ?? from);
  return ends.length === 0 ? from : Math.min(...ends);
}

function handover(compiled: CompiledConfig, open: OpenTicket, now: number): FollowUp | undefined {
  if (open.team === null) return undefined;
  // A team removed from the configuration has left for good: its assigned and queued tickets go
  // to the teams there are, now, whoever of it is still configured elsewhere.
  const removed = !compiled.teamsById.has(open.team);
  if (open.status !== 'assigned' && !(removed && open.status === 'queued')) return undefined;
  const lead = compiled.handoffLeadMs;
  const leavesAt = removed
    ? Math.max(now, Date.parse(open.decision.at))
    : holderLeavesAt(compiled, open, now);
  if (leavesAt - now > lead) return undefined;
  // The agent leaving while the team stays on shift passes the ticket to a colleague; the team
  // leaving passes it to another team.
  const teamStays = compiled.teamsById.get(open.team)?.calendar.isOnShift(leavesAt) ?? false;
  const plan = keepingPromise(
    compiled,
    open,
    planRoute(
      teamStays ? only(compiled, open.team) : without(compiled, open.team),
      open.ticket,
      leavesAt,
    ),
  );
  // The only team there is keeps its ticket: there is nobody to hand it to.
  return plan.choice ? { kind: 'handover', at: leavesAt, plan } : undefined;
}

function queuedStart(
  compiled: CompiledConfig,
  open: OpenTicket,
  now: number,
): FollowUp | undefined {
  const until = open.decision.queuedUntil;
  if (open.status !== 'queued' || open.team === null || until === null) return undefined;
  if (Date.parse(until) > now || !compiled.teamsById.has(open.team)) return undefined;
  const inTeam = planRoute(only(compiled, open.team), open.ticket, now);
  // A team on shift takes its queued ticket. One whose shift was missed (over before this run,
  // or taken away by a holiday or override saved since) does not keep it waiting: it is routed
  // again among all teams, as a handover would route it.
  const plan =
    inTeam.choice?.status === 'assigned' ? inTeam : planRoute(compiled, open.ticket, now);
  return { kind: 'assign-queued', plan: keepingPromise(compiled, open, plan) };
}

/**
 * What the scheduler should do with an open ticket at `now`, in order: a handover or a queued
 * ticket's assignment first (so an escalation goes to the inbox of the team that holds it then),
 * then the escalation. An acknowledged ticket is due nothing: it stays where it is.
 */
export function planFollowUp(compiled: CompiledConfig, open: OpenTicket, now: number): FollowUp[] {
  if (open.acknowledgedAt !== null) return [];
  const steps: FollowUp[] = [];
  const move = handover(compiled, open, now) ?? queuedStart(compiled, open, now);
  if (move) steps.push(move);
  if (open.escalatedAt === null) {
    const dueAt = ackDueAt(open.ticket, open.decision, compiled.config.routing);
    if (now >= dueAt) steps.push({ kind: 'escalate', dueAt });
  }
  return steps;
}
