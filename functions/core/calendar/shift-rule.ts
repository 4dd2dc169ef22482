import type { ShiftSpec, Weekday } from './calendar-spec';
import { CalendarSpecError } from './calendar-spec-error';
import { DAY_MS, MINUTE_MS, parseClockTime, weekdayOf, type WallPeriod } from './wall-clock';

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A weekly shift ready to be laid on any local date. */
export interface ShiftRule {
  /** Bit i set when the shift starts on weekday i (0 = Monday). */
  weekdays: number;
  startMinute: number;
  endMinute: number;
}

export function compileShiftRule(spec: ShiftSpec, field: string): ShiftRule {
  let weekdays = 0;
  spec.days.forEach((day, i) => {
    const index = WEEKDAYS.indexOf(day);
    if (index < 0) {
      throw new CalendarSpecError(
        `${field}.days[${i}]`,
        day,
        `is not one of ${WEEKDAYS.join(', ')}`,
      );
    }
    weekdays |= 1 << index;
  });
  return {
    weekdays,
    startMinute: parseClockTime(spec.start, `${field}.start`, false),
    endMinute: parseClockTime(spec.end, `${field}.end`, true),
  };
}

/**
 * The shift's wall-clock period when it starts on the local day beginning at `day`, or null when
 * it does not work that weekday. An end at or before the start lies on the next day, so an equal
 * start and end make a shift of one whole local day.
 */
export function shiftOnDay(rule: ShiftRule, day: number): WallPeriod | null {
  if ((rule.weekdays & (1 << weekdayOf(day))) === 0) return null;
  const endDay = rule.endMinute > rule.startMinute ? day : day + DAY_MS;
  return { start: day + rule.startMinute * MINUTE_MS, end: endDay + rule.endMinute * MINUTE_MS };
}
