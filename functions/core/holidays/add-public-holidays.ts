import type { PublicHoliday } from './holiday-calendar';

export interface AddedHolidays {
  /** The team's holiday list with the new dates appended, entries as the document writes them. */
  readonly holidays: readonly unknown[];
  /** The public holidays that were not already listed. */
  readonly added: readonly PublicHoliday[];
}

function dayKey(date: unknown, from: unknown): string {
  return `${String(date)} ${typeof from === 'string' ? from : '00:00'}`;
}

/**
 * A year's public holidays written into a team's own list as dated entries (docs/configuration.md),
 * so the document shows each day off and a lead can delete one the team works after all. A date the
 * list already holds (same day, same start) is not written twice, so importing again changes
 * nothing.
 */
export function addPublicHolidays(
  existing: readonly unknown[],
  holidays: readonly PublicHoliday[],
): AddedHolidays {
  const listed = new Set(
    existing.flatMap((entry) =>
      typeof entry === 'object' && entry !== null && 'date' in entry
        ? [dayKey(entry.date, (entry as { from?: unknown }).from)]
        : [],
    ),
  );
  const added = holidays.filter((holiday) => {
    const key = dayKey(holiday.date, holiday.from);
    if (listed.has(key)) return false;
    listed.add(key);
    return true;
  });
  return {
    holidays: [
      ...existing,
      ...added.map((holiday) => ({
        date: holiday.date,
        ...(holiday.from === undefined ? {} : { from: holiday.from }),
        name: holiday.name,
      })),
    ],
    added,
  };
}
