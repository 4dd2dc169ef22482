import type { CalendarRules } from './calendar-rules';
import type { Interval } from './interval';
import { addInterval, clipIntervals, mergeIntervals, subtractIntervals } from './interval-list';
import { localToInstant } from './local-to-instant';
import { shiftOnDay } from './shift-rule';
import { DAY_MS, wallClockAt, wallDayOf, wallYearOf } from './wall-clock';

// A shift that starts on local day D ends by D + 2 days at the latest; the extra day on either
// side absorbs readings moved by a gap or a fall-back at midnight.
const DAYS_BEFORE = 3 * DAY_MS;
const DAYS_AFTER = DAY_MS;

function overlapping<T extends Interval>(intervals: readonly T[], from: number, to: number): T[] {
  return intervals.filter((interval) => interval.end > from && interval.start < to);
}

/**
 * The on-shift time of a calendar within [from, to), exactly as docs/calendar.md defines it: shifts
 * minus holidays, then each override in order, then minus `away`; sorted and merged. The result at
 * any instant depends only on the rules, never on the window, so windows can be expanded separately
 * and joined.
 */
export function expandCalendar(rules: CalendarRules, from: number, to: number): Interval[] {
  if (to <= from) return [];
  const firstDay = wallDayOf(wallClockAt(rules.zone, from)) - DAYS_BEFORE;
  const lastDay = wallDayOf(wallClockAt(rules.zone, to)) + DAYS_AFTER;

  const shifts: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day += DAY_MS) {
    for (const rule of rules.shifts) {
      const period = shiftOnDay(rule, day);
      if (period) {
        shifts.push({
          start: localToInstant(rules.zone, period.start),
          end: localToInstant(rules.zone, period.end),
        });
      }
    }
  }

  const holidays = overlapping(rules.holidays, from, to);
  if (!rules.importedHolidays.isEmpty) {
    for (let year = wallYearOf(firstDay); year <= wallYearOf(lastDay); year++) {
      holidays.push(...overlapping(rules.importedHolidays.inYear(year), from, to));
    }
  }

  let onShift = subtractIntervals(mergeIntervals(shifts), mergeIntervals(holidays));
  for (const override of overlapping(rules.overrides, from, to)) {
    const { start, end } = override;
    onShift = override.onShift
      ? addInterval(onShift, { start, end })
      : subtractIntervals(onShift, [{ start, end }]);
  }
  onShift = subtractIntervals(onShift, overlapping(rules.away, from, to));
  return clipIntervals(onShift, from, to);
}
