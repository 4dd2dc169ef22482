// Shift-calendar speed on one core: compile time, the cost of the first queries (expansion and
// holiday import), steady query throughput for the router's access pattern (instants near each
// other, every team asked isOnShift / shiftEndAt / nextStartAfter) and retained memory.
// Run with `npm run bench:calendar`; numbers go into the calendar report and docs/calendar.md.
import { performance } from 'node:perf_hooks';
import type { CalendarSpec, Weekday } from '../functions/core/calendar/calendar-spec';
import { compileCalendar, type Calendar } from '../functions/core/calendar/compile-calendar';
import { dateHolidaysCalendar } from '../functions/core/holidays/date-holidays-calendar';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const EVERY_DAY: Weekday[] = [...WEEKDAYS, 'sat', 'sun'];
const AGENTS_PER_TEAM = 6;

const teams: CalendarSpec[] = [
  ['Europe/Berlin', 'DE', 'BE'],
  ['Europe/Dublin', 'IE', undefined],
  ['America/New_York', 'US', undefined],
  ['America/Chicago', 'US', undefined],
  ['America/Los_Angeles', 'US', undefined],
  ['Australia/Sydney', 'AU', 'NSW'],
  ['Asia/Kolkata', 'IN', undefined],
  ['Asia/Tokyo', 'JP', undefined],
].map(([timeZone, country, subdivision]) => ({
  timeZone: timeZone!,
  shifts: [
    { days: WEEKDAYS, start: '08:00', end: '17:00' },
    { days: WEEKDAYS, start: '17:00', end: '22:00' },
    { days: ['sat'], start: '22:00', end: '06:00' },
    { days: ['sun'], start: '10:00', end: '16:00' },
  ],
  holidays: [
    { country: country!, ...(subdivision ? { subdivision } : {}) },
    { date: '2026-12-24', from: '13:00' },
    { date: '2026-12-31', from: '15:00' },
  ],
  overrides: [
    { start: '2026-12-31T18:00', end: '2027-01-01T10:00', onShift: false },
    { start: '2026-12-27T09:00', end: '2026-12-27T13:00', onShift: true },
  ],
}));
teams.push({
  ...teams[0]!,
  timeZone: 'UTC',
  shifts: [{ days: EVERY_DAY, start: '00:00', end: '00:00' }],
});

const agents: CalendarSpec[] = teams.flatMap((team) =>
  Array.from({ length: AGENTS_PER_TEAM }, (_, i) => ({
    ...team,
    away: [{ start: `2027-01-${String(4 + i).padStart(2, '0')}T00:00`, end: '2027-01-12T00:00' }],
  })),
);

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

// Tickets every 30 seconds over three weeks around Christmas and New Year.
const start = Date.parse('2026-12-14T00:00:00Z');
const instants = Float64Array.from({ length: 1 << 16 }, (_, i) => start + i * 30_000);

function firstQueries(calendars: readonly Calendar[]): number {
  const began = performance.now();
  for (const calendar of calendars) {
    calendar.isOnShift(start);
    calendar.shiftEndAt(start);
    calendar.nextStartAfter(start);
  }
  return performance.now() - began;
}

// The first set pays for loading the holiday data set, which every later calendar shares.
const coldFirstQueryMs = firstQueries(
  teams.map((spec) => compileCalendar(spec, dateHolidaysCalendar)),
);

const heapBefore = heapMb();
const compileStart = performance.now();
const teamCalendars = teams.map((spec) => compileCalendar(spec, dateHolidaysCalendar));
const agentCalendars = agents.map((spec) => compileCalendar(spec, dateHolidaysCalendar));
const compileMs = performance.now() - compileStart;
const firstQueryMs = firstQueries([...teamCalendars, ...agentCalendars]);

let sink = 0;
function measure(
  label: string,
  calendars: readonly Calendar[],
  queriesPerCall: number,
  run: (calendar: Calendar, at: number) => number,
) {
  for (const at of instants) for (const calendar of calendars) sink += run(calendar, at);
  let queries = 0;
  const began = performance.now();
  const deadline = began + 2_000;
  while (performance.now() < deadline) {
    for (const at of instants) for (const calendar of calendars) sink += run(calendar, at);
    queries += instants.length * calendars.length * queriesPerCall;
  }
  const perSecond = queries / ((performance.now() - began) / 1000);
  console.log(
    `${label.padEnd(60)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} queries/s`,
  );
}

console.log(
  `first queries of ${teams.length} calendars, loading holiday data: ${coldFirstQueryMs.toFixed(1)} ms`,
);
console.log(
  `${teams.length} team + ${agents.length} agent calendars: compile ${compileMs.toFixed(2)} ms, ` +
    `first queries (expansion, look-ahead) ${firstQueryMs.toFixed(1)} ms`,
);
measure('isOnShift, 9 teams', teamCalendars, 1, (c, at) => (c.isOnShift(at) ? 1 : 0));
measure('shiftEndAt, 9 teams', teamCalendars, 1, (c, at) => c.shiftEndAt(at) ?? 0);
measure('nextStartAfter, 9 teams', teamCalendars, 1, (c, at) => c.nextStartAfter(at) ?? 0);
measure(
  'all three, 9 teams + 54 agents',
  [...teamCalendars, ...agentCalendars],
  3,
  (c, at) => (c.isOnShift(at) ? 1 : 0) + (c.shiftEndAt(at) ?? 0) + (c.nextStartAfter(at) ?? 0),
);
const retainedMb = heapMb() - heapBefore;
console.log(
  `heap retained by ${teamCalendars.length + agentCalendars.length} calendars after three weeks of ` +
    `queries: ${retainedMb.toFixed(2)} MB${globalThis.gc ? '' : ' (run with --expose-gc for a steady figure)'}`,
);
console.log(`checksum ${sink % 1000}`);
