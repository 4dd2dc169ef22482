import { DateTime } from 'luxon';

/** `2026-12-22T16:00:00Z`: an instant as reasons print it (UTC, to the second). */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** `Tue 17:00 Europe/Berlin`: the same instant as the team's own wall clock shows it. */
export function formatLocal(ms: number, timeZone: string): string {
  return `${DateTime.fromMillis(ms, { zone: timeZone }).toFormat('ccc HH:mm')} ${timeZone}`;
}
