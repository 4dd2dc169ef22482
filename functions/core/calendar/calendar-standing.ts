import type { CalendarRules } from './calendar-rules';
import type { NamedInterval } from './imported-holidays';
import type { Interval } from './interval';

/**
 * Why a calendar is off shift at an instant, as a support lead would name it. When several apply,
 * the one that decides comes first: the agent's own time off, then an override, then a holiday;
 * a holiday on a day without a shift is no cause, the missing shift is.
 */
export type OffShiftCause =
  | { readonly kind: 'away'; readonly until: number; readonly reason: string | undefined }
  | { readonly kind: 'override'; readonly until: number }
  | { readonly kind: 'holiday'; readonly until: number; readonly name: string | undefined }
  | { readonly kind: 'no-shift' };

/**
 * Where a calendar stands at an instant: on shift until its shift ends, or off shift for a
 * cause, with the next instant it comes on (null when none within the look-ahead).
 */
export type CalendarStanding =
  | { readonly onShift: true; readonly until: number }
  | { readonly onShift: false; readonly cause: OffShiftCause; readonly nextStart: number | null };

/** No zone is further than this from UTC (Kiribati is 14 hours ahead). */
const UTC_OFFSET_BOUND = 14 * 3_600_000;

/** Of the intervals of `lists` containing `at`, the one that lasts longest, or undefined. */
function longestContaining<T extends Interval>(
  at: number,
  ...lists: readonly (readonly T[])[]
): T | undefined {
  let found: T | undefined;
  for (const list of lists)
    for (const interval of list)
      if (interval.start <= at && at < interval.end && (!found || interval.end > found.end))
        found = interval;
  return found;
}

/** Of `list`, the last interval containing `at` (the override that applies), or undefined. */
function lastContaining<T extends Interval>(list: readonly T[], at: number): T | undefined {
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const interval = list[i]!;
    if (interval.start <= at && at < interval.end) return interval;
  }
  return undefined;
}

/**
 * The imported holidays that may contain `at`: those of the local year, which is the UTC year of
 * an instant within 14 hours of it. Taking both ends' years costs no zone conversion (each one
 * several microseconds, on every passed-over team of every decision); the years are cached.
 */
function importedAround(rules: CalendarRules, at: number): readonly (readonly NamedInterval[])[] {
  if (rules.importedHolidays.isEmpty) return [];
  const first = new Date(at - UTC_OFFSET_BOUND).getUTCFullYear();
  const last = new Date(at + UTC_OFFSET_BOUND).getUTCFullYear();
  const years = first === last ? [first] : [first, last];
  return years.map((year) => rules.importedHolidays.inYear(year));
}

/**
 * Why a calendar that is off shift at `at` is off (see OffShiftCause). Read off the same rules
 * the calendar expands, in the same order, so it agrees with it at every instant. `inShift` says
 * whether the weekly shifts alone cover an instant: asked only to tell a holiday from a day off.
 */
export function offShiftCause(
  rules: CalendarRules,
  at: number,
  inShift: (at: number) => boolean,
): OffShiftCause {
  const away = longestContaining(at, rules.awayPeriods);
  if (away) return { kind: 'away', until: away.end, reason: away.reason };
  const override = lastContaining(rules.overrides, at);
  if (override && !override.onShift) return { kind: 'override', until: override.end };
  const holiday = longestContaining(at, rules.namedHolidays, ...importedAround(rules, at));
  if (holiday && inShift(at)) return { kind: 'holiday', until: holiday.end, name: holiday.name };
  return { kind: 'no-shift' };
}
