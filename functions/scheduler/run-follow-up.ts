import { dueFilter } from '../core/followup/due-filter';
import { followUpAt } from '../core/followup/follow-up-at';
import { planFollowUp, type FollowUp } from '../core/followup/plan-follow-up';
import { isWaiting } from '../core/waiting-line/line-place';
import { waitAfter } from '../core/waiting-line/waited-time';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { StoredDecision } from '../core/routing/decision';
import { decideRoute } from '../core/routing/route-ticket';
import type { RoutingState } from '../core/routing/routing-state';
import { assignWithRetry, type AttemptOutcome } from '../shared/assign-with-retry';
import type { LiveConfig } from '../shared/config-cache';
import { deliverUnsentEmails, newClaim, sendClaimedEmail } from '../shared/email-delivery';
import { linkRecipient } from '../shared/ticket-link-signer';
import { count } from '../shared/delivery-metrics';
import { fillLines } from '../shared/fill-line';
import type { OpenTicketRecord } from '../adapters/follow-up-store';
import type { EmailClaim, OutboxEmail } from '../adapters/ticket-store';
import { SCHEDULER, SCHEDULER_METRICS } from '../definitions/scheduler';
import { followUpEmails } from './follow-up-emails';
import type { SchedulerDependencies } from './dependencies';

export interface FollowUpSummary {
  /** Waiting tickets given to agents with room (the waiting line's safety net). */
  lineAssigned: number;
  /** Open tickets listed (those looked at closely are the ones that may be due something). */
  open: number;
  handedOver: number;
  queuedAssigned: number;
  escalated: number;
  /** Changed by someone else between read and write: left to them. */
  superseded: number;
  /** Follow-ups and team lines that failed, left for the next run. */
  failed: number;
}

type Move = Exclude<FollowUp, { kind: 'escalate' }>;
type Reroute = NonNullable<Parameters<typeof followUpEmails>[0]['reroute']>;
type ClaimedEmail = OutboxEmail & { claim: EmailClaim };
/** A follow-up written: the ticket's routing now, and the emails to send. */
interface Written {
  readonly decision: StoredDecision;
  readonly emails: readonly ClaimedEmail[];
}

/**
 * Tickets followed up at once. Most are only read; those that move wait on DynamoDB and SES, so a
 * few in parallel keep a run with many due at a shift's end well inside its timeout.
 */
const FOLLOW_UP_CONCURRENCY = 8;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Sends what an earlier run wrote but could not send, then notes the outbox is done. An email a
 * run claimed less than a scheduler timeout ago may still be on its way from that run (the
 * router's shorter claim lease does not cover it), so it waits for a later run.
 */
async function deliverPending(deps: SchedulerDependencies, record: OpenTicketRecord) {
  const ticketId = record.ticket.id;
  const stored = await deps.tickets.findTicket(ticketId);
  if (!stored) return;
  const recent = deps.clock() - SCHEDULER.timeoutSeconds * 1000;
  if (stored.emails.some((email) => !email.sent && (email.claim?.at ?? -Infinity) > recent)) {
    return;
  }
  await deliverUnsentEmails(deps, stored);
  const after = await deps.tickets.findTicket(ticketId);
  if (after?.emails.every((email) => email.sent)) {
    await deps.followUps.clearPendingEmails(ticketId, record.lastEmailSequence);
  }
}

function events(
  move: Move | undefined,
  decision: StoredDecision,
  escalated: boolean,
  now: number,
): TicketEvent[] {
  const holder = { team: decision.team, agent: decision.agent, by: 'scheduler' };
  const list: TicketEvent[] = [];
  if (move?.kind === 'handover') list.push({ event: 'handed-over', at: iso(move.at), ...holder });
  if (move?.kind === 'assign-queued')
    list.push({ event: decision.status, at: decision.at, ...holder });
  if (escalated) list.push({ event: 'escalated', at: iso(now), ...holder });
  return list;
}

/** What one open ticket is due at a run: where it moves, if anywhere, and whether it escalates. */
interface Due {
  readonly move: Move | undefined;
  readonly escalate: boolean;
}

/**
 * One attempt at a follow-up with the state just read: chooses the agent when the ticket moves,
 * renders the emails and writes it all, conditional on the version read.
 */
async function writeFollowUp(
  deps: SchedulerDependencies,
  live: LiveConfig,
  record: OpenTicketRecord,
  now: number,
  { move, escalate }: Due,
  state: RoutingState,
): Promise<AttemptOutcome<Written | 'stale'>> {
  const { ticket } = record;
  let reroute: Reroute | undefined;
  let agentLimit = Infinity;
  // A move gives the ticket its next assignment, which outdates the links sent before.
  const assignment = record.assignment + 1;
  if (move) {
    const decision = decideRoute(move.plan, state);
    if (decision.agent !== null) {
      agentLimit = live.compiled.agentsById.get(decision.agent)?.maxOpenTickets ?? Infinity;
    }
    const links =
      decision.agent !== null && deps.ticketLinks
        ? await deps.ticketLinks(
            linkRecipient(live.compiled, ticket.id, decision.agent, assignment),
            now,
          )
        : undefined;
    reroute = {
      decision,
      ...(move.kind === 'handover'
        ? { handover: { fromTeam: record.team!, fromAgent: record.agent } }
        : {}),
      ...(links ? { links } : {}),
    };
  }
  const decision = reroute?.decision ?? record.decision;
  const rendered = followUpEmails({
    ticket,
    config: live.config,
    now,
    ...(reroute ? { reroute } : {}),
    ...(escalate ? { escalate: decision } : {}),
  });
  for (const error of rendered.unrenderable) {
    deps.logger.error('follow-up email not rendered: the configuration gives no usable address', {
      ticketId: ticket.id,
      field: error.field,
      problem: error.problem,
    });
  }
  const emails = rendered.emails.map((email, index): ClaimedEmail => ({
    ticketId: ticket.id,
    sequence: record.lastEmailSequence + 1 + index,
    recipient: email.recipient,
    message: email.message,
    sent: false,
    claim: newClaim(deps.clock()),
  }));
  const outcome = await deps.followUps.recordFollowUp({
    ticketId: ticket.id,
    version: record.version,
    expiresAt: record.expiresAt,
    at: now,
    ...(reroute
      ? {
          reroute: {
            decision: reroute.decision,
            ticket,
            wait: waitAfter(
              record.wait,
              isWaiting(reroute.decision),
              Date.parse(reroute.decision.at),
            ),
            // Only an assigned ticket holds a place in its agent's load.
            previousAgent: record.status === 'assigned' ? record.agent : null,
            ...(Number.isFinite(agentLimit) ? { agentLimit } : {}),
            assignment,
          },
        }
      : {}),
    escalated: escalate,
    followUpAt: followUpAt(decision, escalate || record.escalatedAt !== null),
    events: events(move, decision, escalate, now),
    emails,
  });
  switch (outcome.kind) {
    case 'recorded':
      return { kind: 'done', result: { decision, emails } };
    case 'stale':
      return { kind: 'done', result: 'stale' };
    case 'agent-full':
      return { ...outcome, limit: agentLimit };
    case 'conflict':
      return outcome;
  }
}

/**
 * Applies what one open ticket is due: routes it again when it moves (reading the new team's
 * loads, choosing again when an agent fills up meanwhile: assignWithRetry), writes the change with
 * its emails conditional on the version read, and sends those emails. When the ticket changed
 * since it was read, another run or a person got there first and nothing is done.
 */
async function followUp(
  deps: SchedulerDependencies,
  live: LiveConfig,
  record: OpenTicketRecord,
  now: number,
  summary: FollowUpSummary,
): Promise<void> {
  const steps = planFollowUp(live.compiled, record, now);
  if (steps.length === 0) return;
  const move = steps.find((step): step is Move => step.kind !== 'escalate');
  const escalate = steps.some((step) => step.kind === 'escalate');
  const { ticket } = record;
  const team = move?.plan.choice?.status === 'assigned' ? move.plan.choice.team : undefined;
  const agentIds = team ? team.agents.map((agent) => agent.id) : [];
  const written = await assignWithRetry(deps, { ticket, agentIds }, (state) =>
    writeFollowUp(deps, live, record, now, { move, escalate }, state),
  );
  if (written === 'stale') {
    count(deps.metrics, SCHEDULER_METRICS.stale);
    summary.superseded += 1;
    return;
  }
  const { decision, emails } = written;
  if (move?.kind === 'handover') count(deps.metrics, SCHEDULER_METRICS.handedOver);
  if (move?.kind === 'assign-queued') count(deps.metrics, SCHEDULER_METRICS.queuedAssigned);
  if (escalate) count(deps.metrics, SCHEDULER_METRICS.escalated);
  summary.handedOver += move?.kind === 'handover' ? 1 : 0;
  summary.queuedAssigned += move?.kind === 'assign-queued' ? 1 : 0;
  summary.escalated += escalate ? 1 : 0;
  deps.logger.info('ticket followed up', {
    ticketId: ticket.id,
    steps: steps.map((step) => step.kind),
    from: { team: record.team, agent: record.agent },
    to: { status: decision.status, team: decision.team, agent: decision.agent },
  });
  for (const email of emails) await sendClaimedEmail(deps, email, email.claim);
  if (emails.length > 0) {
    await deps.followUps.clearPendingEmails(ticket.id, emails.at(-1)!.sequence);
  }
}

/**
 * One scheduler run at `now`. First every team's waiting line is filled, as the events that free
 * room do (the safety net for a missed event, and how agents coming on shift or back from time
 * away get waiting tickets: docs/waiting-line.md), so queued tickets whose team has come on shift
 * go out in line order; then the open tickets of the configured teams, and of teams earlier
 * versions had, are listed from their index entries, and those that may be due something
 * (dueFilter) are read whole and looked at once, a few at a time. A ticket whose follow-up fails is logged and
 * left for the next run; the others go on.
 */
export async function runFollowUp(
  deps: SchedulerDependencies,
  now: number = deps.clock(),
): Promise<FollowUpSummary> {
  const live = await deps.config.current();
  const teamIds = live.compiled.teams.map((team) => team.id);
  const lines = await fillLines(deps, live, teamIds, now);
  // Former teams too: a removed team's tickets are handed over, not left where nobody looks.
  const { open: openCount, tickets: open } = await deps.followUps.listOpenTickets(
    [...teamIds, ...(live.formerTeams ?? [])],
    dueFilter(live.compiled, now),
  );
  const summary: FollowUpSummary = {
    lineAssigned: lines.summary.assigned,
    open: openCount,
    handedOver: 0,
    queuedAssigned: 0,
    escalated: 0,
    superseded: 0,
    failed: lines.failedTeams.length,
  };
  let next = 0;
  const worker = async () => {
    while (next < open.length) {
      const record = open[next++]!;
      try {
        if (record.pendingEmails) await deliverPending(deps, record);
        await followUp(deps, live, record, now, summary);
      } catch (error) {
        count(deps.metrics, SCHEDULER_METRICS.failed);
        summary.failed += 1;
        deps.logger.error('follow-up failed; the next run tries again', {
          ticketId: record.ticket.id,
          error,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FOLLOW_UP_CONCURRENCY, open.length) }, worker));
  return summary;
}
