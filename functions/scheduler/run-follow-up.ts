import { dueFilter } from '../core/followup/due-filter';
import {
  needsFullListing,
  scheduleAfterListing,
  type ListingSchedule,
} from '../core/followup/listing-schedule';
import { followUpAt } from '../core/followup/follow-up-at';
import { planFollowUp, type FollowUp } from '../core/followup/plan-follow-up';
import { isWaiting } from '../core/waiting-line/line-place';
import { waitAfter } from '../core/waiting-line/waited-time';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { StoredDecision } from '../core/routing/decision';
import { decideRoute } from '../core/routing/route-ticket';
import type { RoutingState } from '../core/routing/routing-state';
import { assignWithRetry, type AttemptOutcome } from '../shared/assign-with-retry';
import { followUpAttempt } from '../shared/follow-up-attempt';
import { CONFIG_REFRESH_MS, type LiveConfig } from '../shared/config-cache';
import { followUpListing, listingAfterMove } from '../shared/follow-up-listing';
import { deliverUnsentEmails, sendClaimedEmail } from '../shared/email-delivery';
import {
  followUpEmails,
  type ClaimedEmail,
  type FollowUpEmailInput,
} from '../shared/follow-up-emails';
import { linkRecipient } from '../shared/ticket-link-signer';
import { count } from '../shared/delivery-metrics';
import { fillLines } from '../shared/fill-line';
import type {
  FollowUpListing,
  FollowUpRunState,
  OpenTicketRecord,
} from '../adapters/follow-up-store';
import { SCHEDULER, SCHEDULER_METRICS } from '../definitions/scheduler';
import type { SchedulerDependencies } from './dependencies';

export interface FollowUpSummary {
  /** Waiting tickets given to agents with room (the waiting line's safety net). */
  lineAssigned: number;
  /**
   * How the open tickets were found: `due`, byFollowUp's entries due by now; `all`, every open
   * ticket's byTeamStatus entry, after a configuration change or an upgrade (docs/scale.md).
   */
  listing: 'due' | 'all';
  /** Index entries listed (those read whole are the ones that may be due something). */
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
type Reroute = NonNullable<FollowUpEmailInput['reroute']>;
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
async function deliverPending(
  deps: SchedulerDependencies,
  record: OpenTicketRecord,
  listing: FollowUpListing,
) {
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
    await deps.followUps.clearPendingEmails(ticketId, record.lastEmailSequence, listing);
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
    reroute = { decision, handover: move.kind === 'handover', ...(links ? { links } : {}) };
  }
  const decision = reroute?.decision ?? record.decision;
  const emails = followUpEmails(deps, {
    record,
    config: live.config,
    now,
    ...(reroute ? { reroute } : {}),
    ...(escalate ? { escalate: decision } : {}),
  });
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
    followUp: listingAfterMove(
      live.compiled,
      decision,
      { acknowledgedAt: null, escalatedAt: escalate ? iso(now) : record.escalatedAt },
      now,
    ),
    events: events(move, decision, escalate, now),
    emails,
  });
  return followUpAttempt(outcome, { decision, emails }, agentLimit);
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
): Promise<boolean> {
  const steps = planFollowUp(live.compiled, record, now);
  if (steps.length === 0) return false;
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
    return true;
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
    await deps.followUps.clearPendingEmails(
      ticket.id,
      emails.at(-1)!.sequence,
      listingAfterMove(
        live.compiled,
        decision,
        { acknowledgedAt: null, escalatedAt: escalate ? iso(now) : record.escalatedAt },
        now,
      ),
    );
  }
  return true;
}

/**
 * Whether a ticket read but left as it was must be listed anew: it is not listed where and when
 * `listing` says (an upgrade's ticket, a shift made longer, a ticket acknowledged, a reply's
 * emails sent), unless both instants have passed, as for a ticket nobody can take over yet,
 * which every run reads until someone can.
 */
function listedElsewhere(record: OpenTicketRecord, listing: FollowUpListing, now: number) {
  const stored = record.followUpDue ?? null;
  if (stored === null || listing.due === null) return stored !== listing.due;
  if (record.followUpTeam !== listing.team) return true;
  const passed = (due: string) => Date.parse(due) <= now;
  return stored !== listing.due && !(passed(stored) && passed(listing.due));
}

/**
 * One ticket a run read: sends what an earlier change left unsent, follows it up, and when the
 * run changed nothing, lists it at its next instant in this run's configuration.
 */
async function lookAt(
  deps: SchedulerDependencies,
  live: LiveConfig,
  record: OpenTicketRecord,
  now: number,
  summary: FollowUpSummary,
): Promise<void> {
  const listing = followUpListing(live.compiled, record, now);
  if (record.pendingEmails) await deliverPending(deps, record, listing);
  // A ticket routed to no team is followed up by nobody; its unsent emails were sent above.
  const written = record.team !== null && (await followUp(deps, live, record, now, summary));
  if (!written && !record.pendingEmails && listedElsewhere(record, listing, now)) {
    await deps.followUps.relistFollowUp(record.ticket.id, record.version, listing);
  }
}

/** The configurations tickets may have been written with since the last full listing. */
async function versionsSince(
  deps: SchedulerDependencies,
  schedule: ListingSchedule | undefined,
  live: LiveConfig,
) {
  if (schedule === undefined) return [];
  const versions = [];
  for (let version = schedule.configVersion; version < live.version; version++) {
    versions.push(await deps.config.compiledVersion(version));
  }
  return versions;
}

/**
 * After a full listing: when the next ones are due (scheduleAfterListing) and, from the second
 * run of this version on (the first may overlap functions of the version before, still writing
 * tickets without byFollowUp attributes), a share of the backfill of tickets written before.
 */
async function afterFullListing(
  deps: SchedulerDependencies,
  live: LiveConfig,
  state: FollowUpRunState | undefined,
  now: number,
): Promise<FollowUpRunState> {
  const schedule = scheduleAfterListing({
    schedule: state?.schedule,
    version: live.version,
    current: live.compiled,
    previous: await versionsSince(deps, state?.schedule, live),
    now,
    refreshMs: CONFIG_REFRESH_MS,
  });
  let backfilled = state?.backfilled ?? false;
  let from = state?.backfillFrom;
  if (state !== undefined && !backfilled) {
    let scanned = 0;
    do {
      const page = await deps.followUps.backfillFollowUps(
        from,
        SCHEDULER.backfillPerRun - scanned,
        (record) => followUpListing(live.compiled, record, now),
      );
      scanned += page.scanned;
      from = page.next;
      backfilled = from === undefined;
    } while (!backfilled && scanned < SCHEDULER.backfillPerRun);
  }
  return { schedule, backfilled, ...(from ? { backfillFrom: from } : {}) };
}

/**
 * One scheduler run at `now`. First every team's waiting line is filled, as the events that free
 * room do (the safety net for a missed event, and how agents coming on shift or back from time
 * away get waiting tickets: docs/waiting-line.md), so queued tickets whose team has come on shift
 * go out in line order. Then the open tickets that may be due something are read whole and
 * looked at, a few at a time: byFollowUp's entries due by now (each written with the instant its
 * writer's configuration made it due), or, when that may not be enough, every open ticket's
 * byTeamStatus entry through the due filter, which reads each holder's shift in this run's
 * configuration: at the first run after the configuration changed, when a holder whose handover
 * the change brought forward begins to hand over, and until the upgrade's backfill is done
 * (docs/scale.md). Teams earlier versions had are listed too. A ticket whose follow-up fails is
 * logged and left for the next run; the others go on.
 */
export async function runFollowUp(
  deps: SchedulerDependencies,
  now: number = deps.clock(),
): Promise<FollowUpSummary> {
  const live = await deps.config.current();
  const teamIds = live.compiled.teams.map((team) => team.id);
  const lines = await fillLines(deps, live, teamIds, now);
  // Former teams too: a removed team's tickets are handed over, not left where nobody looks.
  const listed = [...teamIds, ...(live.formerTeams ?? [])];
  const state = await deps.followUps.readRunState();
  const all = !state?.backfilled || needsFullListing(state.schedule, live.version, now);
  const { open: openCount, tickets: open } = all
    ? await deps.followUps.listOpenTickets(listed, dueFilter(live.compiled, now))
    : await deps.followUps.listDueTickets(listed, now);
  const summary: FollowUpSummary = {
    lineAssigned: lines.summary.assigned,
    listing: all ? 'all' : 'due',
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
        await lookAt(deps, live, record, now, summary);
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
  // A full listing stands for the next runs only when nothing it found was left undone: a
  // ticket whose handover failed may be listed at an instant an older configuration wrote.
  if (all && summary.failed === 0) {
    await deps.followUps.writeRunState(await afterFullListing(deps, live, state, now));
  }
  return summary;
}
