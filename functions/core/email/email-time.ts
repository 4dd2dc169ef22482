import { DateTime } from 'luxon';
import type { EmailTemplate } from './templates/email-template';

/** `Di., 22. Dez. 2026, 10:30`: the wall clock of `zone`, in the reader's words. */
export function localTime(ms: number, zone: string, template: EmailTemplate): string {
  return DateTime.fromMillis(ms, { zone })
    .setLocale(template.locale)
    .toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY);
}

/** `Di., 22. Dez. 2026, 10:30 (Europe/Berlin)`: the same, naming the zone. */
export function zonedTime(ms: number, zone: string, template: EmailTemplate): string {
  return `${localTime(ms, zone, template)} (${zone})`;
}

/** `2026-12-22 09:30 UTC`: the same in every language, for comparing across teams and logs. */
export function utcTime(ms: number): string {
  return `${DateTime.fromMillis(ms, { zone: 'utc' }).toFormat('yyyy-MM-dd HH:mm')} UTC`;
}

/** An instant as a reader in `zone` sees it, followed by UTC. */
export function zonedAndUtc(ms: number, zone: string, template: EmailTemplate): string {
  return `${zonedTime(ms, zone, template)} · ${utcTime(ms)}`;
}
