import { IANAZone, type Zone } from 'luxon';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import type { CalendarSpec, HolidaySpec } from './calendar-spec';
import { CalendarSpecError } from './calendar-spec-error';
import { ImportedHolidays, type HolidaySource, type NamedInterval } from './imported-holidays';
import type { Interval } from './interval';
import { mergeIntervals } from './interval-list';
import { localToInstant } from './local-to-instant';
import { periodInstants } from './period-instants';
import { compileShiftRule, type ShiftRule } from './shift-rule';
import { MINUTE_MS, parseClockTime, parseLocalDate } from './wall-clock';
import { isTimeZone } from '../validation/is-time-zone';

export interface Override extends Interval {
  onShift: boolean;
}

export interface AwayPeriod extends Interval {
  readonly reason: string | undefined;
}

/** A calendar spec checked and turned into instants wherever that does not depend on the date. */
export interface CalendarRules {
  zone: Zone;
  shifts: readonly ShiftRule[];
  /** Dated holidays as instants, merged. */
  holidays: readonly Interval[];
  /** The same, one per entry and named, to say which one closes a team. */
  namedHolidays: readonly NamedInterval[];
  importedHolidays: ImportedHolidays;
  overrides: readonly Override[];
  /** Time off as instants, merged. */
  away: readonly Interval[];
  /** The same, one per entry with its reason. */
  awayPeriods: readonly AwayPeriod[];
}

function datedHoliday(
  holiday: Extract<HolidaySpec, { date: string }>,
  zone: Zone,
  field: string,
): Interval {
  const day = parseLocalDate(holiday.date, `${field}.date`);
  const from =
    holiday.from === undefined ? 0 : parseClockTime(holiday.from, `${field}.from`, false);
  const to = holiday.to === undefined ? 1440 : parseClockTime(holiday.to, `${field}.to`, true);
  if (to <= from) {
    throw new CalendarSpecError(`${field}.to`, holiday.to, `is not after from "${holiday.from}"`);
  }
  return {
    start: localToInstant(zone, day + from * MINUTE_MS),
    end: localToInstant(zone, day + to * MINUTE_MS),
  };
}

// Asking date-holidays for its country list costs half a millisecond; a configuration names a
// few countries for dozens of calendars, so the ones already found valid are remembered, per
// holiday calendar since a version's table knows only the codes that version imports.
const knownSources = new WeakMap<HolidayCalendar, Set<string>>();

function holidaySource(
  holiday: Extract<HolidaySpec, { country: string }>,
  field: string,
  calendar: HolidayCalendar,
): HolidaySource {
  const source = { country: holiday.country, subdivision: holiday.subdivision };
  const key = `${holiday.country}/${holiday.subdivision ?? ''}`;
  let known = knownSources.get(calendar);
  if (!known) {
    known = new Set();
    knownSources.set(calendar, known);
  }
  if (known.has(key)) return source;
  if (!calendar.isCountry(holiday.country)) {
    throw new CalendarSpecError(`${field}.country`, holiday.country, 'has no public holiday data');
  }
  if (
    holiday.subdivision !== undefined &&
    !calendar.isSubdivision(holiday.country, holiday.subdivision)
  ) {
    throw new CalendarSpecError(
      `${field}.subdivision`,
      holiday.subdivision,
      `is not a subdivision of ${holiday.country} with public holiday data`,
    );
  }
  known.add(key);
  return source;
}

/** Checks a calendar spec and compiles it; imported holidays come from `holidays`. */
export function compileCalendarRules(spec: CalendarSpec, holidays: HolidayCalendar): CalendarRules {
  if (!isTimeZone(spec.timeZone)) {
    throw new CalendarSpecError('timeZone', spec.timeZone, 'is not an IANA time zone');
  }
  const zone = IANAZone.create(spec.timeZone);
  const dated: NamedInterval[] = [];
  const sources: HolidaySource[] = [];
  (spec.holidays ?? []).forEach((holiday, i) => {
    if ('date' in holiday)
      dated.push({ ...datedHoliday(holiday, zone, `holidays[${i}]`), name: holiday.name });
    else sources.push(holidaySource(holiday, `holidays[${i}]`, holidays));
  });
  const awayPeriods = (spec.away ?? []).map((period, i) => ({
    ...periodInstants(period, zone, `away[${i}]`),
    reason: period.reason,
  }));
  return {
    zone,
    shifts: spec.shifts.map((shift, i) => compileShiftRule(shift, `shifts[${i}]`)),
    holidays: mergeIntervals(dated),
    namedHolidays: dated,
    importedHolidays: new ImportedHolidays(zone, sources, holidays),
    overrides: (spec.overrides ?? []).map((override, i) => ({
      ...periodInstants(override, zone, `overrides[${i}]`),
      onShift: override.onShift,
    })),
    away: mergeIntervals(awayPeriods),
    awayPeriods,
  };
}
