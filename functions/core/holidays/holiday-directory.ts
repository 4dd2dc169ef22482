import Holidays from 'date-holidays';

/** A country or subdivision of the holiday data, with its English name. */
export interface HolidayPlace {
  readonly code: string;
  readonly name: string;
}

// One instance: date-holidays builds its country list once per instance.
const data = new Holidays();

const byName = (a: HolidayPlace, b: HolidayPlace) => a.name.localeCompare(b.name, 'en');

function places(record: Record<string, string> | undefined): HolidayPlace[] {
  return Object.entries(record ?? {})
    .map(([code, name]) => ({ code, name }))
    .sort(byName);
}

/**
 * Which countries and subdivisions have public holidays to import, named in English, for a
 * picker: the same data and codes as `holidays: - country: DE  subdivision: BE` and
 * `sunroute holidays` (date-holidays), sorted by name.
 */
export const holidayDirectory = {
  countries(): HolidayPlace[] {
    return places(data.getCountries('en'));
  },
  /** The subdivisions of a country (none for a country whose holidays are national only). */
  subdivisions(country: string): HolidayPlace[] {
    return places(data.getStates(country, 'en'));
  },
};
