import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/** A public holiday as local wall-clock dates, ready to be applied in any team's zone (SPEC §4). */
export interface PublicHoliday {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** Local start time when the holiday begins part-way through the day (e.g. `"14:00"`). */
  from?: string;
  name: string;
}

// date-holidays writes `YYYY-MM-DD HH:mm:ss`, with a trailing offset when a holiday formally
// begins on the previous evening (Islamic and Jewish calendars). That eve is observance, not
// time off, so such holidays count from the local midnight of their date.
const DATE_FIELD = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}):\d{2}( [+-]\d{4})?$/;
const DAY_MS = 86_400_000;

const holidayData = new Holidays();

export function isHolidayCountry(country: string): boolean {
  return Object.hasOwn(holidayData.getCountries() ?? {}, country);
}

export function isHolidaySubdivision(country: string, subdivision: string): boolean {
  return Object.hasOwn(holidayData.getStates(country) ?? {}, subdivision);
}

/**
 * The public holidays (date-holidays type `public`; bank, school, optional and observance days
 * are left out) of a country, optionally narrowed to a subdivision, that fall in a year. A
 * holiday spanning several days yields one entry per local date.
 */
export function publicHolidays(country: string, subdivision: string | undefined, year: number) {
  // English names where the data has them: support leads of a global team share one language.
  const options = { languages: ['en'] };
  const source = subdivision
    ? new Holidays(country, subdivision, options)
    : new Holidays(country, options);
  const result: PublicHoliday[] = [];
  for (const holiday of source.getHolidays(year) || []) {
    if (holiday.type !== 'public') continue;
    const match = DATE_FIELD.exec(holiday.date);
    if (!match) continue;
    const [, date, time, eveOffset] = match as unknown as [string, string, string, string?];
    const days = Math.max(
      1,
      Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS),
    );
    const first = DateTime.fromISO(date, { zone: 'UTC' });
    for (let i = 0; i < days; i++) {
      const entry: PublicHoliday = {
        date: first.plus({ days: i }).toISODate()!,
        name: holiday.name,
      };
      if (i === 0 && time !== '00:00' && !eveOffset) entry.from = time;
      result.push(entry);
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
}
