// Apart from zone.ts, which reads the browser's storage: the tests read times as the pages write them.
import { DateTime } from 'luxon';

/**
 * An instant as a lead reads it: `Tue 22 Dec 2026, 10:15 Europe/Berlin (UTC+01:00)`. Every time
 * the console shows carries its zone, so nobody guesses whose 10:15 it is.
 */
export function formatInstant(iso: string | null | undefined, zone: string): string {
  if (!iso) return '—';
  const at = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!at.isValid) return iso;
  return `${at.toFormat('ccc d LLL yyyy, HH:mm')} ${zone} (UTC${at.toFormat('ZZ')})`;
}
