import { DateTime, type Zone } from 'luxon';
import { CalendarSpecError } from './calendar-spec-error';
import { zoneOffset } from './zone-offset';

// A local wall-clock reading is encoded as the epoch milliseconds the same reading would be in
// UTC. On that axis every day is exactly DAY_MS long, so local dates and times of day are plain
// additions, and only `localToInstant` decides how a reading maps onto real instants.
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** A stretch of local wall-clock time, [start, end), as wall-clock readings. */
export interface WallPeriod {
  start: number;
  end: number;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the wall clock in `zone` shows at `instant`. */
export function wallClockAt(zone: Zone, instant: number): number {
  return instant + zoneOffset(zone, instant) * MINUTE_MS;
}

/** The local midnight starting the day of a wall-clock reading. */
export function wallDayOf(wall: number): number {
  return Math.floor(wall / DAY_MS) * DAY_MS;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(wall: number): number {
  // 1970-01-01, day 0 of the axis, was a Thursday (index 3).
  return (((Math.floor(wall / DAY_MS) + 3) % 7) + 7) % 7;
}

export function wallYearOf(wall: number): number {
  return DateTime.fromMillis(wall, { zone: 'utc' }).year;
}

/** `HH:MM` as minutes after midnight; `"24:00"` (1440) only where the end of a day is meant. */
export function parseClockTime(value: string, field: string, allowEndOfDay: boolean): number {
  if (allowEndOfDay && value === '24:00') return 1440;
  const match = CLOCK_TIME.exec(value);
  if (!match) {
    throw new CalendarSpecError(
      field,
      value,
      allowEndOfDay ? 'is not HH:MM or 24:00' : 'is not HH:MM',
    );
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `YYYY-MM-DD` as the wall-clock reading of its local midnight. */
export function parseLocalDate(value: string, field: string): number {
  const date = LOCAL_DATE.test(value) ? DateTime.fromISO(value, { zone: 'utc' }) : null;
  if (!date?.isValid) throw new CalendarSpecError(field, value, 'is not a date YYYY-MM-DD');
  return date.toMillis();
}
