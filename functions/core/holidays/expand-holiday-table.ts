import type { SunrouteConfig } from '../config/config-schema';
import type { HolidayCalendar, PublicHoliday } from './holiday-calendar';
import { holidayTableKey, type HolidayTable } from './holiday-table';

/**
 * The years a saved configuration version holds imported holidays for, around the year it is
 * saved in: one back, because a calendar's week-long chunks and zone offsets reach across New
 * Year, and three ahead, because a calendar looks up to 400 days ahead for a shift's end or next
 * start. A version saved in 2026 holds 2025–2029 and so routes at least until 400 days before the
 * end of 2029 (late November 2028), whatever its shifts; saving it again in a later year
 * (`config apply`, the admin API) moves the window. See docs/configuration.md.
 */
export const HOLIDAY_TABLE_YEARS = { before: 1, after: 3 } as const;

/**
 * Expands every public-holiday import of the configuration's teams (agents share their team's
 * holidays) for the years around `savedYear`, into the plain table stored with the version.
 */
export function expandHolidayTable(
  config: SunrouteConfig,
  calendar: HolidayCalendar,
  savedYear: number,
): HolidayTable {
  return expandHolidayYears(config, calendar, {
    from: savedYear - HOLIDAY_TABLE_YEARS.before,
    to: savedYear + HOLIDAY_TABLE_YEARS.after,
  });
}

/** The same table for the years `from` to `to`, inclusive (the CLI keeps one per file and years). */
export function expandHolidayYears(
  config: SunrouteConfig,
  calendar: HolidayCalendar,
  years: { readonly from: number; readonly to: number },
): HolidayTable {
  const table: Record<string, Record<string, PublicHoliday[]>> = {};
  for (const team of config.teams) {
    for (const holiday of team.holidays ?? []) {
      if (!('country' in holiday)) continue;
      const key = holidayTableKey(holiday.country, holiday.subdivision);
      if (Object.hasOwn(table, key)) continue;
      const expanded: Record<string, PublicHoliday[]> = {};
      for (let year = years.from; year <= years.to; year++) {
        expanded[String(year)] = calendar.publicHolidays(
          holiday.country,
          holiday.subdivision,
          year,
        );
      }
      table[key] = expanded;
    }
  }
  return table;
}
