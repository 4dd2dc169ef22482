import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main';
import { TEAMS_YAML } from '../core/routing/routing-fixtures';
import { memoryIo } from './memory-io';

// Every team staffed on its own shifts but Berlin (Anna works mornings only) and Seoul, which
// has no agent at all: its Korean tickets can only wait in its inbox.
const AGENTS = `
agents:
  - { id: anna, team: eu-berlin, languages: [de, en], shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "12:00" }] }
  - { id: chloe, team: eu-dublin, languages: [en, fr] }
  - { id: maria, team: na-east, languages: [en, es] }
  - { id: yuki, team: apac-tokyo, languages: [ja, en] }
`;

interface JsonInterval {
  start: string;
  end: string;
  minutes: number;
  since?: string | null;
  until?: string | null;
  openBefore?: boolean;
  openAfter?: boolean;
}

async function coverageJson(days = '1', from = '2026-12-15', yaml = TEAMS_YAML + AGENTS) {
  const run = memoryIo({ 'c.yaml': yaml });
  const code = await main(
    ['coverage', '--config', 'c.yaml', '--from', from, '--days', days, '--json'],
    run.io,
  );
  expect(run.errLines()).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(run.out());
}

const span = (list: JsonInterval[]) =>
  list.map((i) => `${i.start.slice(11, 16)}–${i.end.slice(11, 16)}`);

describe('sunroute coverage', () => {
  it('counts who can take a ticket: a team covers a language while an agent speaking it is on shift', async () => {
    const report = await coverageJson();
    expect(report.from).toBe('2026-12-15T00:00:00.000Z');
    expect(report.to).toBe('2026-12-16T00:00:00.000Z');
    const berlin = report.teams.find((t: { id: string }) => t.id === 'eu-berlin');
    expect(span(berlin.intervals)).toEqual(['07:00–16:00']);
    expect(berlin.intervals[0]).toMatchObject({
      localStart: '2026-12-15T08:00',
      localEnd: '2026-12-15T17:00',
    });
    // Anna works mornings only: Berlin is on shift without anyone from 11:00Z
    expect(span(berlin.unstaffed)).toEqual(['11:00–16:00']);
    expect(span(berlin.byLanguage.de.intervals)).toEqual(['07:00–11:00']);
    expect(span(berlin.byLanguage.de.uncovered)).toEqual(['11:00–16:00']);
    // Tokyo 00–09Z, Berlin (Anna) 07–11Z, Dublin 09–18Z, New York 14–22Z; Seoul has no agent
    expect(span(report.gaps.byRegion.APAC)).toEqual(['09:00–00:00']);
    expect(span(report.gaps.byRegion.EU)).toEqual(['00:00–07:00', '18:00–00:00']);
    expect(span(report.gaps.byRegion.NA)).toEqual(['00:00–14:00', '22:00–00:00']);
    expect(span(report.gaps.byLanguage.de)).toEqual(['00:00–07:00', '11:00–00:00']);
    expect(span(report.gaps.byLanguage.en)).toEqual(['22:00–00:00']);
    expect(span(report.gaps.byLanguage.ko)).toEqual(['00:00–00:00']);
    expect(span(report.gaps.anyTeam)).toEqual(['22:00–00:00']);
    expect(report.gaps.anyTeam[0].minutes).toBe(120);
  });

  it('says when a gap crossing the period’s edge really began and ends', async () => {
    const report = await coverageJson();
    // Berlin's German ended Monday 11:00Z; nobody speaks it until Tuesday 07:00Z
    expect(report.gaps.byLanguage.de[0]).toEqual({
      start: '2026-12-15T00:00:00.000Z',
      end: '2026-12-15T07:00:00.000Z',
      minutes: 420,
      openBefore: true,
      openAfter: false,
      since: '2026-12-14T11:00:00.000Z',
      until: '2026-12-15T07:00:00.000Z',
    });
    // Seoul never has an agent: Korean is a gap beyond the two weeks looked at either side
    expect(report.gaps.byLanguage.ko[0]).toMatchObject({
      openBefore: true,
      openAfter: true,
      since: null,
      until: null,
    });
  });

  it('shows the weekend as one gap for everybody, from Friday evening', async () => {
    const report = await coverageJson('3', '2026-12-19');
    // New York stops Friday 22:00Z; nobody works until Tokyo starts Monday 00:00Z
    expect(report.gaps.anyTeam[0]).toEqual({
      start: '2026-12-19T00:00:00.000Z',
      end: '2026-12-21T00:00:00.000Z',
      minutes: 48 * 60,
      openBefore: true,
      openAfter: false,
      since: '2026-12-18T22:00:00.000Z',
      until: '2026-12-21T00:00:00.000Z',
    });
  });

  it('shows Italian uncovered in the demo company while Luca is away', async () => {
    const demo = readFileSync(new URL('../../../examples/sunroute.yaml', import.meta.url), 'utf8');
    const report = await coverageJson('7', '2026-12-21', demo);
    expect(report.gaps.byLanguage.it).toEqual([
      {
        start: '2026-12-21T00:00:00.000Z',
        end: '2026-12-28T00:00:00.000Z',
        minutes: 7 * 24 * 60,
        openBefore: true,
        openAfter: true,
        since: '2026-12-18T17:00:00.000Z',
        until: '2027-01-04T07:00:00.000Z',
      },
    ]);
    const berlin = report.teams.find((t: { id: string }) => t.id === 'emea-berlin');
    expect(berlin.byLanguage.it.why).toEqual({
      at: '2026-12-21T07:00:00.000Z',
      speakers: [
        {
          id: 'luca.rossi',
          standing: {
            onShift: false,
            cause: {
              kind: 'away',
              until: '2027-01-03T23:00:00.000Z',
              reason: 'Christmas in Milan',
            },
            nextStart: '2027-01-04T07:00:00.000Z',
          },
        },
      ],
    });
    // The week after he is back, Italian is covered during Berlin's office hours
    const back = await coverageJson('5', '2027-01-04', demo);
    expect(span(back.gaps.byLanguage.it).slice(0, 3)).toEqual([
      '00:00–07:00',
      '17:00–07:00',
      '17:00–07:00',
    ]);
  });

  it('prints a readable table in the zone asked for, with each team’s own times', async () => {
    const run = memoryIo({ 'c.yaml': TEAMS_YAML + AGENTS });
    const args = [
      'coverage',
      '--config',
      'c.yaml',
      '--from',
      '2026-12-15',
      '--days',
      '1',
      '--zone',
      'Europe/Berlin',
    ];
    expect(await main(args, run.io)).toBe(0);
    const table = run.out();
    expect(table).toContain(
      'Coverage Tue 2026-12-15 00:00 → Wed 2026-12-16 00:00 (1 day, times in Europe/Berlin)',
    );
    expect(table).toContain('eu-berlin — EU Berlin (EU, Europe/Berlin; de, en): 9h 00m on shift');
    expect(table).toContain(
      'Tue 15 Dec 08:00 → Tue 15 Dec 17:00  9h 00m  (Tue 08:00–17:00 Europe/Berlin)',
    );
    expect(table).toContain(
      'Tue 15 Dec 01:00 → Tue 15 Dec 10:00  9h 00m  (Tue 09:00–18:00 Asia/Tokyo)',
    );
    expect(table).toContain('    can take, by language: de 4h 00m, en 4h 00m');
    expect(table).toContain(
      '    de: on shift but nobody speaking it is, 5h 00m — from Tue 15 Dec 12:00 Europe/Berlin: anna off shift, back Wed 16 Dec 08:00',
    );
    expect(table).toContain(
      '    ko: on shift but nobody speaking it is, all of it — from Tue 15 Dec 09:00 Asia/Seoul: none of its agents speaks it',
    );
    expect(table).toContain('on shift but no agent is (tickets go to the team inbox): 5h 00m');
    expect(table).toMatch(/de\s+2 gaps, 20h 00m uncovered/);
    expect(table).toContain(
      'Tue 15 Dec 00:00 → Tue 15 Dec 08:00  8h 00m  (open since Mon 14 Dec 12:00; 20h 00m in all)',
    );
  });

  it('prints a CSV table, a row per shift and gap', async () => {
    const run = memoryIo({ 'c.yaml': TEAMS_YAML + AGENTS });
    const args = ['coverage', '--config', 'c.yaml', '--from', '2026-12-15', '--days', '1', '--csv'];
    expect(await main(args, run.io)).toBe(0);
    const rows = run.out().trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'kind,subject,start,end,minutes,open_before,open_after,since,until,time_zone,local_start,local_end',
    );
    expect(rows).toContain(
      'on-shift,eu-berlin,2026-12-15T07:00:00.000Z,2026-12-15T16:00:00.000Z,540,,,,,Europe/Berlin,2026-12-15T08:00,2026-12-15T17:00',
    );
    expect(rows).toContain(
      'language-uncovered,eu-berlin/de,2026-12-15T11:00:00.000Z,2026-12-15T16:00:00.000Z,300,,,,,Europe/Berlin,2026-12-15T12:00,2026-12-15T17:00',
    );
    expect(rows).toContain(
      'language-gap,de,2026-12-15T00:00:00.000Z,2026-12-15T07:00:00.000Z,420,true,false,2026-12-14T11:00:00.000Z,2026-12-15T07:00:00.000Z,UTC,2026-12-15T00:00,2026-12-15T07:00',
    );
    expect(rows).toContain(
      'gap,all,2026-12-15T22:00:00.000Z,2026-12-16T00:00:00.000Z,120,false,false,2026-12-15T22:00:00.000Z,2026-12-16T00:00:00.000Z,UTC,2026-12-15T22:00,2026-12-16T00:00',
    );
  });

  it('exits 2 naming every bad option', async () => {
    const run = memoryIo({ 'c.yaml': TEAMS_YAML });
    const args = [
      'coverage',
      '--config',
      'c.yaml',
      '--from',
      '15.12.2026',
      '--days',
      '0',
      '--zone',
      'Mars/Base',
    ];
    expect(await main(args, run.io)).toBe(2);
    expect(run.errLines()).toEqual([
      '--zone: "Mars/Base" is not an IANA time zone',
      '--from: "15.12.2026" is not a date (YYYY-MM-DD) or ISO date-time',
      '--days: "0" is not a whole number of days from 1 to 366',
    ]);
    const both = memoryIo({ 'c.yaml': TEAMS_YAML });
    const twice = ['coverage', '--config', 'c.yaml', '--from', '2026-12-15', '--days', '1'];
    expect(await main([...twice, '--json', '--csv'], both.io)).toBe(2);
    expect(both.errLines()).toEqual(['--csv: give --json or --csv, not both']);
  });
});
