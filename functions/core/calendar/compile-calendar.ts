import { BoundedCache } from './bounded-cache';
import { CalendarQueryError } from './calendar-query-error';
import { compileCalendarRules, type CalendarRules } from './calendar-rules';
import type { CalendarSpec } from './calendar-spec';
import { offShiftCause, type CalendarStanding } from './calendar-standing';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { expandCalendar } from './expand-calendar';
import { ImportedHolidays } from './imported-holidays';
import type { Interval } from './interval';
import { DAY_MS } from './wall-clock';

/** A compiled calendar answering questions about instants (epoch milliseconds). */
export interface Calendar {
  isOnShift(at: number): boolean;
  /**
   * End of the continuous (merged) on-shift interval containing `at`, or null when off shift.
   * An interval still running LOOKAHEAD_MS after `at` is reported as ending at `at + LOOKAHEAD_MS`.
   */
  shiftEndAt(at: number): number | null;
  /** Remaining on-shift time at `at` in ms (0 when off shift); capped like `shiftEndAt`. */
  remainingAt(at: number): number;
  /**
   * Earliest instant > `at` at which an on-shift interval starts, or null when none starts by
   * `at + LOOKAHEAD_MS`. Inside an interval that is the start of the next one.
   */
  nextStartAfter(at: number): number | null;
  /** The on-shift intervals intersected with [from, to): sorted, disjoint, non-empty, merged. */
  intervals(from: number, to: number): Interval[];
  /**
   * On shift until when, or off shift why (holiday and its name, override, away and its reason,
   * no shift) and until its next start: what a decision's reasons and coverage tell a lead.
   */
  standingAt(at: number): CalendarStanding;
}

/**
 * How far `shiftEndAt` and `nextStartAfter` look ahead: more than a year, so that a team closed
 * for weeks still gets a next start and an around-the-clock team a definite (capped) end.
 */
export const LOOKAHEAD_MS = 400 * DAY_MS;

// Calendars are expanded a UTC-aligned week at a time: long enough that a router's nearby
// queries hit one chunk, short enough that expanding one is quick. The cache holds more chunks
// than a look-ahead walk needs so that walk never evicts what it is about to reuse.
const CHUNK_MS = 7 * DAY_MS;
const MAX_CHUNKS = Math.ceil(LOOKAHEAD_MS / CHUNK_MS) * 2 + 8;

interface Chunk {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Starts and ends of the chunk's intervals, clipped to [start, end); parallel arrays. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Whether the last interval reaches the chunk's end (it may continue into the next chunk). */
  readonly runsOn: boolean;
  /** Memo: where the interval reaching the end finally ends (Infinity past the look-ahead). */
  runEnd: number | undefined;
  /** Memo: the first real start at or after the chunk's end, within the look-ahead, or null. */
  startAfterEnd: number | null | undefined;
}

/** Index of the last interval starting at or before `at`, or -1. */
function lastStartingBy(starts: Float64Array, at: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

function checkInstant(argument: string, value: number): void {
  if (!Number.isFinite(value)) throw new CalendarQueryError(argument, value);
}

/** The weekly shifts of `rules` alone: no holidays, overrides or time away. */
function shiftsOnly(rules: CalendarRules): CalendarRules {
  return {
    ...rules,
    holidays: [],
    namedHolidays: [],
    importedHolidays: ImportedHolidays.none(rules.zone),
    overrides: [],
    away: [],
    awayPeriods: [],
  };
}

class ChunkedCalendar implements Calendar {
  private readonly chunks = new BoundedCache<number, Chunk>(MAX_CHUNKS);
  private recent: Chunk | undefined;
  /** The shifts alone, expanded and cached like the calendar, for telling holidays from days off. */
  private shifts: ChunkedCalendar | undefined;

  constructor(private readonly rules: CalendarRules) {}

  isOnShift(at: number): boolean {
    checkInstant('isOnShift(at)', at);
    const chunk = this.chunkAt(at);
    const i = lastStartingBy(chunk.starts, at);
    return i >= 0 && at < chunk.ends[i]!;
  }

  shiftEndAt(at: number): number | null {
    checkInstant('shiftEndAt(at)', at);
    const chunk = this.chunkAt(at);
    const i = lastStartingBy(chunk.starts, at);
    if (i < 0 || at >= chunk.ends[i]!) return null;
    const end = i === chunk.starts.length - 1 && chunk.runsOn ? this.runEnd(chunk) : chunk.ends[i]!;
    return Math.min(end, at + LOOKAHEAD_MS);
  }

  remainingAt(at: number): number {
    const end = this.shiftEndAt(at);
    return end === null ? 0 : end - at;
  }

  nextStartAfter(at: number): number | null {
    checkInstant('nextStartAfter(at)', at);
    const chunk = this.chunkAt(at);
    // A start strictly inside a chunk is a real start: the chunk's intervals are merged.
    const i = lastStartingBy(chunk.starts, at) + 1;
    if (i < chunk.starts.length) return chunk.starts[i]!;
    const next = this.startAfterEnd(chunk);
    return next !== null && next <= at + LOOKAHEAD_MS ? next : null;
  }

  intervals(from: number, to: number): Interval[] {
    checkInstant('intervals(from)', from);
    checkInstant('intervals(to)', to);
    const result: Interval[] = [];
    for (let index = Math.floor(from / CHUNK_MS); index * CHUNK_MS < to; index++) {
      const chunk = this.chunk(index);
      for (let i = 0; i < chunk.starts.length; i++) {
        const start = Math.max(chunk.starts[i]!, from);
        const end = Math.min(chunk.ends[i]!, to);
        if (start >= end) continue;
        const last = result[result.length - 1];
        if (last && last.end === start) last.end = end;
        else result.push({ start, end });
      }
    }
    return result;
  }

  standingAt(at: number): CalendarStanding {
    const until = this.shiftEndAt(at);
    if (until !== null) return { onShift: true, until };
    return {
      onShift: false,
      cause: offShiftCause(this.rules, at, (instant) => {
        this.shifts ??= new ChunkedCalendar(shiftsOnly(this.rules));
        return this.shifts.isOnShift(instant);
      }),
      nextStart: this.nextStartAfter(at),
    };
  }

  private chunkAt(at: number): Chunk {
    const recent = this.recent;
    if (recent && at >= recent.start && at < recent.end) return recent;
    const chunk = this.chunk(Math.floor(at / CHUNK_MS));
    this.recent = chunk;
    return chunk;
  }

  private chunk(index: number): Chunk {
    return this.chunks.getOrCreate(index, () => {
      const start = index * CHUNK_MS;
      const end = start + CHUNK_MS;
      const intervals = expandCalendar(this.rules, start, end);
      const last = intervals[intervals.length - 1];
      return {
        index,
        start,
        end,
        starts: Float64Array.from(intervals, (interval) => interval.start),
        ends: Float64Array.from(intervals, (interval) => interval.end),
        runsOn: last !== undefined && last.end === end,
        runEnd: undefined,
        startAfterEnd: undefined,
      };
    });
  }

  /** Follows an interval that reaches `from`'s end through later chunks until it stops. */
  private runEnd(from: Chunk): number {
    if (from.runEnd !== undefined) return from.runEnd;
    let runEnd = Infinity;
    for (let index = from.index + 1; index * CHUNK_MS < from.end + LOOKAHEAD_MS; index++) {
      const chunk = this.chunk(index);
      if (chunk.starts.length === 0 || chunk.starts[0]! > chunk.start) {
        runEnd = chunk.start;
        break;
      }
      if (chunk.starts.length > 1 || !chunk.runsOn) {
        runEnd = chunk.ends[0]!;
        break;
      }
    }
    from.runEnd = runEnd;
    return runEnd;
  }

  /** The first start at or after `from`'s end that is not the continuation of a running interval. */
  private startAfterEnd(from: Chunk): number | null {
    if (from.startAfterEnd !== undefined) return from.startAfterEnd;
    let found: number | null = null;
    let running = from.runsOn;
    for (let index = from.index + 1; index * CHUNK_MS <= from.end + LOOKAHEAD_MS; index++) {
      const chunk = this.chunk(index);
      const continues = running && chunk.starts.length > 0 && chunk.starts[0] === chunk.start;
      const first = continues ? 1 : 0;
      if (first < chunk.starts.length) {
        found = chunk.starts[first]!;
        break;
      }
      running = chunk.runsOn;
    }
    from.startAfterEnd = found;
    return found;
  }
}

/**
 * Compiles a calendar spec once (per configuration version) into a calendar whose queries expand
 * the rules lazily, a week at a time, and answer from cached sorted arrays by binary search.
 * Throws CalendarSpecError naming the first field it cannot read. Imported public holidays come
 * from `holidays`; a query reaching a year that calendar cannot answer throws its error (for a
 * version's table, HolidayYearMissingError).
 */
export function compileCalendar(spec: CalendarSpec, holidays: HolidayCalendar): Calendar {
  return new ChunkedCalendar(compileCalendarRules(spec, holidays));
}
