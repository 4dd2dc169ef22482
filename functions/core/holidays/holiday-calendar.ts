/**
 * A public holiday as local wall-clock dates, ready to be applied in any team's zone
 * (docs/calendar.md).
 */
export interface PublicHoliday {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** Local start time when the holiday begins part-way through the day (e.g. `"14:00"`). */
  from?: string;
  name: string;
}

/**
 * Where imported public holidays (`holidays: - country: XX`) come from. Validating and compiling a
 * configuration take one explicitly: the CLI, scripts, tests and saving a version use the full
 * date-holidays data (date-holidays-calendar.ts); the router uses the table expanded when the
 * version was saved (table-holiday-calendar.ts), so its bundle never loads date-holidays.
 */
export interface HolidayCalendar {
  /** Whether the country (ISO 3166-1 alpha-2) has public holidays to import. */
  isCountry(country: string): boolean;
  /** Whether the subdivision (the holiday data's code, e.g. `BE` of `DE`) is known. */
  isSubdivision(country: string, subdivision: string): boolean;
  /**
   * The public holidays of a country, optionally narrowed to a subdivision, that fall in a year,
   * sorted by date; a holiday spanning several days yields one entry per local date.
   */
  publicHolidays(country: string, subdivision: string | undefined, year: number): PublicHoliday[];
}
