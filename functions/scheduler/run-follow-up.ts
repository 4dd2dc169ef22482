import { dueFilter } from '../core/followup/due-filter';
import { listingComplete, resumeListing } from '../core/followup/full-listing';
import { pageAllowance, type ListingBudget } from '../core/followup/listing-budget';
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
import { followUpEmails, type FollowUpEmailInput } from '../shared/follow-up-emails';
import { linkRecipient } from '../shared/ticket-link-signer';
import { count } from '../shared/delivery-metrics';
import { fillLines } from '../shared/fill-line';
import type {
  FollowUpListing,
  FollowUpRunState,
  OpenTicketRecord,
} from '../adapters/follow-up-store';
import type { ClaimedEmail } from '../adapters/ticket-store';
import { SCHEDULER, SCHEDULER_METRICS } from '../definitions/scheduler';
import type { SchedulerDependencies } from './dependencies';

export interface FollowUpSummary {
  /** Waiting tickets given to agents with room (the waiting line's safety net). */
  lineAssigned: number;
  /**
   * How the open tickets were found: `due`, byFollowUp's entries due by now; `all`, those and,
   * after a configuration change or an upgrade, the next pages of every open ticket's
   * byTeamStatus entries (docs/scale.md).
   */
  listing: 'due' | 'all';
  /**
   * Index entries listed (those read whole are the ones that may be due something): byFollowUp's
   * due by now, or with `all`, the byTeamStatus entries of this run's pages of the full listing.
   */
  open: number;
  /** byTeamStatus pages this run read of the full listing (0 when `listing` is `due`). */
  listingPages: number;
  /** The full listing goes on at the next run: this run's share of the pages was used up. */
  listingLeft: boolean;
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
  /** Where the change listed the ticket, once its emails are sent. */
  readonly listing: FollowUpListing;
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
  const listing = listingAfterMove(
    live.compiled,
    decision,
    { acknowledgedAt: null, escalatedAt: escalate ? iso(now) : record.escalatedAt },
    now,
  );
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
    followUp: listing,
    events: events(move, decision, escalate, now),
    emails,
  });
  return followUpAttempt(outcome, { decision, emails, listing }, agentLimit);
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
  const { decision, emails, listing } = written;
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
    await deps.followUps.clearPendingEmails(ticket.id, emails.at(-1)!.sequence, listing);
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
 * After a full listing begun at `startedAt` and completed at `now`: when the next ones are due
 * (scheduleAfterListing, from `startedAt`: a listing asked for while this one was under way stays,
 * as the parts read before its instant were read too early for it) and, after the first full
 * listing of this
 * version (which may overlap functions of the version before, still writing tickets without
 * byFollowUp attributes), a share of the backfill of tickets written before.
 */
async function afterFullListing(
  deps: SchedulerDependencies,
  live: LiveConfig,
  state: FollowUpRunState | undefined,
  { startedAt, now }: { readonly startedAt: number; readonly now: number },
): Promise<FollowUpRunState> {
  const schedule = scheduleAfterListing({
    schedule: state?.schedule,
    version: live.version,
    current: live.compiled,
    previous: await versionsSince(deps, state?.schedule, live),
    now: startedAt,
    refreshMs: CONFIG_REFRESH_MS,
  });
  let backfilled = state?.backfilled ?? false;
  let from = state?.backfillFrom;
  if (state?.schedule !== undefined && !backfilled) {
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

/** How a run bounds its share of a full listing; tests make it small to span runs. */
export interface RunLimits {
  /** The run's time left (the Lambda context's getRemainingTimeInMillis). */
  readonly remainingMs?: () => number;
  readonly budget?: ListingBudget;
  /** byTeamStatus entries per page at most; absent, 1 MB pages. */
  readonly pageSize?: number;
}

/** The function's timeout counted from the moment the run began, for a caller without context. */
function timeoutFromNow(): () => number {
  const began = performance.now();
  return () => SCHEDULER.timeoutSeconds * 1000 - (performance.now() - began);
}

/**
 * One scheduler run at `now`. First every team's waiting line is filled, as the events that free
 * room do (the safety net for a missed event, and how agents coming on shift or back from time
 * away get waiting tickets: docs/waiting-line.md), so queued tickets whose team has come on shift
 * go out in line order. Then the open tickets that may be due something are read whole and
 * looked at, a few at a time: byFollowUp's entries due by now (each written with the instant its
 * writer's configuration made it due), and, when that may not be enough, every open ticket's
 * byTeamStatus entry through the due filter, which reads each holder's shift in this run's
 * configuration: from the first run after the configuration changed, when a holder whose handover
 * the change brought forward begins to hand over, and until the upgrade's backfill is done
 * (docs/scale.md). That full listing goes on from where the run before stopped, a page at a time
 * while the run's budget allows (`limits`), so a run serves the due tickets first and ends within
 * its timeout however many tickets are open; the listing is complete, and the next one scheduled,
 * when every part has been read to its end. Teams earlier versions had are listed too. A ticket
 * whose follow-up fails is logged and left for the next run, which lists the same pages again;
 * the others go on.
 */
export async function runFollowUp(
  deps: SchedulerDependencies,
  now: number = deps.clock(),
  limits: RunLimits = {},
): Promise<FollowUpSummary> {
  const remainingMs = limits.remainingMs ?? timeoutFromNow();
  const live = await deps.config.current();
  const teamIds = live.compiled.teams.map((team) => team.id);
  const lines = await fillLines(deps, live, teamIds, now);
  // Former teams too: a removed team's tickets are handed over, not left where nobody looks.
  const listed = [...teamIds, ...(live.formerTeams ?? [])];
  const state = await deps.followUps.readRunState();
  const all = !state?.backfilled || needsFullListing(state.schedule, live.version, now);
  const summary: FollowUpSummary = {
    lineAssigned: lines.summary.assigned,
    listing: all ? 'all' : 'due',
    open: 0,
    listingPages: 0,
    listingLeft: false,
    handedOver: 0,
    queuedAssigned: 0,
    escalated: 0,
    superseded: 0,
    failed: lines.failedTeams.length,
  };
  const lookAtAll = async (open: readonly OpenTicketRecord[]) => {
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
  };
  const due = await deps.followUps.listDueTickets(listed, now);
  summary.open = due.open;
  await lookAtAll(due.tickets);
  if (!all) return summary;

  const listing = resumeListing(state?.listing, live.version, now);
  const mayReadPage = pageAllowance(
    limits.budget ?? {
      maxPages: SCHEDULER.listingPagesPerRun,
      reserveMs: SCHEDULER.listingReserveSeconds * 1000,
    },
    remainingMs,
  );
  const page = await deps.followUps.listOpenTickets(listed, dueFilter(live.compiled, now), {
    from: listing.positions,
    mayReadPage,
    ...(limits.pageSize === undefined ? {} : { pageSize: limits.pageSize }),
  });
  const seen = new Set(due.tickets.map((record) => record.ticket.id));
  await lookAtAll(page.tickets.filter((record) => !seen.has(record.ticket.id)));
  const progress = { ...listing, positions: page.positions };
  summary.open = page.open;
  summary.listingPages = mayReadPage.granted();
  summary.listingLeft = !listingComplete(progress, listed);
  // The listing moves on only when nothing it found was left undone: a ticket whose handover
  // failed may be listed at an instant an older configuration wrote, so its pages are read again.
  if (summary.failed > 0) return summary;
  if (summary.listingLeft) {
    await deps.followUps.writeListingProgress(progress, state?.listing);
  } else {
    await deps.followUps.writeRunState(
      await afterFullListing(deps, live, state, { startedAt: listing.startedAt, now }),
    );
  }
  return summary;
}
