import { DateTime } from 'luxon';

/** The period a lead picks: the last 7, 30 or 90 days up to now, or whole local days. */
export type Period =
  | { readonly kind: 'last'; readonly days: 7 | 30 | 90 }
  | { readonly kind: 'dates'; readonly from: string; readonly to: string };

export const LAST_DAYS = [7, 30, 90] as const;

/**
 * The `from`/`to` of `GET /reports` for a period: the last days as instants up to `now`; dates as
 * dates, which the API reads as whole days in the lead's zone (`to` included). Null while the
 * dates are incomplete or the wrong way round.
 */
export function periodQuery(
  period: Period,
  zone: string,
  now: number,
): { from: string; to?: string } | null {
  if (period.kind === 'last') {
    const end = DateTime.fromMillis(now, { zone });
    return {
      from: end.minus({ days: period.days }).toUTC().toISO({ suppressMilliseconds: true })!,
    };
  }
  if (!period.from || !period.to || period.to < period.from) return null;
  return { from: period.from, to: period.to };
}
