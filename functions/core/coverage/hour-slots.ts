import { DateTime, type Zone } from 'luxon';
import type { Interval } from '../calendar/interval';
import { localToInstant } from '../calendar/local-to-instant';
import { DAY_MS, wallClockAt, wallDayOf } from '../calendar/wall-clock';

const HOUR_MS = 3_600_000;

/** One column of a day × hour grid: a real hour starting at a local hour, in one zone. */
export interface HourSlot extends Interval {
  /** The local date the slot belongs to, `YYYY-MM-DD`. */
  readonly date: string;
  /** The local time at its start, `HH:mm`: a fall-back day shows the repeated hour twice. */
  readonly time: string;
  /** The zone's UTC offset at its start, `+01:00`, which tells the two repeated hours apart. */
  readonly offset: string;
}

/**
 * The hours of [from, to) as a lead reads them in `zone`: every local day from its midnight to
 * the next, cut into real hours. A spring-forward day has 23 of them (the skipped hour is not
 * there), a fall-back day 25 (the repeated hour twice, with its two offsets); a day whose change
 * is not a whole hour ends on a shorter slot. `from` should be a local midnight.
 *
 * @example localHourSlots(IANAZone.create('Europe/Berlin'), Date.parse('2027-03-28T00:00+01:00'),
 *   Date.parse('2027-03-29T00:00+02:00')).length // 23
 */
export function localHourSlots(zone: Zone, from: number, to: number): HourSlot[] {
  const slots: HourSlot[] = [];
  let dayStart = from;
  while (dayStart < to) {
    const nextMidnight = localToInstant(zone, wallDayOf(wallClockAt(zone, dayStart)) + DAY_MS);
    const dayEnd = Math.min(nextMidnight, to);
    const date = DateTime.fromMillis(dayStart, { zone }).toISODate()!;
    for (let start = dayStart; start < dayEnd; start += HOUR_MS) {
      const local = DateTime.fromMillis(start, { zone });
      slots.push({
        start,
        end: Math.min(start + HOUR_MS, dayEnd),
        date,
        time: local.toFormat('HH:mm'),
        offset: local.toFormat('ZZ'),
      });
    }
    dayStart = dayEnd;
  }
  return slots;
}
