import { DateTime } from 'luxon';
import { BoundedCache } from '../calendar/bounded-cache';

// Every decision names each team's next shift change, and those are the same few instants for
// every ticket of a shift: remembering their labels halved the cost of explaining a decision
// (luxon's zone conversion alone took about 7 µs).
const instantLabels = new BoundedCache<number, string>(4096);
// Per zone, so a lookup builds no key string: reasons ask for a label per passed-over team.
const localLabels = new Map<string, BoundedCache<number, string>>();

/** `2026-12-22T16:00:00Z`: an instant as reasons print it (UTC, to the second). */
export function formatInstant(ms: number): string {
  return instantLabels.getOrCreate(ms, () => new Date(ms).toISOString().replace('.000Z', 'Z'));
}

/** `Tue 17:00 Europe/Berlin`: the same instant as the team's own wall clock shows it. */
export function formatLocal(ms: number, timeZone: string): string {
  let labels = localLabels.get(timeZone);
  if (!labels) {
    labels = new BoundedCache(1024);
    localLabels.set(timeZone, labels);
  }
  return labels.getOrCreate(
    ms,
    () => `${DateTime.fromMillis(ms, { zone: timeZone }).toFormat('ccc HH:mm')} ${timeZone}`,
  );
}
