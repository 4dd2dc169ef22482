import type { Zone } from 'luxon';
import { DAY_MS, MINUTE_MS } from './wall-clock';
import { zoneOffset } from './zone-offset';

/**
 * The instant a local wall-clock reading (see wall-clock.ts) names in `zone`, by RFC 5545
 * §3.3.5: a reading that occurs twice (fall-back) is its first occurrence; a reading that does
 * not exist (spring-forward gap) is read with the UTC offset in force before the gap, which lands
 * it as far after the gap's end as it was after the gap's start (02:30 in a 02:00→03:00 gap is
 * 03:30).
 *
 * luxon's own local-time resolution neither always picks the first occurrence nor reads gaps
 * this way, so the offsets on either side are compared here. Zone transitions are assumed to be
 * at least a day apart, which holds for every zone in tzdb since 1970 bar one-off jumps.
 */
export function localToInstant(zone: Zone, wall: number): number {
  // The real instant lies within ±14 h of the reading, so a day either side is clear of it.
  const offsetBefore = zoneOffset(zone, wall - DAY_MS) * MINUTE_MS;
  const offsetAfter = zoneOffset(zone, wall + DAY_MS) * MINUTE_MS;
  const withBefore = wall - offsetBefore;
  if (offsetBefore === offsetAfter) return withBefore;
  const withAfter = wall - offsetAfter;
  const beforeFits = withBefore + zoneOffset(zone, withBefore) * MINUTE_MS === wall;
  const afterFits = withAfter + zoneOffset(zone, withAfter) * MINUTE_MS === wall;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (afterFits) return withAfter;
  return withBefore;
}
