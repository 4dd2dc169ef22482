import type { Zone } from 'luxon';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { BoundedCache } from './bounded-cache';
import type { Interval } from './interval';
import { localToInstant } from './local-to-instant';
import { DAY_MS, MINUTE_MS, parseClockTime, parseLocalDate, type WallPeriod } from './wall-clock';

export interface HolidaySource {
  country: string;
  subdivision: string | undefined;
}

/** A holiday as the instants it spans, with the name people know it by. */
export interface NamedInterval extends Interval {
  readonly name: string | undefined;
}

// Loading a country's rules costs milliseconds and every team and agent of a configuration asks
// for the same few countries, so the local periods are shared per holiday calendar (two
// calendars may hold different data: the full one and a version's table); the bound keeps a
// long-running process from growing with every year anyone ever asked about.
type NamedPeriod = WallPeriod & { readonly name: string };

const sharedPeriods = new WeakMap<HolidayCalendar, BoundedCache<string, readonly NamedPeriod[]>>();

function periodsOf(calendar: HolidayCalendar): BoundedCache<string, readonly NamedPeriod[]> {
  let periods = sharedPeriods.get(calendar);
  if (!periods) {
    periods = new BoundedCache(512);
    sharedPeriods.set(calendar, periods);
  }
  return periods;
}

/**
 * The public holidays of a country (and subdivision) in a year as local wall-clock periods: each
 * holiday's date from midnight, or from its `from` time, to the next midnight. They are read on
 * the wall clock of whichever zone applies them, not in the country's own zone.
 */
export function importedHolidayPeriods(
  calendar: HolidayCalendar,
  source: HolidaySource,
  year: number,
): readonly NamedPeriod[] {
  const key = `${source.country}/${source.subdivision ?? ''}/${year}`;
  return periodsOf(calendar).getOrCreate(key, () =>
    calendar.publicHolidays(source.country, source.subdivision, year).map((holiday) => {
      const field = `public holiday ${key} ${holiday.name}`;
      const day = parseLocalDate(holiday.date, field);
      const from = holiday.from === undefined ? 0 : parseClockTime(holiday.from, field, false);
      return { start: day + from * MINUTE_MS, end: day + DAY_MS, name: holiday.name };
    }),
  );
}

/** What `ImportedHolidays.none` reads from, which with no sources is never asked anything. */
const NO_HOLIDAY_DATA: HolidayCalendar = {
  isCountry: () => false,
  isSubdivision: () => false,
  publicHolidays: () => [],
};

/** Imported holidays of one calendar, turned into instants of its zone a year at a time. */
export class ImportedHolidays {
  private readonly byYear = new BoundedCache<number, readonly NamedInterval[]>(64);

  constructor(
    private readonly zone: Zone,
    private readonly sources: readonly HolidaySource[],
    private readonly calendar: HolidayCalendar,
  ) {}

  /** No imported holidays at all: a calendar's shifts alone. */
  static none(zone: Zone): ImportedHolidays {
    return new ImportedHolidays(zone, [], NO_HOLIDAY_DATA);
  }

  get isEmpty(): boolean {
    return this.sources.length === 0;
  }

  inYear(year: number): readonly NamedInterval[] {
    return this.byYear.getOrCreate(year, () =>
      this.sources.flatMap((source) =>
        importedHolidayPeriods(this.calendar, source, year).map((period) => ({
          start: localToInstant(this.zone, period.start),
          end: localToInstant(this.zone, period.end),
          name: period.name,
        })),
      ),
    );
  }
}
