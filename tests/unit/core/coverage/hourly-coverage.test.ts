import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { coverageJson } from '../../../../functions/core/coverage/coverage-json';
import { coverageReport } from '../../../../functions/core/coverage/coverage-report';
import { hourlyCoverage } from '../../../../functions/core/coverage/hourly-coverage';
import { hourlyCoverageJson } from '../../../../functions/core/coverage/hourly-coverage-json';
import { localHourSlots } from '../../../../functions/core/coverage/hour-slots';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { documentWith, EXAMPLE_YAML, team } from '../config/config-fixtures';

const BERLIN = IANAZone.create('Europe/Berlin');

function demo() {
  const parsed = parseConfig(EXAMPLE_YAML, { holidays: dateHolidaysCalendar });
  if (!parsed.ok) throw new Error('the example configuration does not validate');
  return compileConfig(parsed.config, dateHolidaysCalendar);
}

function compiled(document: Record<string, unknown>) {
  const valid = validateConfig(document, dateHolidaysCalendar);
  if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
  return compileConfig(valid.config, dateHolidaysCalendar);
}

/** Seven days from a local date, as JSON, so tests read it the way the console does. */
function week(config: ReturnType<typeof demo>, date: string, zone = BERLIN) {
  const from = DateTime.fromISO(date, { zone });
  return hourlyCoverageJson(
    hourlyCoverage(config, zone, from.toMillis(), from.plus({ days: 7 }).toMillis()),
  );
}

/** The slot index of a local date and time. */
function slotOf(json: ReturnType<typeof week>, date: string, time: string): number {
  const index = json.slots.findIndex((slot) => slot.date === date && slot.time === time);
  if (index < 0) throw new Error(`no slot ${date} ${time}`);
  return index;
}

/** The week's rows have the CLI report's gaps, and each cell's uncovered minutes are theirs. */
function expectSameTruth(json: ReturnType<typeof week>, date: string) {
  const from = DateTime.fromISO(date, { zone: BERLIN }).toMillis();
  const to = DateTime.fromISO(date, { zone: BERLIN }).plus({ days: 7 }).toMillis();
  const report = coverageJson(coverageReport(demo(), from, to));
  expect(json.rows.map((row) => row.key)).toEqual([
    ...Object.keys(report.gaps.byRegion),
    ...Object.keys(report.gaps.byLanguage),
  ]);
  for (const row of json.rows) {
    const expected =
      row.kind === 'region' ? report.gaps.byRegion[row.key] : report.gaps.byLanguage[row.key];
    expect(row.gaps, row.key).toEqual(expected);
    json.slots.forEach((slot, s) => {
      const start = Date.parse(slot.start);
      const end = Date.parse(slot.end);
      const uncovered = row.gaps.reduce(
        (sum, gap) =>
          sum +
          Math.max(0, Math.min(end, Date.parse(gap.end)) - Math.max(start, Date.parse(gap.start))),
        0,
      );
      expect(row.minutes[s], `${row.key} ${slot.date} ${slot.time}${slot.offset}`).toBe(
        slot.minutes - uncovered / 60_000,
      );
    });
  }
}

describe('local hour slots', () => {
  it('has 23 hours on a spring-forward day and 25 on a fall-back day, telling the repeated hour by offset', () => {
    const spring = localHourSlots(
      BERLIN,
      Date.parse('2027-03-28T00:00:00+01:00'),
      Date.parse('2027-03-29T00:00:00+02:00'),
    );
    expect(spring.map((slot) => slot.time).slice(0, 4)).toEqual([
      '00:00',
      '01:00',
      '03:00',
      '04:00',
    ]);
    expect(spring).toHaveLength(23);
    const autumn = localHourSlots(
      BERLIN,
      Date.parse('2027-10-31T00:00:00+02:00'),
      Date.parse('2027-11-01T00:00:00+01:00'),
    );
    expect(autumn).toHaveLength(25);
    expect(autumn.slice(1, 5).map((slot) => `${slot.time}${slot.offset}`)).toEqual([
      '01:00+02:00',
      '02:00+02:00',
      '02:00+01:00',
      '03:00+01:00',
    ]);
  });

  it('ends a day on a half hour where the clocks move by half an hour (Lord Howe)', () => {
    const zone = IANAZone.create('Australia/Lord_Howe');
    const slots = localHourSlots(
      zone,
      Date.parse('2027-04-04T00:00:00+11:00'),
      Date.parse('2027-04-05T00:00:00+10:30'),
    );
    expect(slots.reduce((sum, slot) => sum + (slot.end - slot.start), 0)).toBe(24.5 * 3_600_000);
    expect((slots.at(-1)!.end - slots.at(-1)!.start) / 60_000).toBe(30);
  });
});

describe('hourly coverage of the demo company', () => {
  const json = week(demo(), '2026-12-21');

  it('has the days of the week, the regions and then every language as rows', () => {
    expect(json.days.map((day) => `${day.weekday} ${day.hours}`)).toEqual([
      'mon 24',
      'tue 24',
      'wed 24',
      'thu 24',
      'fri 24',
      'sat 24',
      'sun 24',
    ]);
    expect(json.rows.map((row) => row.key)).toEqual([
      'NA',
      'EU',
      'APAC',
      ...'de en es fr hi it ja ko nl pt zh'.split(' '),
    ]);
    expect(json.from).toBe('2026-12-21T00:00:00.000+01:00');
  });

  const off = (index: number | null | undefined) =>
    index === null || index === undefined ? null : json.offs[index]!;

  it('names the holiday that takes a shift away, and says when a team simply has no shift', () => {
    const berlin = json.teams.find((t) => t.id === 'emea-berlin')!;
    expect(berlin.off[slotOf(json, '2026-12-24', '12:00')]).toBeNull();
    expect(off(berlin.off[slotOf(json, '2026-12-24', '13:00')])).toEqual({
      onShift: false,
      cause: {
        kind: 'holiday',
        name: 'Christmas Eve afternoon',
        until: '2026-12-24T23:00:00.000Z',
      },
      nextStart: '2026-12-28T07:00:00.000Z',
    });
    expect(off(berlin.off[slotOf(json, '2026-12-25', '10:00')])?.cause.kind).toBe('holiday');
    expect(off(berlin.off[slotOf(json, '2026-12-22', '03:00')])?.cause).toEqual({
      kind: 'no-shift',
    });
    const newYork = json.teams.find((t) => t.id === 'na-east')!;
    // 08:00–20:00 in New York is 14:00–02:00 in Berlin; Christmas Day is a US holiday.
    expect(off(newYork.off[slotOf(json, '2026-12-25', '15:00')])?.cause).toMatchObject({
      kind: 'holiday',
      name: 'Christmas Day',
    });
  });

  it('marks hours an onShift override adds, and counts them in the team’s region', () => {
    const newYork = json.teams.find((t) => t.id === 'na-east')!;
    // The Saturday after Christmas, 09:00–17:00 in New York: 15:00–23:00 in Berlin.
    const extra = newYork.byOverride.flatMap((on, i) => (on ? [json.slots[i]!.time] : []));
    expect(extra).toEqual(['15:00', '16:00', '17:00', '18:00', '19:00', '20:00', '21:00', '22:00']);
    const na = json.rows.find((row) => row.key === 'NA')!;
    expect(na.teamCounts[slotOf(json, '2026-12-26', '16:00')]).toBeGreaterThanOrEqual(1);
  });

  it('shows Italian uncovered while Luca, its only speaker, is away, though Berlin is on shift', () => {
    const italian = json.rows.find((row) => row.key === 'it')!;
    const tuesdayTen = slotOf(json, '2026-12-22', '10:00');
    expect(italian.minutes.every((minutes) => minutes === 0)).toBe(true);
    expect(italian.teamCounts.every((count) => count === 0)).toBe(true);
    expect(italian.agentCounts.every((count) => count === 0)).toBe(true);
    const berlin = json.teams[italian.teams[0]!.index]!;
    expect(berlin.id).toBe('emea-berlin');
    expect(berlin.onMinutes[tuesdayTen]).toBe(60);
    expect(italian.agents.map((taker) => json.agents[taker.index]!.id)).toEqual(['luca.rossi']);
    const luca = json.agents.find((agent) => agent.id === 'luca.rossi')!;
    expect(off(luca.off[tuesdayTen])?.cause).toEqual({
      kind: 'away',
      until: '2027-01-03T23:00:00.000Z',
      reason: 'Christmas in Milan',
    });
    expect(json.agents.find((a) => a.id === 'jonas.becker')!.off[tuesdayTen]).toBeNull();
    // The gap is the whole week, and known to run on from before it until after it.
    expect(italian.gaps).toEqual([
      expect.objectContaining({
        start: '2026-12-20T23:00:00.000Z',
        end: '2026-12-27T23:00:00.000Z',
        openBefore: true,
        openAfter: true,
        until: '2027-01-04T07:00:00.000Z',
      }),
    ]);
  });

  it('counts part of an hour: Bengaluru starts at 09:00 IST, 04:30 in Berlin', () => {
    const india = json.teams.find((t) => t.id === 'india')!;
    const hindi = json.rows.find((row) => row.key === 'hi')!;
    const at = (time: string) => slotOf(json, '2026-12-22', time);
    expect([india.onMinutes[at('04:00')], india.onMinutes[at('05:00')]]).toEqual([30, 60]);
    expect(hindi.teamCounts[at('04:00')]).toBe(1);
    expect(hindi.minutes[at('04:00')]).toBe(30);
    expect(off(india.off[at('04:00')])?.cause).toEqual({ kind: 'no-shift' });
  });

  it('counts each row consistently: a team counts exactly when one of its agents does', () => {
    for (const row of json.rows) {
      row.minutes.forEach((minutes, s) => {
        expect(row.teamCounts[s]! > 0).toBe(minutes > 0);
        expect(row.agentCounts[s]! > 0).toBe(minutes > 0);
      });
      for (const taker of row.teams) {
        const team = json.teams[taker.index]!;
        const agents = row.agents.filter((agent) => json.agents[agent.index]!.team === team.id);
        taker.minutes.forEach((minutes, s) => {
          expect(minutes).toBeLessThanOrEqual(team.onMinutes[s]!);
          expect(minutes > 0).toBe(agents.some((agent) => agent.minutes[s]! > 0));
        });
      }
    }
  });

  it('tells the same truth as `sunroute coverage`: the same gaps, hour by hour', () => {
    expectSameTruth(json, '2026-12-21');
  });

  it('explains the Tokyo office’s year-end closing as the override it is', () => {
    const next = week(demo(), '2026-12-28');
    const tokyo = next.teams.find((t) => t.id === 'tokyo')!;
    // 10:00 in Tokyo on Tuesday 29 December is 02:00 in Berlin.
    const closing = next.offs[tokyo.off[slotOf(next, '2026-12-29', '02:00')]!]!;
    expect(closing.cause).toEqual({ kind: 'override', until: '2027-01-03T15:00:00.000Z' });
  });
});

describe('hourly coverage across a clock change', () => {
  it('shows a team of a zone that keeps its clocks on the same hours before and after, shifted in the lead’s zone', () => {
    const config = compiled(
      documentWith({
        teams: [
          team({
            id: 'tokyo',
            timeZone: 'Asia/Tokyo',
            languages: ['ja'],
            shifts: [
              {
                days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
                start: '09:00',
                end: '10:00',
              },
            ],
          }),
        ],
        agents: [],
      }),
    );
    const json = week(config, '2027-03-24');
    expect(json.days.map((day) => day.hours)).toEqual([24, 24, 24, 24, 23, 24, 24]);
    const on = (date: string) =>
      json.slots.filter((slot, s) => slot.date === date && json.teams[0]!.onMinutes[s]! > 0);
    // 09:00 JST is 01:00 CET, then 02:00 CEST once Berlin moved its clocks.
    expect(on('2027-03-27').map((slot) => slot.time)).toEqual(['01:00']);
    expect(on('2027-03-28').map((slot) => `${slot.time}${slot.offset}`)).toEqual(['01:00+01:00']);
    expect(on('2027-03-29').map((slot) => slot.time)).toEqual(['02:00']);
  });
});

describe('the demo company in the weeks the clocks change in Berlin', () => {
  it.each([
    ['2027-03-22', 23],
    ['2027-10-25', 25],
  ])('the week of %s has its %i-hour Sunday and the CLI’s gaps', (date, hours) => {
    const json = week(demo(), date);
    expect(json.days.at(-1)!.hours).toBe(hours);
    expect(json.slots).toHaveLength(6 * 24 + hours);
    expectSameTruth(json, date);
  });
});
