import { DateTime, IANAZone } from 'luxon';

const STORAGE_KEY = 'sunroute.console.zone';

/** The zone the lead last chose, else the browser's own. */
export function savedZone(): string {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && IANAZone.isValidZone(saved)) return saved;
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function saveZone(zone: string): void {
  localStorage.setItem(STORAGE_KEY, zone);
}

export function isZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** Every IANA zone the browser knows, for a picker. */
export function knownZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/** `UTC+01:00` for an instant in a zone. */
export function utcOffset(iso: string, zone: string): string {
  return `UTC${DateTime.fromISO(iso, { zone }).toFormat('ZZ')}`;
}

/** `2026-12-22T10:15` (a datetime-local value) read in `zone`, as an ISO instant; null if invalid. */
export function localInputToInstant(value: string, zone: string): string | null {
  const at = DateTime.fromISO(value, { zone });
  return at.isValid ? at.toUTC().toISO({ suppressMilliseconds: true }) : null;
}

/** An ISO instant as a datetime-local value in `zone`. */
export function instantToLocalInput(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** The Monday starting the week that holds `iso` (or now) in `zone`, `YYYY-MM-DD`. */
export function mondayOf(zone: string, iso?: string): string {
  const at = iso ? DateTime.fromISO(iso, { zone }) : DateTime.now().setZone(zone);
  return at.startOf('week').toISODate()!;
}

export function addWeeks(date: string, weeks: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ weeks }).toISODate()!;
}

/** `Mon 21 Dec` for a local date. */
export function formatDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).toFormat('ccc d LLL');
}
