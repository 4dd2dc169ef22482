import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneOffset } from '../../../../functions/core/calendar/zone-offset';
import { DAY_MS } from '../../../../functions/core/calendar/wall-clock';

/** A zone that counts how often luxon would have been asked for an offset. */
class CountingZone extends IANAZone {
  asked = 0;

  override offset(ts: number): number {
    this.asked += 1;
    return super.offset(ts);
  }
}

describe('zoneOffset', () => {
  it('gives luxon offsets, across transitions and in every kind of zone', () => {
    const zones = ['Europe/Berlin', 'America/Chicago', 'Australia/Lord_Howe', 'Asia/Kolkata'];
    for (const name of zones) {
      const zone = IANAZone.create(name);
      // Every 7 hours over two years: both transitions of each year, at several times of day.
      for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2028, 0, 1); at += 7 * 3_600_000) {
        expect(zoneOffset(zone, at)).toBe(zone.offset(at));
        expect(zoneOffset(zone, at)).toBe(zone.offset(at));
      }
    }
  });

  it('asks luxon once per zone and instant', () => {
    const berlin = new CountingZone('Europe/Berlin');
    const start = Date.UTC(2026, 2, 1);
    for (let round = 0; round < 3; round++) {
      for (let day = 0; day < 60; day++) zoneOffset(berlin, start + day * DAY_MS);
    }
    expect(berlin.asked).toBe(60);
    // Another zone with the same name is asked for itself: nothing is shared by name.
    const again = new CountingZone('Europe/Berlin');
    expect(zoneOffset(again, start)).toBe(60);
    expect(again.asked).toBe(1);
  });
});
