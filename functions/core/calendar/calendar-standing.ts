import type { CalendarRules } from './calendar-rules';
import type { Interval } from './interval';
import { localToInstant } from './local-to-instant';
import { shiftOnDay } from './shift-rule';
import { DAY_MS, wallClockAt, wallDayOf, wallYearOf } from './wall-clock';

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

const containing = <T extends Interval>(list: readonly T[], at: number): T[] =>
  list.filter((interval) => interval.start <= at && at < interval.end);

/** The one of `list` containing `at` that lasts longest, or undefined. */
function longestContaining<T extends Interval>(list: readonly T[], at: number): T | undefined {
  return containing(list, at).sort((a, b) => b.end - a.end)[0];
}

function inShift(rules: CalendarRules, at: number): boolean {
  // A shift starting on local day D ends by D + 2; a day either side absorbs DST moves.
  const today = wallDayOf(wallClockAt(rules.zone, at));
  for (let day = today - 3 * DAY_MS; day <= today + DAY_MS; day += DAY_MS) {
    for (const rule of rules.shifts) {
      const period = shiftOnDay(rule, day);
      if (
        period &&
        localToInstant(rules.zone, period.start) <= at &&
        at < localToInstant(rules.zone, period.end)
      )
        return true;
    }
  }
  return false;
}

/**
 * Why a calendar that is off shift at `at` is off (see OffShiftCause). Read off the same rules
 * the calendar expands, in the same order, so it agrees with it at every instant; shifts are
 * laid out only to tell a holiday from a day off, which keeps it cheap enough for every reason.
 */
export function offShiftCause(rules: CalendarRules, at: number): OffShiftCause {
  const away = longestContaining(rules.awayPeriods, at);
  if (away) return { kind: 'away', until: away.end, reason: away.reason };
  const override = containing(rules.overrides, at).at(-1);
  if (override && !override.onShift) return { kind: 'override', until: override.end };
  // A holiday lies within the local year of its date.
  const year = wallYearOf(wallClockAt(rules.zone, at));
  const holiday = longestContaining(
    [
      ...rules.namedHolidays,
      ...(rules.importedHolidays.isEmpty ? [] : rules.importedHolidays.inYear(year)),
    ],
    at,
  );
  if (holiday && inShift(rules, at))
    return { kind: 'holiday', until: holiday.end, name: holiday.name };
  return { kind: 'no-shift' };
}
