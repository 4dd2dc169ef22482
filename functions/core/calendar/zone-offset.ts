import type { Zone } from 'luxon';
import { BoundedCache } from './bounded-cache';

// luxon asks Intl for every offset (one `formatToParts` call each), and expanding a calendar asks
// for the same instants again and again: a reading's offsets a day either side of it, one day's
// end that is the next day's start, weeks expanded with overlapping margins. A zone's offset at an
// instant never changes, so it is remembered per zone and luxon is asked once per instant (a
// router's first ticket walks a year of a team's calendar).
const MAX_INSTANTS_PER_ZONE = 4096;
const offsets = new WeakMap<Zone, BoundedCache<number, number>>();

/** The UTC offset of `zone` at `instant` in minutes, as `zone.offset(instant)` gives it. */
export function zoneOffset(zone: Zone, instant: number): number {
  let known = offsets.get(zone);
  if (!known) {
    known = new BoundedCache(MAX_INSTANTS_PER_ZONE);
    offsets.set(zone, known);
  }
  return known.getOrCreate(instant, () => zone.offset(instant));
}
