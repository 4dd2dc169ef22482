import type { TicketEvent } from '../followup/ticket-history';
import { CellMap, cellTargets, type CellSink } from './change-cells';
import {
  ackBucketAttribute,
  firstReplyBucketAttribute,
  resolveBucketAttribute,
  type Increments,
} from './report-counters';
import { dimensionValues, ticketFacts, type TicketFacts } from './ticket-facts';
import { surveyFacts, type SurveyFacts } from './survey-facts';

type Image = Readonly<Record<string, unknown>>;

/** How long after a resolution a new ticket in the same thread means it was not solved. */
export const FCR_WINDOW_DAYS = 7;
const FCR_WINDOW_MS = FCR_WINDOW_DAYS * 86_400_000;

const elapsed = (from: string, to: string) => Math.max(0, Date.parse(to) - Date.parse(from));

function foldTicket(before: TicketFacts | null, after: TicketFacts, cells: CellSink) {
  const targets = (team: string | null | undefined, agent: string | null | undefined) =>
    cellTargets(dimensionValues(after, team, agent));
  if (before === null) {
    cells.add(
      after.receivedAt,
      targets(after.team, after.agent),
      after.translated ? { received: 1, translated: 1 } : { received: 1 },
    );
  }
  const all = after.history;
  const seen = before?.history.length ?? 0;
  // Which kinds the ticket had before the new events: only the first acknowledgement,
  // resolution and wait count.
  let queued = false;
  let acknowledged = false;
  let resolved = false;
  const upTo = Math.min(seen, all.length);
  for (let index = 0; index < upTo; index++) {
    const kind = all[index]!.event;
    if (kind === 'queued') queued = true;
    else if (kind === 'acknowledged') acknowledged = true;
    else if (kind === 'resolved') resolved = true;
  }
  let lastAt = before?.history.at(-1)?.at ?? after.receivedAt;
  for (let index = seen; index < all.length; index++) {
    const event = all[index]!;
    const at = event.at;
    switch (event.event) {
      case 'queued':
        if (!queued) {
          cells.add(at, targets(event.team ?? after.team, event.agent ?? after.agent), {
            queued: 1,
          });
        }
        queued = true;
        break;
      case 'acknowledged':
        if (!acknowledged) {
          const promised = after.expectedReplyBy;
          const add: Increments = {
            acknowledged: 1,
            [ackBucketAttribute(elapsed(after.receivedAt, at) / 1000)]: 1,
          };
          if (promised !== null) {
            add.ackPromised = 1;
            if (Date.parse(at) <= Date.parse(promised)) add.ackKept = 1;
          }
          cells.add(at, targets(event.team ?? after.team, event.agent ?? after.agent), add);
        }
        acknowledged = true;
        break;
      case 'resolved':
        if (!resolved) {
          const handedOver = all.some((each) => each.event === 'handed-over');
          const add: Increments = {
            resolved: 1,
            [resolveBucketAttribute(elapsed(after.receivedAt, at) / 1000)]: 1,
          };
          if (!handedOver) add.resolvedFirstTeam = 1;
          cells.add(at, targets(event.team ?? after.team, event.agent ?? after.agent), add);
        }
        resolved = true;
        break;
      case 'handed-over':
        cells.add(at, targets(event.team ?? after.team, event.agent ?? after.agent), {
          handovers: 1,
          handoverMs: elapsed(lastAt, at),
        });
        break;
      case 'escalated':
        cells.add(at, targets(event.team ?? after.team, event.agent ?? after.agent), {
          escalations: 1,
        });
        break;
      case 'assigned':
      case 'replied':
        break;
    }
    lastAt = at;
  }
  const replied = after.firstReplyAt;
  if (replied !== null && (before?.firstReplyAt ?? null) === null) {
    const promised = after.expectedReplyBy;
    const add: Increments = {
      firstReplies: 1,
      [firstReplyBucketAttribute(elapsed(after.receivedAt, replied) / 1000)]: 1,
    };
    if (promised !== null) {
      add.firstReplyPromised = 1;
      if (Date.parse(replied) <= Date.parse(promised)) add.firstReplyKept = 1;
    }
    cells.add(replied, targets(after.team, after.agent), add);
  }
  const waited = after.waitedMs - (before?.waitedMs ?? 0);
  if (waited > 0) cells.add(lastAt, targets(after.team, after.agent), { waitedMs: waited });
}

function surveyIncrements(score: number, sign: 1 | -1): Increments {
  return score >= 4
    ? { surveys: sign, surveyScore: sign * score, surveysPositive: sign }
    : { surveys: sign, surveyScore: sign * score };
}

function foldSurvey(before: SurveyFacts | null, after: SurveyFacts | null, cells: CellSink) {
  // An answer counts where its ticket was resolved, with the team and agent that resolved it, so
  // CSAT and FCR describe the same tickets; a changed answer moves from the old score to the new.
  if (before?.score === after?.score) return;
  if (before?.score !== undefined) {
    cells.add(
      before.resolvedAt,
      cellTargets(dimensionValues(before, before.team, before.agent)),
      surveyIncrements(before.score, -1),
    );
  }
  if (after?.score !== undefined) {
    cells.add(
      after.resolvedAt,
      cellTargets(dimensionValues(after, after.team, after.agent)),
      surveyIncrements(after.score, 1),
    );
  }
}

/**
 * The counter increments one change of a tickets-table item causes (its old and new images, as
 * the stream carries them), added to `cells`: a new ticket is received; each history event the
 * change added counts once (first acknowledgement and resolution with their times, handovers
 * with the time the ticket spent before, escalations, first wait); the first reply by email
 * counts with its time (`firstReplyAt`, for the agent holding the ticket); ended waiting time adds up; a
 * survey answer given or changed moves the CSAT counters. Applying the same change twice would
 * count it twice: the caller folds each stream record once (fold-batch.ts).
 */
export function foldChange<Sink extends CellSink = CellMap>(
  before: Image | undefined,
  after: Image | undefined,
  cells: Sink = new CellMap() as CellSink as Sink,
): Sink {
  const ticketAfter = ticketFacts(after);
  if (ticketAfter) {
    foldTicket(ticketFacts(before), ticketAfter, cells);
    return cells;
  }
  const surveyAfter = surveyFacts(after);
  // An answer that goes away (erased with its customer, or expired) keeps its counts: reports
  // hold no personal data and must not change when a customer's data is erased.
  if (surveyAfter) foldSurvey(surveyFacts(before), surveyAfter, cells);
  return cells;
}

/**
 * The customer came back (a new ticket in the thread, or a new message on the ticket) at
 * `cameBackAt`, less than FCR_WINDOW_DAYS after `earlier` was resolved: it was not solved at
 * first contact. Counted where it was resolved, once: nothing when the customer had come back
 * since the resolution already (`earlierReturns`, the instants of their earlier messages on
 * it), when it was handed over (it never counted as first contact), or when the customer came
 * back before it was resolved.
 */
export function foldReopened<Sink extends CellSink = CellMap>(
  earlier: Image,
  cameBackAt: string,
  cells: Sink = new CellMap() as CellSink as Sink,
  earlierReturns: readonly string[] = [],
): Sink {
  const facts = ticketFacts(earlier);
  if (!facts) return cells;
  const resolved = facts.history.find((event) => event.event === 'resolved');
  if (!resolved || facts.history.some((event) => event.event === 'handed-over')) return cells;
  const gap = Date.parse(cameBackAt) - Date.parse(resolved.at);
  if (!(gap >= 0 && gap <= FCR_WINDOW_MS)) return cells;
  const since = Date.parse(resolved.at);
  const back = Date.parse(cameBackAt);
  if (
    earlierReturns.some((at) => {
      const instant = Date.parse(at);
      return instant >= since && instant < back;
    })
  )
    return cells;
  cells.add(
    resolved.at,
    cellTargets(dimensionValues(facts, resolved.team ?? facts.team, resolved.agent ?? facts.agent)),
    { reopened: 1 },
  );
  return cells;
}

/** The resolution a change added, if it added the ticket's first. */
export function newlyResolved(
  before: Image | undefined,
  after: Image | undefined,
): TicketEvent | undefined {
  const facts = ticketFacts(after);
  if (!facts) return undefined;
  const earlier = ticketFacts(before)?.history ?? [];
  if (earlier.some((event) => event.event === 'resolved')) return undefined;
  return facts.history.slice(earlier.length).find((event) => event.event === 'resolved');
}
