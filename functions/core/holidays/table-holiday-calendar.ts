import type { HolidayCalendar, PublicHoliday } from './holiday-calendar';
import { holidayTableKey, type HolidayTable } from './holiday-table';
import { HolidayYearMissingError } from './holiday-year-missing-error';

/**
 * Public holidays read from a table expanded when the configuration version was saved: what the
 * router uses, so that it never loads date-holidays. The codes the table holds are the valid
 * ones; a year it does not hold throws HolidayYearMissingError rather than routing as if the
 * year had no holidays.
 */
export class TableHolidayCalendar implements HolidayCalendar {
  private readonly countries: ReadonlySet<string>;

  constructor(private readonly table: HolidayTable) {
    this.countries = new Set(Object.keys(table).map((key) => key.slice(0, 2)));
  }

  isCountry(country: string): boolean {
    return this.countries.has(country);
  }

  isSubdivision(country: string, subdivision: string): boolean {
    return Object.hasOwn(this.table, holidayTableKey(country, subdivision));
  }

  publicHolidays(country: string, subdivision: string | undefined, year: number): PublicHoliday[] {
    const key = holidayTableKey(country, subdivision);
    const years = Object.hasOwn(this.table, key) ? this.table[key]! : {};
    if (!Object.hasOwn(years, String(year))) {
      const stored = Object.keys(years)
        .map(Number)
        .sort((a, b) => a - b);
      throw new HolidayYearMissingError(key, year, stored);
    }
    return [...years[String(year)]!];
  }
}
