import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localToInstant } from '../../../../functions/core/calendar/local-to-instant';

// Each row: zone, local wall-clock reading, the instant RFC 5545 §3.3.5 assigns, and why.
// The wall reading is written with a Z only because that is how wall-clock readings are encoded.
const cases: [zone: string, local: string, instant: string, reading: string][] = [
  [
    'America/Chicago',
    '2026-03-08T01:59',
    '2026-03-08T07:59Z',
    '01:59 CST, last minute before the gap',
  ],
  ['America/Chicago', '2026-03-08T02:00', '2026-03-08T08:00Z', 'gap start: CST offset → 03:00 CDT'],
  [
    'America/Chicago',
    '2026-03-08T02:30',
    '2026-03-08T08:30Z',
    'in the gap: CST offset → 03:30 CDT',
  ],
  ['America/Chicago', '2026-03-08T03:00', '2026-03-08T08:00Z', '03:00 CDT, first minute after'],
  ['America/Chicago', '2026-11-01T00:59', '2026-11-01T05:59Z', '00:59 CDT'],
  ['America/Chicago', '2026-11-01T01:00', '2026-11-01T06:00Z', 'repeated: first is CDT'],
  [
    'America/Chicago',
    '2026-11-01T01:30',
    '2026-11-01T06:30Z',
    'repeated: first is CDT, not 07:30Z',
  ],
  ['America/Chicago', '2026-11-01T02:00', '2026-11-01T08:00Z', '02:00 CST, once only'],
  ['America/New_York', '2026-03-08T02:15', '2026-03-08T07:15Z', 'gap: EST offset → 03:15 EDT'],
  ['America/New_York', '2026-11-01T01:15', '2026-11-01T05:15Z', 'repeated: first is EDT'],
  ['Europe/Berlin', '2026-03-29T02:30', '2026-03-29T01:30Z', 'gap: CET offset → 03:30 CEST'],
  ['Europe/Berlin', '2026-10-25T02:30', '2026-10-25T00:30Z', 'repeated: first is CEST'],
  ['Europe/Berlin', '2026-10-25T03:00', '2026-10-25T02:00Z', '03:00 CET'],
  ['Europe/Dublin', '2026-01-15T12:00', '2026-01-15T12:00Z', 'winter: GMT'],
  ['Europe/Dublin', '2026-07-01T12:00', '2026-07-01T11:00Z', 'summer: IST +01:00'],
  ['Europe/Dublin', '2026-03-29T01:30', '2026-03-29T01:30Z', 'gap 01:00→02:00: GMT → 02:30 IST'],
  ['Europe/Dublin', '2026-10-25T01:30', '2026-10-25T00:30Z', 'repeated: first is IST'],
  ['Australia/Sydney', '2026-04-05T02:30', '2026-04-04T15:30Z', 'repeated: first is AEDT +11'],
  ['Australia/Sydney', '2026-04-05T03:00', '2026-04-04T17:00Z', '03:00 AEST +10'],
  ['Australia/Sydney', '2026-10-04T02:30', '2026-10-03T16:30Z', 'gap: AEST → 03:30 AEDT'],
  ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45Z', 'repeated: first is +11'],
  ['Australia/Lord_Howe', '2026-04-05T02:00', '2026-04-04T15:30Z', '02:00 +10:30'],
  ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45Z', 'gap: +10:30 → 02:45 +11'],
  ['Pacific/Chatham', '2026-09-27T03:00', '2026-09-26T14:15Z', 'gap: +12:45 → 04:00 +13:45'],
  ['Pacific/Chatham', '2026-04-05T03:00', '2026-04-04T13:15Z', 'repeated: first is +13:45'],
  ['Pacific/Chatham', '2026-04-05T04:00', '2026-04-04T15:15Z', '04:00 +12:45'],
  ['Asia/Kolkata', '2026-07-03T00:00', '2026-07-02T18:30Z', '+05:30'],
  ['Asia/Kathmandu', '2026-01-01T09:00', '2026-01-01T03:15Z', '+05:45'],
];

describe('localToInstant (RFC 5545 §3.3.5)', () => {
  it.each(cases)('%s %s → %s (%s)', (zone, local, instant) => {
    expect(localToInstant(IANAZone.create(zone), Date.parse(`${local}Z`))).toBe(
      Date.parse(instant),
    );
  });
});
