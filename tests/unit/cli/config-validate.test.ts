import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../../functions/cli/main';
import { memoryIo } from './memory-io';

const EXAMPLE = readFileSync(new URL('../../../examples/sunroute.yaml', import.meta.url), 'utf8');
const EXAMPLE_DOCUMENT = parse(EXAMPLE) as { teams: unknown[]; agents: unknown[] };

const SMALL = `teams:
  - id: eu-berlin
    region: EU
    timeZone: Europe/Berlin
    languages: [de, en]
    shifts:
      - { days: [mon, tue, wed, thu, fri], start: "08:00", end: "17:00" }
  - id: apac-tokyo
    region: APAC
    timeZone: Asia/Tokyo
    languages: [ja]
    shifts:
      - { days: [mon, tue, wed, thu, fri], start: "09:00", end: "18:00" }
agents:
  - { id: jonas, team: eu-berlin }
`;

describe('sunroute config validate', () => {
  it('exits 0 with a one-line summary for a valid file', async () => {
    const run = memoryIo({ 'ok.yaml': SMALL });
    expect(await main(['config', 'validate', 'ok.yaml'], run.io)).toBe(0);
    expect(run.out()).toBe('ok.yaml: valid — 2 teams, 1 agents, languages de, en, ja\n');
    expect(run.errLines()).toEqual([]);
  });

  it('counts the teams and agents of the example configuration', async () => {
    const run = memoryIo({ 'examples/sunroute.yaml': EXAMPLE });
    expect(await main(['config', 'validate', 'examples/sunroute.yaml'], run.io)).toBe(0);
    expect(run.out()).toMatch(
      new RegExp(
        `^examples/sunroute\\.yaml: valid — ${EXAMPLE_DOCUMENT.teams.length} teams, ` +
          `${EXAMPLE_DOCUMENT.agents.length} agents, languages [a-z, ]+\\n$`,
      ),
    );
  });

  it('reads a JSON file', async () => {
    const run = memoryIo({ 'ok.json': JSON.stringify(parse(SMALL)) });
    expect(await main(['config', 'validate', 'ok.json'], run.io)).toBe(0);
    expect(run.out()).toBe('ok.json: valid — 2 teams, 1 agents, languages de, en, ja\n');
  });

  it('exits 2 with one line per problem, every one named by file and path', async () => {
    const broken = `${SMALL.replace('start: "08:00"', 'start: "8 am"').replace('languages: [ja]', 'languages: [japanese]')}  - { id: x, team: nowhere, shfits: [] }
`;
    const run = memoryIo({ 'bad.yaml': broken });
    expect(await main(['config', 'validate', 'bad.yaml'], run.io)).toBe(2);
    expect(run.errLines()).toEqual([
      'bad.yaml: teams[0].shifts[0].start: "8 am" is not a time (HH:MM, 00:00–23:59)',
      'bad.yaml: teams[1].languages[0]: "japanese" is not an ISO 639-1 language code',
      'bad.yaml: agents[1].shfits: is not a known field',
      'bad.yaml: agents[1].team: "nowhere" is not the id of a team (teams: eu-berlin, apac-tokyo)',
    ]);
    expect(run.out()).toBe('');
  });

  it('reports YAML syntax errors with line and column', async () => {
    const run = memoryIo({ 'bad.yaml': 'teams:\n  - id: [unclosed\n' });
    expect(await main(['config', 'validate', 'bad.yaml'], run.io)).toBe(2);
    expect(run.errLines()[0]).toMatch(/^bad\.yaml: \$: line \d+, column \d+: /);
  });

  it('exits 2 for a file that is not there', async () => {
    const run = memoryIo();
    expect(await main(['config', 'validate', 'missing.yaml'], run.io)).toBe(2);
    expect(run.errLines()).toEqual(['config missing.yaml: no such file']);
  });

  it('exits 2 without a file argument', async () => {
    const run = memoryIo();
    expect(await main(['config', 'validate'], run.io)).toBe(2);
    expect(run.errLines()).toEqual(["error: missing required argument 'file'"]);
  });
});
