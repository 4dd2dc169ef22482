import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main';
import { TEAMS_YAML } from '../routing/routing-fixtures';
import { memoryIo } from './memory-io';

describe('sunroute config validate', () => {
  it('exits 0 with a one-line summary for a valid file', async () => {
    const run = memoryIo({ 'ok.yaml': TEAMS_YAML });
    expect(await main(['config', 'validate', 'ok.yaml'], run.io)).toBe(0);
    expect(run.out()).toBe(
      'ok.yaml: valid — 5 teams, 0 agents, languages de, en, es, fr, ja, ko\n',
    );
  });

  it('exits 2 with one line per problem, every one named by file and path', async () => {
    const broken = `${TEAMS_YAML.replace('start: "08:00"', 'start: "8 am"').replace('languages: [ko]', 'languages: [korean]')}
agents:
  - { id: x, team: nowhere, shfits: [] }
`;
    const run = memoryIo({ 'bad.yaml': broken });
    expect(await main(['config', 'validate', 'bad.yaml'], run.io)).toBe(2);
    expect(run.errLines()).toEqual([
      'bad.yaml: teams[0].shifts[0].start: "8 am" is not a time (HH:MM, 00:00–23:59)',
      'bad.yaml: teams[4].languages[0]: "korean" is not an ISO 639-1 language code',
      'bad.yaml: agents[0].shfits: is not a known field',
      'bad.yaml: agents[0].team: "nowhere" is not the id of a team (teams: eu-berlin, eu-dublin, na-east, apac-tokyo, apac-seoul)',
    ]);
    expect(run.out()).toBe('');
  });

  it('reports YAML syntax errors with line and column', async () => {
    const run = memoryIo({ 'bad.yaml': 'teams:\n  - id: [unclosed\n' });
    expect(await main(['config', 'validate', 'bad.yaml'], run.io)).toBe(2);
    expect(run.errLines()[0]).toMatch(/^bad\.yaml: \$: line \d+, column \d+: /);
  });
});

describe('sunroute holidays', () => {
  it('lists the public holidays of a country and subdivision as local dates', async () => {
    const run = memoryIo();
    expect(
      await main(['holidays', '--country', 'de', '--subdivision', 'BE', '--year', '2026'], run.io),
    ).toBe(0);
    const lines = run.out().trimEnd().split('\n');
    expect(lines[0]).toBe(
      "Public holidays DE-BE 2026 (local dates; applied in each team's own zone)",
    );
    expect(lines).toContain("  2026-03-08 Sun  International Women's Day");
    expect(lines).toContain('  2026-12-25 Fri  Christmas Day');
    // Women's Day is a public holiday in Berlin only
    const federal = memoryIo();
    await main(['holidays', '--country', 'DE', '--year', '2026'], federal.io);
    expect(federal.out()).not.toContain("Women's Day");
  });

  it('prints JSON on request', async () => {
    const run = memoryIo();
    expect(await main(['holidays', '--country', 'US', '--year', '2026', '--json'], run.io)).toBe(0);
    const holidays = JSON.parse(run.out());
    expect(holidays).toContainEqual({ date: '2026-11-26', name: 'Thanksgiving Day' });
    expect(holidays.every((h: { date: string }) => /^2026-\d\d-\d\d$/.test(h.date))).toBe(true);
  });

  it('exits 2 for an unknown country, subdivision or year', async () => {
    const run = memoryIo();
    expect(await main(['holidays', '--country', 'XX', '--year', 'soon'], run.io)).toBe(2);
    expect(run.errLines()).toEqual([
      '--country: "XX" is not a country with public-holiday data (ISO 3166-1 alpha-2, e.g. DE)',
      '--year: "soon" is not a year (1970–2200)',
    ]);
    const sub = memoryIo();
    expect(
      await main(['holidays', '--country', 'DE', '--subdivision', 'ZZ', '--year', '2026'], sub.io),
    ).toBe(2);
    expect(sub.errLines()).toEqual([
      '--subdivision: "ZZ" is not a subdivision of DE in the holiday data',
    ]);
  });
});
