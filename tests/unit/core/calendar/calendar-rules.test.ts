import { describe, expect, it } from 'vitest';
import type { CalendarSpec, Weekday } from '../../../../functions/core/calendar/calendar-spec';
import { compileCalendar } from '../../../../functions/core/calendar/compile-calendar';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

// Every expected instant below was worked out by hand from the zone's offsets; the comment on
// each row gives the local reading. `[start, end]` pairs are half-open on-shift intervals.

const EVERY_DAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

interface Case {
  name: string;
  spec: CalendarSpec;
  from: string;
  to: string;
  expected: [string, string][];
}

const cases: Case[] = [
  {
    name: 'Chicago night shift on the short spring-forward night is 7 real hours',
    spec: {
      timeZone: 'America/Chicago',
      shifts: [{ days: EVERY_DAY, start: '22:00', end: '06:00' }],
    },
    from: '2026-03-07T18:00Z',
    to: '2026-03-09T12:00Z',
    expected: [
      ['2026-03-08T04:00Z', '2026-03-08T11:00Z'], // Sat 22:00 CST → Sun 06:00 CDT
      ['2026-03-09T03:00Z', '2026-03-09T11:00Z'], // Sun 22:00 CDT → Mon 06:00 CDT
    ],
  },
  {
    name: 'Chicago night shift on the long fall-back night is 9 real hours',
    spec: {
      timeZone: 'America/Chicago',
      shifts: [{ days: EVERY_DAY, start: '22:00', end: '06:00' }],
    },
    from: '2026-10-31T18:00Z',
    to: '2026-11-02T12:00Z',
    expected: [
      ['2026-11-01T03:00Z', '2026-11-01T12:00Z'], // Sat 22:00 CDT → Sun 06:00 CST
      ['2026-11-02T04:00Z', '2026-11-02T12:00Z'], // Sun 22:00 CST → Mon 06:00 CST
    ],
  },
  {
    name: 'Chicago shift ending inside the spring-forward gap ends at the gap reading',
    spec: {
      timeZone: 'America/Chicago',
      shifts: [{ days: ['sat'], start: '20:00', end: '02:30' }],
    },
    from: '2026-03-07T00:00Z',
    to: '2026-03-09T00:00Z',
    expected: [['2026-03-08T02:00Z', '2026-03-08T08:30Z']], // Sat 20:00 CST → Sun 02:30 ≡ 03:30 CDT
  },
  {
    name: 'Chicago shift starting inside the spring-forward gap',
    spec: {
      timeZone: 'America/Chicago',
      shifts: [{ days: ['sun'], start: '02:30', end: '05:00' }],
    },
    from: '2026-03-08T00:00Z',
    to: '2026-03-09T00:00Z',
    expected: [['2026-03-08T08:30Z', '2026-03-08T10:00Z']], // 02:30 ≡ 03:30 CDT → 05:00 CDT
  },
  {
    name: 'Chicago shifts inside the gap: both ends move (02:15–02:45), or it vanishes (02:30–03:00)',
    spec: {
      timeZone: 'America/Chicago',
      shifts: [
        { days: ['sun'], start: '02:15', end: '02:45' },
        { days: ['sun'], start: '02:30', end: '03:00' },
      ],
    },
    from: '2026-03-08T00:00Z',
    to: '2026-03-09T00:00Z',
    expected: [['2026-03-08T08:15Z', '2026-03-08T08:45Z']], // 03:15–03:45 CDT; 03:30–03:00 is empty
  },
  {
    name: 'Chicago shift ending inside the fall-back repetition ends at its first occurrence',
    spec: {
      timeZone: 'America/Chicago',
      shifts: [{ days: ['sat'], start: '20:00', end: '01:30' }],
    },
    from: '2026-10-31T00:00Z',
    to: '2026-11-02T00:00Z',
    expected: [['2026-11-01T01:00Z', '2026-11-01T06:30Z']], // Sat 20:00 CDT → Sun 01:30 CDT
  },
  {
    name: 'Chicago shift starting inside the fall-back repetition starts at its first occurrence',
    spec: {
      timeZone: 'America/Chicago',
      shifts: [{ days: ['sun'], start: '01:30', end: '05:00' }],
    },
    from: '2026-11-01T00:00Z',
    to: '2026-11-02T00:00Z',
    expected: [['2026-11-01T06:30Z', '2026-11-01T11:00Z']], // 01:30 CDT → 05:00 CST
  },
  {
    name: 'New York day shifts either side of the spring change; 24-hour Sunday is 23 real hours',
    spec: {
      timeZone: 'America/New_York',
      shifts: [
        { days: ['fri', 'mon'], start: '09:00', end: '17:00' },
        { days: ['sun'], start: '00:00', end: '00:00' },
      ],
    },
    from: '2026-03-06T00:00Z',
    to: '2026-03-10T00:00Z',
    expected: [
      ['2026-03-06T14:00Z', '2026-03-06T22:00Z'], // Fri 09:00–17:00 EST
      ['2026-03-08T05:00Z', '2026-03-09T04:00Z'], // Sun 00:00 EST → Mon 00:00 EDT
      ['2026-03-09T13:00Z', '2026-03-09T21:00Z'], // Mon 09:00–17:00 EDT
    ],
  },
  {
    name: 'New York 24-hour Sunday on the fall-back day is 25 real hours',
    spec: {
      timeZone: 'America/New_York',
      shifts: [{ days: ['sun'], start: '00:00', end: '00:00' }],
    },
    from: '2026-10-31T00:00Z',
    to: '2026-11-03T00:00Z',
    expected: [['2026-11-01T04:00Z', '2026-11-02T05:00Z']], // Sun 00:00 EDT → Mon 00:00 EST
  },
  {
    name: 'New York 24-hour shift from 09:00 spans the change: local start to same local time',
    spec: {
      timeZone: 'America/New_York',
      shifts: [{ days: ['sat'], start: '09:00', end: '09:00' }],
    },
    from: '2026-03-07T00:00Z',
    to: '2026-03-09T00:00Z',
    expected: [['2026-03-07T14:00Z', '2026-03-08T13:00Z']], // Sat 09:00 EST → Sun 09:00 EDT
  },
  {
    name: 'Berlin Saturday night shifts over both EU changes',
    spec: { timeZone: 'Europe/Berlin', shifts: [{ days: ['sat'], start: '22:00', end: '06:00' }] },
    from: '2026-03-28T00:00Z',
    to: '2026-10-26T00:00Z',
    expected: [
      ['2026-03-28T21:00Z', '2026-03-29T04:00Z'], // Sat 22:00 CET → Sun 06:00 CEST (7 h)
      ...weekly('2026-04-04T20:00Z', '2026-04-05T04:00Z', 29), // CEST all summer (8 h)
      ['2026-10-24T20:00Z', '2026-10-25T05:00Z'], // Sat 22:00 CEST → Sun 06:00 CET (9 h)
    ],
  },
  {
    name: 'Berlin Saturday 22:00–24:00 and Sunday 00:00–06:00 merge into one interval',
    spec: {
      timeZone: 'Europe/Berlin',
      shifts: [
        { days: ['sat'], start: '22:00', end: '24:00' },
        { days: ['sun'], start: '00:00', end: '06:00' },
      ],
    },
    from: '2026-01-10T00:00Z',
    to: '2026-01-12T00:00Z',
    expected: [['2026-01-10T21:00Z', '2026-01-11T05:00Z']], // Sat 22:00 → Sun 06:00 CET
  },
  {
    name: '"24:00" ends the shift at the midnight closing its day',
    spec: { timeZone: 'Europe/Berlin', shifts: [{ days: ['fri'], start: '18:00', end: '24:00' }] },
    from: '2026-07-10T00:00Z',
    to: '2026-07-12T00:00Z',
    expected: [['2026-07-10T16:00Z', '2026-07-10T22:00Z']], // Fri 18:00 → Sat 00:00 CEST
  },
  {
    name: 'Sydney early shift on the April fall-back (4 real hours) and October spring-forward (2)',
    spec: {
      timeZone: 'Australia/Sydney',
      shifts: [{ days: ['sun'], start: '01:00', end: '04:00' }],
    },
    from: '2026-04-04T00:00Z',
    to: '2026-10-05T00:00Z',
    expected: [
      ['2026-04-04T14:00Z', '2026-04-04T18:00Z'], // Sun 01:00 AEDT → 04:00 AEST
      ...weekly('2026-04-11T15:00Z', '2026-04-11T18:00Z', 25), // AEST, 3 h
      ['2026-10-03T15:00Z', '2026-10-03T17:00Z'], // Sun 01:00 AEST → 04:00 AEDT
    ],
  },
  {
    name: 'Dublin (negative DST in tzdb) reads summer as IST +01:00, both changes',
    spec: {
      timeZone: 'Europe/Dublin',
      shifts: [{ days: ['sun', 'wed'], start: '01:30', end: '09:00' }],
    },
    from: '2026-03-29T00:00Z',
    to: '2026-04-02T00:00Z',
    expected: [
      ['2026-03-29T01:30Z', '2026-03-29T08:00Z'], // 01:30 in the gap ≡ 02:30 IST → 09:00 IST
      ['2026-04-01T00:30Z', '2026-04-01T08:00Z'], // Wed 01:30–09:00 IST
    ],
  },
  {
    name: 'Dublin fall-back: a shift from 01:30 starts at the first (IST) 01:30',
    spec: { timeZone: 'Europe/Dublin', shifts: [{ days: ['sun'], start: '01:30', end: '09:00' }] },
    from: '2026-10-25T00:00Z',
    to: '2026-10-26T00:00Z',
    expected: [['2026-10-25T00:30Z', '2026-10-25T09:00Z']], // 01:30 IST → 09:00 GMT
  },
  {
    name: 'Kolkata +05:30 office hours',
    spec: { timeZone: 'Asia/Kolkata', shifts: [{ days: WEEKDAYS, start: '09:00', end: '18:00' }] },
    from: '2026-07-06T00:00Z',
    to: '2026-07-07T00:00Z',
    expected: [['2026-07-06T03:30Z', '2026-07-06T12:30Z']], // Mon 09:00–18:00 IST
  },
  {
    name: 'Kathmandu +05:45 office hours',
    spec: {
      timeZone: 'Asia/Kathmandu',
      shifts: [{ days: WEEKDAYS, start: '10:00', end: '17:00' }],
    },
    from: '2026-07-06T00:00Z',
    to: '2026-07-07T00:00Z',
    expected: [['2026-07-06T04:15Z', '2026-07-06T11:15Z']], // Mon 10:00–17:00 NPT
  },
  {
    name: 'Lord Howe 30-minute DST: night shifts of 8.5 h (April) and 7.5 h (October)',
    spec: {
      timeZone: 'Australia/Lord_Howe',
      shifts: [{ days: ['sat'], start: '22:00', end: '06:00' }],
    },
    from: '2026-04-04T00:00Z',
    to: '2026-04-05T00:00Z',
    expected: [['2026-04-04T11:00Z', '2026-04-04T19:30Z']], // Sat 22:00 +11 → Sun 06:00 +10:30
  },
  {
    name: 'Lord Howe October night',
    spec: {
      timeZone: 'Australia/Lord_Howe',
      shifts: [{ days: ['sat'], start: '22:00', end: '06:00' }],
    },
    from: '2026-10-03T00:00Z',
    to: '2026-10-04T00:00Z',
    expected: [['2026-10-03T11:30Z', '2026-10-03T19:00Z']], // Sat 22:00 +10:30 → Sun 06:00 +11
  },
  {
    name: 'Chatham +12:45/+13:45: the spring-forward Sunday is 23 hours, fall-back 25',
    spec: {
      timeZone: 'Pacific/Chatham',
      shifts: [{ days: ['sun'], start: '00:00', end: '24:00' }],
    },
    from: '2026-04-01T00:00Z',
    to: '2026-09-28T00:00Z',
    expected: [
      ['2026-04-04T10:15Z', '2026-04-05T11:15Z'], // Sun 00:00 +13:45 → Mon 00:00 +12:45
      ...weekly('2026-04-11T11:15Z', '2026-04-12T11:15Z', 24),
      ['2026-09-26T11:15Z', '2026-09-27T10:15Z'], // Sun 00:00 +12:45 → Mon 00:00 +13:45
    ],
  },
  {
    name: 'a night shift running into a holiday stops at the holiday start',
    spec: {
      timeZone: 'Europe/Berlin',
      shifts: [{ days: ['thu'], start: '22:00', end: '06:00' }],
      holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
    },
    from: '2026-12-24T00:00Z',
    to: '2026-12-26T00:00Z',
    expected: [['2026-12-24T21:00Z', '2026-12-24T23:00Z']], // Thu 22:00 → Fri 00:00 CET
  },
  {
    name: 'partial-day holidays: from 13:00, and 10:00–12:00',
    spec: {
      timeZone: 'Europe/Berlin',
      shifts: [{ days: WEEKDAYS, start: '08:00', end: '17:00' }],
      holidays: [
        { date: '2026-12-24', from: '13:00' },
        { date: '2026-12-23', from: '10:00', to: '12:00' },
      ],
    },
    from: '2026-12-23T00:00Z',
    to: '2026-12-25T00:00Z',
    expected: [
      ['2026-12-23T07:00Z', '2026-12-23T09:00Z'], // Wed 08:00–10:00 CET
      ['2026-12-23T11:00Z', '2026-12-23T16:00Z'], // Wed 12:00–17:00
      ['2026-12-24T07:00Z', '2026-12-24T12:00Z'], // Thu 08:00–13:00
    ],
  },
  {
    name: 'US holidays imported by a Los Angeles team are Los Angeles dates (3 and 4 July)',
    spec: {
      timeZone: 'America/Los_Angeles',
      shifts: [{ days: EVERY_DAY, start: '00:00', end: '00:00' }],
      holidays: [{ country: 'US' }],
    },
    from: '2026-07-02T00:00Z',
    to: '2026-07-06T00:00Z',
    expected: [
      ['2026-07-02T00:00Z', '2026-07-03T07:00Z'], // → Fri 3 Jul 00:00 PDT
      ['2026-07-05T07:00Z', '2026-07-06T00:00Z'], // Sun 5 Jul 00:00 PDT →
    ],
  },
  {
    name: 'GB holidays imported by a Kolkata team are Kolkata dates (25, 26 and 28 Dec)',
    spec: {
      timeZone: 'Asia/Kolkata',
      shifts: [{ days: EVERY_DAY, start: '00:00', end: '24:00' }],
      holidays: [{ country: 'GB' }],
    },
    from: '2026-12-24T00:00Z',
    to: '2026-12-29T00:00Z',
    expected: [
      ['2026-12-24T00:00Z', '2026-12-24T18:30Z'], // → Fri 25 Dec 00:00 IST
      ['2026-12-26T18:30Z', '2026-12-27T18:30Z'], // Sun 27 Dec, the one working day
      ['2026-12-28T18:30Z', '2026-12-29T00:00Z'], // Tue 29 Dec 00:00 IST →
    ],
  },
  {
    name: 'an imported holiday with a start time is partial-day (Iceland, Christmas Eve from 13:00)',
    spec: {
      timeZone: 'America/New_York',
      shifts: [{ days: ['thu'], start: '09:00', end: '17:00' }],
      holidays: [{ country: 'IS' }],
    },
    from: '2026-12-24T00:00Z',
    to: '2026-12-25T00:00Z',
    expected: [['2026-12-24T14:00Z', '2026-12-24T18:00Z']], // Thu 09:00–13:00 EST
  },
  {
    name: 'overrides in order: on, then a later off inside it wins',
    spec: {
      timeZone: 'Europe/Berlin',
      shifts: [{ days: WEEKDAYS, start: '08:00', end: '17:00' }],
      overrides: [
        { start: '2026-12-21T12:00', end: '2026-12-21T20:00', onShift: true },
        { start: '2026-12-21T15:00', end: '2026-12-21T18:00', onShift: false },
      ],
    },
    from: '2026-12-21T00:00Z',
    to: '2026-12-22T00:00Z',
    expected: [
      ['2026-12-21T07:00Z', '2026-12-21T14:00Z'], // Mon 08:00–15:00 CET
      ['2026-12-21T17:00Z', '2026-12-21T19:00Z'], // 18:00–20:00 from the first override
    ],
  },
  {
    name: 'overrides in order: off, then a later on inside it wins',
    spec: {
      timeZone: 'Europe/Berlin',
      shifts: [{ days: WEEKDAYS, start: '08:00', end: '17:00' }],
      overrides: [
        { start: '2026-12-21T00:00', end: '2026-12-22T00:00', onShift: false },
        { start: '2026-12-21T10:00', end: '2026-12-21T11:00', onShift: true },
      ],
    },
    from: '2026-12-21T00:00Z',
    to: '2026-12-22T00:00Z',
    expected: [['2026-12-21T09:00Z', '2026-12-21T10:00Z']], // Mon 10:00–11:00 CET
  },
  {
    name: 'an on-shift override applies on a holiday; an offset override is that exact instant',
    spec: {
      timeZone: 'Europe/Berlin',
      shifts: [{ days: WEEKDAYS, start: '08:00', end: '17:00' }],
      holidays: [{ date: '2026-12-25' }],
      overrides: [
        { start: '2026-12-25T10:00', end: '2026-12-25T14:00', onShift: true },
        { start: '2026-12-25T11:00:00Z', end: '2026-12-25T13:30:00+01:00', onShift: false },
      ],
    },
    from: '2026-12-25T00:00Z',
    to: '2026-12-26T00:00Z',
    expected: [
      ['2026-12-25T09:00Z', '2026-12-25T11:00Z'], // Fri 10:00–12:00 CET
      ['2026-12-25T12:30Z', '2026-12-25T13:00Z'], // 13:30–14:00 CET
    ],
  },
  {
    name: 'away is removed after everything else, even an on-shift override',
    spec: {
      timeZone: 'Europe/Berlin',
      shifts: [{ days: WEEKDAYS, start: '08:00', end: '17:00' }],
      overrides: [{ start: '2027-01-09T09:00', end: '2027-01-09T12:00', onShift: true }],
      away: [{ start: '2027-01-04T00:00', end: '2027-01-09T10:00' }],
    },
    from: '2027-01-04T00:00Z',
    to: '2027-01-12T00:00Z',
    expected: [
      ['2027-01-09T09:00Z', '2027-01-09T11:00Z'], // Sat 10:00–12:00 CET (override, after away)
      ['2027-01-11T07:00Z', '2027-01-11T16:00Z'], // Mon 08:00–17:00
    ],
  },
];

/** `count` copies of an interval, a week apart (no DST change in between). */
function weekly(start: string, end: string, count: number): [string, string][] {
  const week = 7 * 86_400_000;
  return Array.from({ length: count }, (_, i) => [
    new Date(Date.parse(start) + i * week).toISOString(),
    new Date(Date.parse(end) + i * week).toISOString(),
  ]);
}

describe('calendar rules (docs/calendar.md), hand-checked instants', () => {
  it.each(cases)('$name', ({ spec, from, to, expected }) => {
    const calendar = compileCalendar(spec, dateHolidaysCalendar);
    const actual = calendar.intervals(Date.parse(from), Date.parse(to));
    expect(actual).toEqual(
      expected.map(([s, e]) => ({ start: Date.parse(s), end: Date.parse(e) })),
    );
    for (const { start, end } of actual) {
      expect(calendar.isOnShift(start)).toBe(true);
      expect(calendar.isOnShift(end - 1)).toBe(true);
    }
  });
});
