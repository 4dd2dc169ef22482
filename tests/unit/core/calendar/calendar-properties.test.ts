import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { compileCalendarRules } from '../../../../functions/core/calendar/calendar-rules';
import type {
  CalendarSpec,
  HolidaySpec,
  OverrideSpec,
  PeriodSpec,
  ShiftSpec,
  Weekday,
} from '../../../../functions/core/calendar/calendar-spec';
import { compileCalendar } from '../../../../functions/core/calendar/compile-calendar';
import { expandCalendar } from '../../../../functions/core/calendar/expand-calendar';
import type { Interval } from '../../../../functions/core/calendar/interval';
import { localToInstant } from '../../../../functions/core/calendar/local-to-instant';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

const MINUTE = 60_000;
const DAY = 86_400_000;
const RUNS = { numRuns: 150 };

// Zones with the odd cases: 30- and 45-minute offsets, 30-minute DST, negative DST (Dublin),
// transitions at midnight (Santiago, Havana) and southern-hemisphere DST.
const ZONES = [
  'UTC',
  'America/Chicago',
  'America/New_York',
  'America/St_Johns',
  'America/Santiago',
  'America/Havana',
  'Europe/Berlin',
  'Europe/Dublin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'Asia/Kathmandu',
];
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

// Instants cluster around the 2026 DST changes of the zones above, so gaps and repeats are hit,
// and around Thursdays 00:00Z, where the calendar's weekly expansion chunks meet.
const ANCHORS = [
  '2026-03-05T00:00Z',
  '2026-10-01T00:00Z',
  '2026-03-08T08:00Z',
  '2026-03-29T01:00Z',
  '2026-04-04T16:00Z',
  '2026-04-04T14:45Z',
  '2026-09-06T04:00Z',
  '2026-09-26T14:00Z',
  '2026-10-03T16:00Z',
  '2026-10-25T01:00Z',
  '2026-11-01T06:00Z',
  '2026-12-31T12:00Z',
].map((iso) => Date.parse(iso));

const pad = (n: number) => String(n).padStart(2, '0');
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
const localDate = fc
  .tuple(fc.constantFrom(3, 4, 9, 10, 11, 12), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2026-${pad(m)}-${pad(d)}`);
const localDateTime = fc.tuple(localDate, clock).map(([d, c]) => `${d}T${c}`);

const shift: fc.Arbitrary<ShiftSpec> = fc.record({
  days: fc.subarray(WEEKDAYS, { minLength: 1 }),
  start: clock,
  end: fc.oneof(clock, fc.constant('24:00')),
});

const holiday: fc.Arbitrary<HolidaySpec> = fc.oneof(
  { weight: 4, arbitrary: localDate.map((date) => ({ date })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(localDate, clock, fc.oneof(clock, fc.constant('24:00')))
      .filter(([, from, to]) => from < to)
      .map(([date, from, to]) => ({ date, from, to })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ country: 'US' }, { country: 'GB' }, { country: 'IS' }),
  },
);

function period(onShift?: boolean) {
  return fc
    .tuple(localDateTime, fc.integer({ min: 1, max: 5 * 24 * 4 }), fc.boolean())
    .map(([start, quarters, exact]): PeriodSpec => {
      const end = new Date(Date.parse(`${start}Z`) + quarters * 15 * MINUTE)
        .toISOString()
        .slice(0, 16);
      return exact ? { start: `${start}Z`, end: `${end}+00:00` } : { start, end };
    })
    .map((p) => (onShift === undefined ? p : { ...p, onShift }));
}

const spec: fc.Arbitrary<CalendarSpec> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  shifts: fc.array(shift, { maxLength: 3 }),
  holidays: fc.array(holiday, { maxLength: 3 }),
  overrides: fc.array(
    fc.boolean().chain((on) => period(on) as fc.Arbitrary<OverrideSpec>),
    {
      maxLength: 3,
    },
  ),
  away: fc.array(period(), { maxLength: 2 }),
});

const instant = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -4 * 24 * 4, max: 4 * 24 * 4 }))
    .map(([anchor, quarters]) => anchor + quarters * 15 * MINUTE),
  fc.integer({ min: Date.parse('2026-02-20T00:00Z'), max: Date.parse('2027-01-10T00:00Z') }),
);

/**
 * The time rules of docs/calendar.md read literally at one instant, without interval lists or
 * expansion chunks.
 */
function onShiftByTheBook(calendar: CalendarSpec, at: number): boolean {
  const zone = IANAZone.create(calendar.timeZone);
  const wall = (date: string, time: string) =>
    localToInstant(
      zone,
      Date.parse(`${date}T${time === '24:00' ? '00:00' : time}Z`) + (time === '24:00' ? DAY : 0),
    );
  const local = (value: string) =>
    /Z|[+-]\d{2}:\d{2}$/.test(value)
      ? Date.parse(value)
      : localToInstant(zone, Date.parse(`${value}Z`));
  const inside = (start: number, end: number) => start <= at && at < end;
  const today = new Date(at + zone.offset(at) * MINUTE).toISOString().slice(0, 10);

  let on = false;
  for (let back = -3; back <= 1; back++) {
    const date = new Date(Date.parse(`${today}T00:00Z`) + back * DAY).toISOString().slice(0, 10);
    const weekday = WEEKDAYS[(new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7]!;
    for (const s of calendar.shifts) {
      if (!s.days.includes(weekday)) continue;
      const endDate =
        s.end > s.start
          ? date
          : new Date(Date.parse(`${date}T00:00Z`) + DAY).toISOString().slice(0, 10);
      if (inside(wall(date, s.start), wall(endDate, s.end))) on = true;
    }
  }
  for (const h of calendar.holidays ?? []) {
    if ('date' in h) {
      if (inside(wall(h.date, h.from ?? '00:00'), wall(h.date, h.to ?? '24:00'))) on = false;
    } else {
      const year = Number(today.slice(0, 4));
      for (const y of [year - 1, year, year + 1]) {
        for (const p of dateHolidaysCalendar.publicHolidays(h.country, h.subdivision, y)) {
          if (inside(wall(p.date, p.from ?? '00:00'), wall(p.date, '24:00'))) on = false;
        }
      }
    }
  }
  for (const o of calendar.overrides ?? [])
    if (inside(local(o.start), local(o.end))) on = o.onShift;
  for (const a of calendar.away ?? []) if (inside(local(a.start), local(a.end))) on = false;
  return on;
}

function containing(intervals: readonly Interval[], at: number): Interval | undefined {
  return intervals.find((i) => i.start <= at && at < i.end);
}

describe('calendar properties over random specs and instants', () => {
  it('isOnShift agrees with a literal reading of the time rules', () => {
    fc.assert(
      fc.property(spec, fc.array(instant, { minLength: 1, maxLength: 8 }), (s, ats) => {
        const calendar = compileCalendar(s, dateHolidaysCalendar);
        for (const at of ats) expect(calendar.isOnShift(at)).toBe(onShiftByTheBook(s, at));
      }),
      RUNS,
    );
  });

  it('intervals are sorted, disjoint, non-empty, merged, inside the window, and match isOnShift', () => {
    fc.assert(
      fc.property(spec, instant, fc.integer({ min: 1, max: 20 * DAY }), (s, from, length) => {
        const calendar = compileCalendar(s, dateHolidaysCalendar);
        const to = from + length;
        const intervals = calendar.intervals(from, to);
        intervals.forEach((interval, i) => {
          expect(interval.start).toBeLessThan(interval.end);
          expect(interval.start).toBeGreaterThanOrEqual(from);
          expect(interval.end).toBeLessThanOrEqual(to);
          if (i > 0) expect(interval.start).toBeGreaterThan(intervals[i - 1]!.end);
        });
        for (const { start, end } of intervals) {
          expect(calendar.isOnShift(start)).toBe(true);
          expect(calendar.isOnShift(end - 1)).toBe(true);
          if (end < to) expect(calendar.isOnShift(end)).toBe(false);
          if (start > from) expect(calendar.isOnShift(start - 1)).toBe(false);
        }
        for (let at = from; at < to; at += 37 * MINUTE + 11) {
          expect(calendar.isOnShift(at)).toBe(containing(intervals, at) !== undefined);
        }
      }),
      RUNS,
    );
  });

  it('expanding in weekly chunks gives the same intervals as one direct expansion, in any query order', () => {
    fc.assert(
      fc.property(spec, fc.array(instant, { minLength: 2, maxLength: 5 }), (s, ats) => {
        const rules = compileCalendarRules(s, dateHolidaysCalendar);
        const warmed = compileCalendar(s, dateHolidaysCalendar);
        for (const at of [...ats].reverse()) warmed.shiftEndAt(at);
        for (const at of ats) {
          const direct = expandCalendar(rules, at - 10 * DAY, at + 10 * DAY);
          expect(
            compileCalendar(s, dateHolidaysCalendar).intervals(at - 10 * DAY, at + 10 * DAY),
          ).toEqual(direct);
          expect(warmed.intervals(at - 10 * DAY, at + 10 * DAY)).toEqual(direct);
        }
      }),
      RUNS,
    );
  });

  it('shiftEndAt, remainingAt and nextStartAfter are consistent with the intervals', () => {
    const ahead = 60 * DAY;
    fc.assert(
      fc.property(spec, instant, (s, at) => {
        const calendar = compileCalendar(s, dateHolidaysCalendar);
        const around = calendar.intervals(at - 2 * DAY, at + ahead);
        const current = containing(around, at);
        const end = calendar.shiftEndAt(at);
        if (current === undefined) {
          expect(end).toBeNull();
          expect(calendar.remainingAt(at)).toBe(0);
        } else if (current.end < at + ahead) {
          expect(end).toBe(current.end);
          expect(calendar.remainingAt(at)).toBe(current.end - at);
        } else {
          expect(end).toBeGreaterThanOrEqual(at + ahead);
        }
        const next = around.find((i) => i.start > at);
        if (next) expect(calendar.nextStartAfter(at)).toBe(next.start);
        else expect(calendar.nextStartAfter(at) ?? Infinity).toBeGreaterThanOrEqual(at + ahead);
      }),
      RUNS,
    );
  });
});
