// The calendar rules read literally, instant by instant, and random calendar specs that hit their
// odd cases: shared by the calendar's property tests and the reply-by's, which count on-shift time
// minute by minute with it.
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import type {
  CalendarSpec,
  HolidaySpec,
  OverrideSpec,
  PeriodSpec,
  ShiftSpec,
  Weekday,
} from '../../../../functions/core/calendar/calendar-spec';
import { localToInstant } from '../../../../functions/core/calendar/local-to-instant';
import type { PublicHoliday } from '../../../../functions/core/holidays/holiday-calendar';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

export const MINUTE = 60_000;
export const DAY = 86_400_000;
export const RUNS = { numRuns: 150 };

// Zones with the odd cases: 30- and 45-minute offsets, 30-minute DST, negative DST (Dublin),
// transitions at midnight (Santiago, Havana) and southern-hemisphere DST.
export const ZONES = [
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
export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

// Instants cluster around the 2026 DST changes of the zones above, so gaps and repeats are hit,
// and around Thursdays 00:00Z, where the calendar's weekly expansion chunks meet.
export const ANCHORS = [
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
export const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
export const localDate = fc
  .tuple(fc.constantFrom(3, 4, 9, 10, 11, 12), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2026-${pad(m)}-${pad(d)}`);
export const localDateTime = fc.tuple(localDate, clock).map(([d, c]) => `${d}T${c}`);

export const shift: fc.Arbitrary<ShiftSpec> = fc.record({
  days: fc.subarray(WEEKDAYS, { minLength: 1 }),
  start: clock,
  end: fc.oneof(clock, fc.constant('24:00')),
});

export const holiday: fc.Arbitrary<HolidaySpec> = fc.oneof(
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

export function period(onShift?: boolean) {
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

export const spec: fc.Arbitrary<CalendarSpec> = fc.record({
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

export const instant = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -4 * 24 * 4, max: 4 * 24 * 4 }))
    .map(([anchor, quarters]) => anchor + quarters * 15 * MINUTE),
  fc.integer({ min: Date.parse('2026-02-20T00:00Z'), max: Date.parse('2027-01-10T00:00Z') }),
);

// date-holidays takes a millisecond or more per call, and a minute-by-minute reading asks for the
// same country and year thousands of times: the data is remembered, the reading stays literal.
const publicHolidayMemo = new Map<string, PublicHoliday[]>();
function publicHolidays(country: string, subdivision: string | undefined, year: number) {
  const key = `${country}/${subdivision ?? ''}/${year}`;
  let list = publicHolidayMemo.get(key);
  if (!list) {
    list = dateHolidaysCalendar.publicHolidays(country, subdivision, year);
    publicHolidayMemo.set(key, list);
  }
  return list;
}

// Each local reading (a zone and a wall-clock time) names the same instant however often it is
// read; remembering it spares the minute-by-minute readings luxon's zone lookups, nothing more.
const readings = new Map<string, number>();
function reading(zone: IANAZone, wall: number): number {
  const key = `${zone.name} ${wall}`;
  let instant = readings.get(key);
  if (instant === undefined) {
    if (readings.size > 200_000) readings.clear();
    instant = localToInstant(zone, wall);
    readings.set(key, instant);
  }
  return instant;
}

interface Window {
  readonly start: number;
  readonly end: number;
}

/**
 * The shifts and holidays the rules lay on the local dates around a UTC date, as instants: the
 * local date of any instant of that UTC day lies within a day of it, and a shift that starts
 * three days before still cannot reach it.
 */
interface DayRules {
  readonly shifts: readonly Window[];
  readonly holidays: readonly Window[];
}

const dayRules = new WeakMap<CalendarSpec, Map<string, DayRules>>();

function rulesAround(calendar: CalendarSpec, utcDate: string): DayRules {
  let byDate = dayRules.get(calendar);
  if (!byDate) {
    byDate = new Map();
    dayRules.set(calendar, byDate);
  }
  const known = byDate.get(utcDate);
  if (known) return known;
  const zone = IANAZone.create(calendar.timeZone);
  const wall = (date: string, time: string) =>
    reading(
      zone,
      Date.parse(`${date}T${time === '24:00' ? '00:00' : time}Z`) + (time === '24:00' ? DAY : 0),
    );
  const dateAt = (offsetDays: number) =>
    new Date(Date.parse(`${utcDate}T00:00Z`) + offsetDays * DAY).toISOString().slice(0, 10);
  const dates = [-4, -3, -2, -1, 0, 1, 2].map(dateAt);
  const near = new Set(dates);
  const shifts: Window[] = [];
  for (const date of dates) {
    const weekday = WEEKDAYS[(new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7]!;
    for (const s of calendar.shifts) {
      if (!s.days.includes(weekday)) continue;
      const endDate =
        s.end > s.start
          ? date
          : new Date(Date.parse(`${date}T00:00Z`) + DAY).toISOString().slice(0, 10);
      shifts.push({ start: wall(date, s.start), end: wall(endDate, s.end) });
    }
  }
  const holidays: Window[] = [];
  for (const h of calendar.holidays ?? []) {
    if ('date' in h) {
      if (near.has(h.date))
        holidays.push({
          start: wall(h.date, h.from ?? '00:00'),
          end: wall(h.date, h.to ?? '24:00'),
        });
    } else {
      const year = Number(utcDate.slice(0, 4));
      for (const y of [year - 1, year, year + 1]) {
        for (const p of publicHolidays(h.country, h.subdivision, y)) {
          if (near.has(p.date))
            holidays.push({ start: wall(p.date, p.from ?? '00:00'), end: wall(p.date, '24:00') });
        }
      }
    }
  }
  const rules = { shifts, holidays };
  byDate.set(utcDate, rules);
  return rules;
}

/**
 * The time rules read literally at one instant, without interval lists or expansion chunks:
 * on shift when a shift laid on a nearby local date holds it, unless a holiday does; then each
 * override in order; then away. (What the rules lay on a date is worked out once per date.)
 */
export function onShiftByTheBook(calendar: CalendarSpec, at: number): boolean {
  const zone = IANAZone.create(calendar.timeZone);
  const local = (value: string) =>
    /Z|[+-]\d{2}:\d{2}$/.test(value) ? Date.parse(value) : reading(zone, Date.parse(`${value}Z`));
  const inside = ({ start, end }: Window) => start <= at && at < end;
  const rules = rulesAround(calendar, new Date(at).toISOString().slice(0, 10));
  let on = rules.shifts.some(inside);
  if (rules.holidays.some(inside)) on = false;
  for (const o of calendar.overrides ?? [])
    if (inside({ start: local(o.start), end: local(o.end) })) on = o.onShift;
  for (const a of calendar.away ?? [])
    if (inside({ start: local(a.start), end: local(a.end) })) on = false;
  return on;
}
