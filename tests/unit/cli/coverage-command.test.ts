import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main';
import { TEAMS_YAML } from '../core/routing/routing-fixtures';
import { memoryIo } from './memory-io';

const AGENTS = `
agents:
  - { id: anna, team: eu-berlin, languages: [de, en], shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "12:00" }] }
`;

interface JsonInterval {
  start: string;
  end: string;
  minutes: number;
}

async function coverageJson(days = '1', from = '2026-12-15') {
  const run = memoryIo({ 'c.yaml': TEAMS_YAML + AGENTS });
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
  it('lists each team’s shifts and the gaps per region and language (Tue 2026-12-15, UTC)', async () => {
    const report = await coverageJson();
    expect(report.from).toBe('2026-12-15T00:00:00.000Z');
    expect(report.to).toBe('2026-12-16T00:00:00.000Z');
    const berlin = report.teams.find((t: { id: string }) => t.id === 'eu-berlin');
    expect(span(berlin.intervals)).toEqual(['07:00–16:00']);
    // Anna works mornings only: Berlin is on shift without anyone from 11:00Z
    expect(span(berlin.unstaffed)).toEqual(['11:00–16:00']);
    // Tokyo and Seoul 00–09Z, Berlin 07–16Z, Dublin 09–18Z, New York 14–22Z
    expect(span(report.gaps.byRegion.APAC)).toEqual(['09:00–00:00']);
    expect(span(report.gaps.byRegion.EU)).toEqual(['00:00–07:00', '18:00–00:00']);
    expect(span(report.gaps.byRegion.NA)).toEqual(['00:00–14:00', '22:00–00:00']);
    expect(span(report.gaps.byLanguage.de)).toEqual(['00:00–07:00', '16:00–00:00']);
    expect(span(report.gaps.byLanguage.en)).toEqual(['22:00–00:00']);
    expect(span(report.gaps.byLanguage.ko)).toEqual(['09:00–00:00']);
    expect(span(report.gaps.anyTeam)).toEqual(['22:00–00:00']);
    expect(report.gaps.anyTeam[0].minutes).toBe(120);
  });

  it('shows the weekend as one gap for everybody', async () => {
    const report = await coverageJson('3', '2026-12-19');
    // Sat 00:00Z to Mon 00:00Z nobody works; Tokyo and Seoul start Monday 00:00Z
    expect(report.gaps.anyTeam[0]).toEqual({
      start: '2026-12-19T00:00:00.000Z',
      end: '2026-12-21T00:00:00.000Z',
      minutes: 48 * 60,
    });
  });

  it('prints a readable table in the zone asked for', async () => {
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
    expect(table).toContain('Tue 15 Dec 08:00 → Tue 15 Dec 17:00  9h 00m');
    expect(table).toContain('on shift but no agent is (tickets go to the team inbox): 5h 00m');
    expect(table).toMatch(/de\s+2 gaps, 15h 00m uncovered/);
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
  });
});
