import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendarRules } from '../../../../functions/core/calendar/calendar-rules';
import { compileCalendar } from '../../../../functions/core/calendar/compile-calendar';
import { expandCalendar } from '../../../../functions/core/calendar/expand-calendar';
import type { Interval } from '../../../../functions/core/calendar/interval';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { DAY, instant, MINUTE, onShiftByTheBook, RUNS, spec } from './calendar-by-the-book';

function containing(intervals: readonly Interval[], at: number): Interval | undefined {
  return intervals.find((i) => i.start <= at && at < i.end);
}

describe('calendar properties over random specs and instants', () => {
  it('isOnShift agrees with a literal reading of the time rules', () => {
    fc.assert(
      fc.property(spec, fc.array(instant, { minLength: 1, maxLength: 8 }), (s, ats) => {
        const calendar = compileCalendar(s, dateHolidaysCalendar);
        for (const at of ats) expect(calendar.isOnShift(at)).toBe(onShiftByTheBook(s, at));
      }),
      RUNS,
    );
  });

  it('intervals are sorted, disjoint, non-empty, merged, inside the window, and match isOnShift', () => {
    fc.assert(
      fc.property(spec, instant, fc.integer({ min: 1, max: 20 * DAY }), (s, from, length) => {
        const calendar = compileCalendar(s, dateHolidaysCalendar);
        const to = from + length;
        const intervals = calendar.intervals(from, to);
        intervals.forEach((interval, i) => {
          expect(interval.start).toBeLessThan(interval.end);
          expect(interval.start).toBeGreaterThanOrEqual(from);
          expect(interval.end).toBeLessThanOrEqual(to);
          if (i > 0) expect(interval.start).toBeGreaterThan(intervals[i - 1]!.end);
        });
        for (const { start, end } of intervals) {
          expect(calendar.isOnShift(start)).toBe(true);
          expect(calendar.isOnShift(end - 1)).toBe(true);
          if (end < to) expect(calendar.isOnShift(end)).toBe(false);
          if (start > from) expect(calendar.isOnShift(start - 1)).toBe(false);
        }
        for (let at = from; at < to; at += 37 * MINUTE + 11) {
          expect(calendar.isOnShift(at)).toBe(containing(intervals, at) !== undefined);
        }
      }),
      RUNS,
    );
  });

  it('expanding in weekly chunks gives the same intervals as one direct expansion, in any query order', () => {
    fc.assert(
      fc.property(spec, fc.array(instant, { minLength: 2, maxLength: 5 }), (s, ats) => {
        const rules = compileCalendarRules(s, dateHolidaysCalendar);
        const warmed = compileCalendar(s, dateHolidaysCalendar);
        for (const at of [...ats].reverse()) warmed.shiftEndAt(at);
        for (const at of ats) {
          const direct = expandCalendar(rules, at - 10 * DAY, at + 10 * DAY);
          expect(
            compileCalendar(s, dateHolidaysCalendar).intervals(at - 10 * DAY, at + 10 * DAY),
          ).toEqual(direct);
          expect(warmed.intervals(at - 10 * DAY, at + 10 * DAY)).toEqual(direct);
        }
      }),
      RUNS,
    );
  });

  it('shiftEndAt, remainingAt and nextStartAfter are consistent with the intervals', () => {
    const ahead = 60 * DAY;
    fc.assert(
      fc.property(spec, instant, (s, at) => {
        const calendar = compileCalendar(s, dateHolidaysCalendar);
        const around = calendar.intervals(at - 2 * DAY, at + ahead);
        const current = containing(around, at);
        const end = calendar.shiftEndAt(at);
        if (current === undefined) {
          expect(end).toBeNull();
          expect(calendar.remainingAt(at)).toBe(0);
        } else if (current.end < at + ahead) {
          expect(end).toBe(current.end);
          expect(calendar.remainingAt(at)).toBe(current.end - at);
        } else {
          expect(end).toBeGreaterThanOrEqual(at + ahead);
        }
        const next = around.find((i) => i.start > at);
        if (next) expect(calendar.nextStartAfter(at)).toBe(next.start);
        else expect(calendar.nextStartAfter(at) ?? Infinity).toBeGreaterThanOrEqual(at + ahead);
      }),
      RUNS,
    );
  });
});
