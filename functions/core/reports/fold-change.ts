import type { TicketEvent } from '../followup/ticket-history';
import {
  ackBucketAttribute,
  resolveBucketAttribute,
  utcHour,
  type CellDelta,
  type Increments,
} from './report-counters';
import { KEPT_DIMENSIONS, type DimensionValues } from './report-dimensions';
import { dimensionValues, ticketFacts, type TicketFacts } from './ticket-facts';
import { surveyFacts, type SurveyFacts } from './survey-facts';

type Image = Readonly<Record<string, unknown>>;

/** How long after a resolution a new ticket in the same thread means it was not solved. */
export const FCR_WINDOW_DAYS = 7;
const FCR_WINDOW_MS = FCR_WINDOW_DAYS * 86_400_000;

/** Adds increments at one instant to every dimension's cell; merges cells already there. */
class CellCollector {
  readonly #cells = new Map<string, CellDelta>();

  add(at: string, values: DimensionValues, add: Increments) {
    const hour = utcHour(at);
    // Each change lands in its hour and in its day's rollup (a long report reads days).
    for (const period of [hour, hour.slice(0, 10)]) this.#add(period, values, add);
  }

  #add(hour: string, values: DimensionValues, add: Increments) {
    for (const dimension of KEPT_DIMENSIONS) {
      const value = values[dimension];
      const key = `${dimension}\u0000${hour}\u0000${value}`;
      const cell = this.#cells.get(key);
      if (!cell) {
        this.#cells.set(key, { dimension, hour, value, add: { ...add } });
        continue;
      }
      for (const [name, amount] of Object.entries(add)) {
        cell.add[name] = (cell.add[name] ?? 0) + amount;
      }
    }
  }

  cells(): CellDelta[] {
    return [...this.#cells.values()];
  }
}

const elapsed = (from: string, to: string) => Math.max(0, Date.parse(to) - Date.parse(from));

/** The events of `after` that `before` did not have yet (history only grows at its end). */
function newEvents(before: TicketFacts | null, after: TicketFacts): readonly TicketEvent[] {
  const seen = before?.history.length ?? 0;
  return after.history.length > seen ? after.history.slice(seen) : [];
}

function foldTicket(before: TicketFacts | null, after: TicketFacts, cells: CellCollector) {
  if (before === null) {
    cells.add(after.receivedAt, dimensionValues(after, after.team, after.agent), {
      received: 1,
      ...(after.translated ? { translated: 1 } : {}),
    });
  }
  const earlier = before?.history ?? [];
  const all = after.history;
  let lastAt = earlier.at(-1)?.at ?? after.receivedAt;
  const offset = earlier.length;
  newEvents(before, after).forEach((event, index) => {
    const values = dimensionValues(after, event.team ?? after.team, event.agent ?? after.agent);
    const prior = all.slice(0, offset + index);
    const firstOf = (kind: TicketEvent['event']) => !prior.some((each) => each.event === kind);
    switch (event.event) {
      case 'queued':
        if (firstOf('queued')) cells.add(event.at, values, { queued: 1 });
        break;
      case 'acknowledged':
        if (firstOf('acknowledged')) {
          const promised = after.expectedReplyBy;
          const kept = promised !== null && Date.parse(event.at) <= Date.parse(promised);
          cells.add(event.at, values, {
            acknowledged: 1,
            [ackBucketAttribute(elapsed(after.receivedAt, event.at) / 1000)]: 1,
            ...(promised === null ? {} : { ackPromised: 1 }),
            ...(kept ? { ackKept: 1 } : {}),
          });
        }
        break;
      case 'resolved':
        if (firstOf('resolved')) {
          const handedOver = all.some((each) => each.event === 'handed-over');
          cells.add(event.at, values, {
            resolved: 1,
            [resolveBucketAttribute(elapsed(after.receivedAt, event.at) / 1000)]: 1,
            ...(handedOver ? {} : { resolvedFirstTeam: 1 }),
          });
        }
        break;
      case 'handed-over':
        cells.add(event.at, values, { handovers: 1, handoverMs: elapsed(lastAt, event.at) });
        break;
      case 'escalated':
        cells.add(event.at, values, { escalations: 1 });
        break;
      case 'assigned':
        break;
    }
    lastAt = event.at;
  });
  const waited = after.waitedMs - (before?.waitedMs ?? 0);
  if (waited > 0) {
    cells.add(lastAt, dimensionValues(after, after.team, after.agent), { waitedMs: waited });
  }
}

function surveyIncrements(score: number, sign: 1 | -1): Increments {
  return {
    surveys: sign,
    surveyScore: sign * score,
    ...(score >= 4 ? { surveysPositive: sign } : {}),
  };
}

function foldSurvey(before: SurveyFacts | null, after: SurveyFacts | null, cells: CellCollector) {
  // An answer counts where its ticket was resolved, with the team and agent that resolved it, so
  // CSAT and FCR describe the same tickets; a changed answer moves from the old score to the new.
  if (before?.score === after?.score) return;
  if (before?.score !== undefined) {
    cells.add(
      before.resolvedAt,
      dimensionValues(before, before.team, before.agent),
      surveyIncrements(before.score, -1),
    );
  }
  if (after?.score !== undefined) {
    cells.add(
      after.resolvedAt,
      dimensionValues(after, after.team, after.agent),
      surveyIncrements(after.score, 1),
    );
  }
}

/**
 * The counter increments one change of a tickets-table item causes (its old and new images, as
 * the stream carries them): a new ticket is received; each history event the change added counts
 * once (first acknowledgement and resolution with their times, handovers with the time the
 * ticket spent before, escalations, first wait); ended waiting time adds up; a survey answer
 * given or changed moves the CSAT counters. Applying the same change twice would count it twice:
 * the caller folds each stream record once (reports-store).
 */
export function foldChange(before: Image | undefined, after: Image | undefined): CellDelta[] {
  const cells = new CellCollector();
  const ticketAfter = ticketFacts(after);
  if (ticketAfter) foldTicket(ticketFacts(before), ticketAfter, cells);
  const surveyBefore = surveyFacts(before);
  const surveyAfter = surveyFacts(after);
  // An answer that goes away (erased with its customer, or expired) keeps its counts: reports
  // hold no personal data and must not change when a customer's data is erased.
  if (surveyAfter) foldSurvey(surveyBefore, surveyAfter, cells);
  return cells.cells();
}

/**
 * A new ticket in the thread of an earlier one resolved less than FCR_WINDOW_DAYS before it
 * arrived: the earlier ticket was not solved at first contact. Counted where the earlier one was
 * resolved; nothing when it was handed over (it never counted as first contact).
 */
export function foldReopened(earlier: Image, laterReceivedAt: string): CellDelta[] {
  const facts = ticketFacts(earlier);
  if (!facts) return [];
  const resolved = facts.history.find((event) => event.event === 'resolved');
  if (!resolved || facts.history.some((event) => event.event === 'handed-over')) return [];
  const gap = Date.parse(laterReceivedAt) - Date.parse(resolved.at);
  if (gap < 0 || gap > FCR_WINDOW_MS) return [];
  const cells = new CellCollector();
  cells.add(
    resolved.at,
    dimensionValues(facts, resolved.team ?? facts.team, resolved.agent ?? facts.agent),
    { reopened: 1 },
  );
  return cells.cells();
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
