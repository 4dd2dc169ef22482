import { DateTime, type Zone } from 'luxon';
import type { PeriodSpec } from './calendar-spec';
import { CalendarSpecError } from './calendar-spec-error';
import type { Interval } from './interval';
import { localToInstant } from './local-to-instant';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `YYYY-MM-DDTHH:MM[:SS]` as an instant: with an offset or `Z` it is that exact instant, without
 * one it is a local time in `zone`, resolved like every other local time of the calendar.
 */
export function parseDateTimeInstant(value: string, zone: Zone, field: string): number {
  const match = DATE_TIME.exec(value);
  if (!match) {
    throw new CalendarSpecError(
      field,
      value,
      'is not YYYY-MM-DDTHH:MM[:SS] with an optional offset',
    );
  }
  const [, year, month, day, hour, minute, second, offset] = match;
  const parsed = offset
    ? DateTime.fromISO(value, { setZone: true })
    : DateTime.fromObject(
        {
          year: Number(year),
          month: Number(month),
          day: Number(day),
          hour: Number(hour),
          minute: Number(minute),
          second: Number(second ?? 0),
        },
        { zone: 'utc' },
      );
  if (!parsed.isValid) throw new CalendarSpecError(field, value, 'is not a valid date and time');
  return offset ? parsed.toMillis() : localToInstant(zone, parsed.toMillis());
}

/** An override or away period as instants; its end must come after its start. */
export function periodInstants(period: PeriodSpec, zone: Zone, field: string): Interval {
  const start = parseDateTimeInstant(period.start, zone, `${field}.start`);
  const end = parseDateTimeInstant(period.end, zone, `${field}.end`);
  if (end <= start) {
    throw new CalendarSpecError(`${field}.end`, period.end, `is not after start "${period.start}"`);
  }
  return { start, end };
}
