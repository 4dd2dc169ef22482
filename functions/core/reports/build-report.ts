import { DateTime } from 'luxon';
import { addToSketch, sketchQuantile, type LatencySketch } from './latency-sketch';
import { COUNTERS, sketchBucketOf, type Counter, type SketchPrefix } from './report-counters';
import type { CoveredHours } from './covered-hours';
import type { ReportQuery } from './report-query';

/** One aggregate cell as stored: its hour, value and counters by attribute name. */
export interface StoredCell {
  /** `YYYY-MM-DDTHH`, UTC. */
  readonly hour: string;
  readonly value: string;
  readonly counters: Readonly<Record<string, number>>;
}

/** One row of a report: the measures of one team, agent, language … or hour of the week. */
export interface ReportRow {
  readonly key: string;
  readonly received: number;
  readonly acknowledged: number;
  /** Time to first acknowledgement from arrival, seconds; null without acknowledgements. */
  readonly ackP50Seconds: number | null;
  readonly ackP90Seconds: number | null;
  /** Share of promised acknowledgements given by `expectedReplyBy` (0..1). */
  readonly slaKept: number | null;
  readonly resolved: number;
  readonly resolveP50Seconds: number | null;
  readonly resolveP90Seconds: number | null;
  /** Tickets that had to wait for a team or an agent, and their average wait, seconds. */
  readonly queued: number;
  readonly avgWaitSeconds: number | null;
  readonly handovers: number;
  readonly handoversPerTicket: number | null;
  /** Average time a handed-over ticket spent with the team it left, seconds. */
  readonly avgHandoverCostSeconds: number | null;
  readonly escalations: number;
  readonly translatedShare: number | null;
  readonly surveys: number;
  /** CSAT: share of answers scoring 4 or 5. */
  readonly csat: number | null;
  readonly avgScore: number | null;
  /**
   * First-contact resolution: resolved without handover, and the customer did not come back
   * (no new ticket in the thread, no new message on the ticket) within 7 days.
   */
  readonly fcr: number | null;
  /** First replies to the customer by email, and the time from arrival to them, seconds. */
  readonly firstReplies: number;
  readonly firstReplyP50Seconds: number | null;
  readonly firstReplyP90Seconds: number | null;
  /** Share of promised first replies sent by `expectedReplyBy` (0..1). */
  readonly firstReplySlaKept: number | null;
}

export interface Report {
  readonly from: string;
  readonly to: string;
  readonly by: ReportQuery['by'];
  readonly zone: string;
  readonly rows: readonly ReportRow[];
  /** Every ticket of the period together. */
  readonly total: ReportRow;
  /**
   * Per language, the hours of the period in which some team could take a ticket in it, from
   * the current calendars; absent when no configuration is stored.
   */
  readonly coveredHours?: CoveredHours;
}

class Accumulator {
  readonly counters = Object.fromEntries(COUNTERS.map((name) => [name, 0])) as Record<
    Counter,
    number
  >;
  readonly sketches: Record<SketchPrefix, LatencySketch> = {
    a: new Map(),
    r: new Map(),
    f: new Map(),
  };

  add(counters: Readonly<Record<string, number>>) {
    for (const name in counters) {
      const amount = counters[name]!;
      if (name in this.counters) {
        this.counters[name as Counter] += amount;
        continue;
      }
      const bucket = sketchBucketOf(name);
      if (bucket) addToSketch(this.sketches[bucket.prefix], bucket.bucket, amount);
    }
  }

  row(key: string): ReportRow {
    const c = this.counters;
    const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
    const round = (value: number | null) => (value === null ? null : Math.round(value));
    return {
      key,
      received: c.received,
      acknowledged: c.acknowledged,
      ackP50Seconds: round(sketchQuantile(this.sketches.a, 0.5)),
      ackP90Seconds: round(sketchQuantile(this.sketches.a, 0.9)),
      slaKept: share(c.ackKept, c.ackPromised),
      resolved: c.resolved,
      resolveP50Seconds: round(sketchQuantile(this.sketches.r, 0.5)),
      resolveP90Seconds: round(sketchQuantile(this.sketches.r, 0.9)),
      queued: c.queued,
      avgWaitSeconds: round(share(c.waitedMs / 1000, c.queued)),
      handovers: c.handovers,
      handoversPerTicket: share(c.handovers, c.received),
      avgHandoverCostSeconds: round(share(c.handoverMs / 1000, c.handovers)),
      escalations: c.escalations,
      translatedShare: share(c.translated, c.received),
      surveys: c.surveys,
      csat: share(c.surveysPositive, c.surveys),
      avgScore: share(c.surveyScore, c.surveys),
      fcr: share(Math.max(0, c.resolvedFirstTeam - c.reopened), c.resolved),
      firstReplies: c.firstReplies,
      firstReplyP50Seconds: round(sketchQuantile(this.sketches.f, 0.5)),
      firstReplyP90Seconds: round(sketchQuantile(this.sketches.f, 0.9)),
      firstReplySlaKept: share(c.firstReplyKept, c.firstReplyPromised),
    };
  }
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `Mon 09` for the hour of the week a UTC hour falls in, in `zone`. */
function hourOfWeek(hour: string, zone: string): string {
  const local = DateTime.fromISO(`${hour}:00:00Z`).setZone(zone);
  return `${local.weekday}${WEEKDAYS[local.weekday - 1]} ${String(local.hour).padStart(2, '0')}`;
}

/**
 * The report of `query` from the cells of its dimension (or the `all` cells for `by=hour`),
 * rows ordered by key (hours of the week Monday first), the busiest first for the rest.
 */
export function buildReport(query: ReportQuery, cells: Iterable<StoredCell>): Report {
  const groups = new Map<string, Accumulator>();
  const total = new Accumulator();
  for (const cell of cells) {
    const key = query.by === 'hour' ? hourOfWeek(cell.hour, query.zone) : cell.value;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Accumulator()));
    group.add(cell.counters);
    total.add(cell.counters);
  }
  const rows = [...groups].map(([key, group]) => group.row(key));
  if (query.by === 'hour') {
    rows.sort((a, b) => a.key.localeCompare(b.key));
  } else {
    rows.sort((a, b) => b.received - a.received || a.key.localeCompare(b.key));
  }
  return {
    from: query.from.toISO()!,
    to: query.to.toISO()!,
    by: query.by,
    zone: query.zone,
    rows: query.by === 'hour' ? rows.map((row) => ({ ...row, key: row.key.slice(1) })) : rows,
    total: total.row('total'),
  };
}
