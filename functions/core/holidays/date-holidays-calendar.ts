import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { HolidayCalendar, PublicHoliday } from './holiday-calendar';

// date-holidays writes `YYYY-MM-DD HH:mm:ss`, with a trailing offset when a holiday formally
// begins on the previous evening (Islamic and Jewish calendars). That eve is observance, not
// time off, so such holidays count from the local midnight of their date.
const DATE_FIELD = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}):\d{2}( [+-]\d{4})?$/;
const DAY_MS = 86_400_000;

/**
 * The public holidays of the date-holidays data (type `public`; bank, school, optional and
 * observance days are left out). Importing date-holidays (with moment-timezone and astronomia)
 * costs ~1.4 MB of bundle and tens of milliseconds, which is why only entry points that may pay
 * for it use this: the CLI, scripts, tests and saving a configuration version.
 */
class DateHolidaysCalendar implements HolidayCalendar {
  private readonly data = new Holidays();

  isCountry(country: string): boolean {
    return Object.hasOwn(this.data.getCountries() ?? {}, country);
  }

  isSubdivision(country: string, subdivision: string): boolean {
    return Object.hasOwn(this.data.getStates(country) ?? {}, subdivision);
  }

  subdivisions(country: string): Subdivision[] {
    return Object.entries(this.data.getStates(country, 'en') ?? {})
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  publicHolidays(country: string, subdivision: string | undefined, year: number): PublicHoliday[] {
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
}

/** A state, province or region with holidays of its own, as `subdivision:` names it. */
export interface Subdivision {
  readonly code: string;
  readonly name: string;
}

/**
 * The full holiday data; one instance, since date-holidays' country list is built once. It also
 * lists a country's subdivision codes, for the support lead looking one up.
 */
export const dateHolidaysCalendar: HolidayCalendar & {
  subdivisions(country: string): Subdivision[];
} = new DateHolidaysCalendar();
