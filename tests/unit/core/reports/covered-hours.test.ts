import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { coveredHours } from '../../../../functions/core/reports/covered-hours';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';

const YAML = `
defaultLanguage: en
defaultRegion: EU
teams:
  - id: emea
    region: EU
    timeZone: Europe/Berlin
    languages: [en, de]
    email: emea@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
  - id: amer
    region: NA
    timeZone: America/New_York
    languages: [en]
    email: amer@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }]
agents:
  - { id: anna, email: anna@example.com, team: emea, languages: [en, de] }
  - { id: bo, email: bo@example.com, team: amer, languages: [en] }
`;

describe('covered hours per language', () => {
  it('counts the hours of a week in which some team can take each language', () => {
    const parsed = parseConfig(YAML, { holidays: dateHolidaysCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const compiled = compileConfig(parsed.config, dateHolidaysCalendar);
    // Monday 7 to Monday 14 December 2026: Berlin is on 07–17 UTC, New York on 14–22 UTC.
    const week = coveredHours(
      compiled,
      Date.parse('2026-12-07T00:00:00Z'),
      Date.parse('2026-12-14T00:00:00Z'),
    );
    expect(week.periodHours).toBe(168);
    expect(week.languages).toEqual([
      { language: 'de', coveredHours: 50, share: 50 / 168 },
      // 07–22 UTC on five days: the overlap counts once.
      { language: 'en', coveredHours: 75, share: 75 / 168 },
    ]);
  });
});
