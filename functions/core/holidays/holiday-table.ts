import * as z from 'zod';
import type { PublicHoliday } from './holiday-calendar';

/**
 * Imported public holidays expanded ahead of time, as plain data: per source (`DE`, or `DE-BE`
 * with a subdivision), per year (`"2026"`), the holidays of that year. A year present with an
 * empty list has none; a year absent was not expanded.
 */
export type HolidayTable = Readonly<
  Record<string, Readonly<Record<string, readonly PublicHoliday[]>>>
>;

/** The table's key of a country and optional subdivision (country codes never contain `-`). */
export function holidayTableKey(country: string, subdivision: string | undefined): string {
  return subdivision === undefined ? country : `${country}-${subdivision}`;
}

/** The table's shape, checked when a stored table is read back. */
export const holidayTableSchema = z.record(
  z.string().regex(/^[A-Z]{2}(-.+)?$/),
  z.record(
    z.string().regex(/^\d{4}$/),
    z.array(
      z.object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        from: z
          .string()
          .regex(/^\d{2}:\d{2}$/)
          .optional(),
        name: z.string(),
      }),
    ),
  ),
) satisfies z.ZodType<HolidayTable>;
