import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import {
  expandHolidayTable,
  HOLIDAY_TABLE_YEARS,
} from '../../../../functions/core/holidays/expand-holiday-table';
import { holidayTableSchema } from '../../../../functions/core/holidays/holiday-table';
import { HolidayYearMissingError } from '../../../../functions/core/holidays/holiday-year-missing-error';
import { TableHolidayCalendar } from '../../../../functions/core/holidays/table-holiday-calendar';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { documentWith, EXAMPLE_YAML, team } from '../config/config-fixtures';

function exampleConfig() {
  const parsed = parseConfig(EXAMPLE_YAML, { holidays: dateHolidaysCalendar });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

describe('holiday table expanded when a version is saved', () => {
  it('holds every imported source of the example for the saving year −1 … +3, and nothing else', () => {
    const config = exampleConfig();
    const table = expandHolidayTable(config, dateHolidaysCalendar, 2026);
    const imported = new Set(
      config.teams.flatMap((t) =>
        (t.holidays ?? []).flatMap((h) =>
          'country' in h ? [h.subdivision ? `${h.country}-${h.subdivision}` : h.country] : [],
        ),
      ),
    );
    expect(new Set(Object.keys(table))).toEqual(imported);
    expect(HOLIDAY_TABLE_YEARS).toEqual({ before: 1, after: 3 });
    for (const years of Object.values(table)) {
      expect(Object.keys(years)).toEqual(['2025', '2026', '2027', '2028', '2029']);
    }
    expect(holidayTableSchema.safeParse(JSON.parse(JSON.stringify(table))).success).toBe(true);
  });

  it('answers like date-holidays inside the window', () => {
    const config = exampleConfig();
    const table = new TableHolidayCalendar(expandHolidayTable(config, dateHolidaysCalendar, 2026));
    for (const key of Object.keys(expandHolidayTable(config, dateHolidaysCalendar, 2026))) {
      const [country, subdivision] = key.split('-') as [string, string?];
      expect(table.isCountry(country)).toBe(true);
      if (subdivision) expect(table.isSubdivision(country, subdivision)).toBe(true);
      for (const year of [2025, 2027, 2029]) {
        expect(table.publicHolidays(country, subdivision, year)).toEqual(
          dateHolidaysCalendar.publicHolidays(country, subdivision, year),
        );
      }
    }
  });

  it('throws HolidayYearMissingError, naming source and years held, outside the window', () => {
    const table = new TableHolidayCalendar({ 'DE-BE': { '2026': [], '2027': [] } });
    expect(() => table.publicHolidays('DE', 'BE', 2028)).toThrow(HolidayYearMissingError);
    expect(() => table.publicHolidays('DE', 'BE', 2028)).toThrow(
      "public holidays of DE-BE for 2028 are not in the configuration's holiday table (years held: 2026–2027); save the configuration again to extend it",
    );
  });

  it('knows only the codes it holds, so validation against it refuses other imports', () => {
    const table = new TableHolidayCalendar({ DE: { '2026': [] } });
    expect([table.isCountry('DE'), table.isCountry('FR')]).toEqual([true, false]);
    expect(table.isSubdivision('DE', 'BE')).toBe(false);
    const result = validateConfig(
      documentWith({ teams: [team({ holidays: [{ country: 'FR' }] })] }),
      table,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path)).toEqual(['teams[0].holidays[0].country']);
  });

  it('compiles the example with its table exactly as with date-holidays', () => {
    const config = exampleConfig();
    const table = new TableHolidayCalendar(expandHolidayTable(config, dateHolidaysCalendar, 2026));
    const fromTable = compileConfig(config, table);
    const fromData = compileConfig(config, dateHolidaysCalendar);
    const from = Date.parse('2026-12-20T00:00:00Z');
    const to = Date.parse('2027-01-10T00:00:00Z');
    fromTable.teams.forEach((t, i) => {
      expect(t.calendar.intervals(from, to)).toEqual(
        fromData.teams[i]!.calendar.intervals(from, to),
      );
    });
  });
});
