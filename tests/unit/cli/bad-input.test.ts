// Each case a support lead met trying the CLI with every bad input they could think of: what was
// silently accepted, and errors too noisy to read. Each now exits 2 with one line naming the path
// and the fix, or, where the input is legal but likely a mistake, succeeds with a warning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main';
import { memoryIo } from './memory-io';

const EXAMPLE = readFileSync(new URL('../../../examples/sunroute.yaml', import.meta.url), 'utf8');
const TICKET = readFileSync(
  new URL('../../../examples/tickets/de-order-missing.json', import.meta.url),
  'utf8',
);

async function run(args: string[], files: Record<string, string> = {}, stdin = '') {
  const io = memoryIo({ 'sunroute.yaml': EXAMPLE, 'ticket.json': TICKET, ...files }, stdin);
  const status = await main(args, io.io);
  return { status, out: io.out(), err: io.errLines() };
}

const ROUTE = ['route', '--config', 'sunroute.yaml', '--ticket', 'ticket.json'];

describe('silent acceptance, now refused or warned about', () => {
  it('refuses a configuration with teams: []', async () => {
    expect(
      await run(['config', 'validate', 'empty.yaml'], { 'empty.yaml': 'teams: []\n' }),
    ).toEqual({
      status: 2,
      out: '',
      err: ['empty.yaml: teams: lists no team: add at least one, or tickets have nowhere to go'],
    });
  });

  it('refuses a ticket file holding an empty list instead of printing []', async () => {
    expect(
      await run([...ROUTE.slice(0, 3), '--ticket', 'none.json'], { 'none.json': '[]' }),
    ).toEqual({
      status: 2,
      out: '',
      err: ['ticket none.json: an empty list, no ticket to route: give a ticket or a list of them'],
    });
  });

  it('refuses --state naming an agent the configuration does not have', async () => {
    const state = JSON.stringify({ agents: { 'jonas.beker': 3 }, threads: { t1: 'nobody' } });
    const result = await run([...ROUTE, '--state', 'state.json'], { 'state.json': state });
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      'state state.json: agents.jonas.beker: "jonas.beker" is not an agent of the configuration (its agents: maya.johnson, daniel.tremblay, sam.okafor, lucia.ramirez, kevin.nguyen and 17 more)',
      'state state.json: threads.t1: "nobody" is not an agent of the configuration (its agents: maya.johnson, daniel.tremblay, sam.okafor, lucia.ramirez, kevin.nguyen and 17 more)',
    ]);
  });

  it('refuses --at without an offset, as a ticket without one is refused', async () => {
    expect(await run([...ROUTE, '--at', '2026-12-22T09:00'])).toEqual({
      status: 2,
      out: '',
      err: [
        '--at: "2026-12-22T09:00" has no offset: add Z for UTC (2026-12-22T09:00Z) or the offset meant (e.g. 2026-12-22T09:00+01:00)',
      ],
    });
    const routed = await run([...ROUTE, '--at', '2026-12-22T09:00+01:00']);
    expect(routed.status).toBe(0);
    expect(JSON.parse(routed.out).at).toBe('2026-12-22T08:00:00.000Z');
  });

  it('warns about a shift whose start is its end, which makes it 24 hours long', async () => {
    const yaml = EXAMPLE.replace(
      "      - days: [sat]\n        start: '09:00'\n        end: '13:00'",
      "      - days: [sat]\n        start: '09:00'\n        end: '09:00'",
    );
    expect(yaml).not.toBe(EXAMPLE);
    const result = await run(['config', 'validate', 'c.yaml'], { 'c.yaml': yaml });
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^c\.yaml: valid — 8 teams/);
    expect(result.err).toEqual([
      'c.yaml: warning: teams[2].shifts[1]: start and end are both "09:00", which makes a 24-hour shift (to 09:00 the next day); if a shorter one is meant, correct end',
    ]);
  });
});

describe('noisy errors, now one line each', () => {
  it('answers a YAML alias bomb with exit 2 and the line of the first alias', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [...'bcdefgh'].map((c, i) => [c, 'abcdefg'[i]])) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    expect(
      await run(['config', 'validate', 'bomb.yaml'], { 'bomb.yaml': levels.join('\n') }),
    ).toEqual({
      status: 2,
      out: '',
      err: [
        'bomb.yaml: $: line 2, column 8: aliases expand to more than 100 copies; write the values out instead',
      ],
    });
  });

  it('answers one tab with one line, not seventeen', async () => {
    const yaml = EXAMPLE.replace('  - id: emea-berlin', '\t- id: emea-berlin');
    const result = await run(['config', 'validate', 'tab.yaml'], { 'tab.yaml': yaml });
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      /^tab\.yaml: \$: line \d+, column 1: a tab indents this line; YAML indents with spaces only/,
    );
  });

  it('answers a binary file with one short line', async () => {
    const bytes = Buffer.from(Array.from({ length: 5500 }, (_, i) => (i * 131 + 7) % 256));
    const result = await run(['config', 'validate', 'logo.png'], {
      'logo.png': bytes.toString('utf8'),
    });
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^logo\.png: \$: line 1, column \d+: .*saved as UTF-8$/);
    expect(result.err[0]!.length).toBeLessThan(160);
  });

  it('never says only "Invalid input"', async () => {
    const state = JSON.stringify({ agents: { 'maya.johnson': 'many' }, threads: { t1: 5 } });
    const routed = await run([...ROUTE, '--state', 'state.json'], { 'state.json': state });
    expect(routed.status).toBe(2);
    expect(routed.err).toEqual([
      'state state.json: agents.maya.johnson: must be a number of open tickets, or an object with openTickets and lastAssignedAt',
      'state state.json: threads.t1: must be an agent id, or an object with the agent id as "agent"',
    ]);
    const detected = await run(['detect', '--jsonl'], {}, '{"text": 5}\n');
    expect(detected.status).toBe(2);
    expect(detected.err).toEqual(['line 1: text: must be text, not number 5']);
  });

  it('makes the subdivision hint of validate a command that runs', async () => {
    const yaml = EXAMPLE.replace('subdivision: SP', 'subdivision: SAO');
    const validated = await run(['config', 'validate', 'c.yaml'], { 'c.yaml': yaml });
    expect(validated.status).toBe(2);
    expect(validated.err).toEqual([
      'c.yaml: teams[2].holidays[0].subdivision: "SAO" is not a subdivision of BR in the holiday data (sunroute holidays --country BR --subdivisions lists them)',
    ]);
    const hint = /\((sunroute [^)]*) lists them\)/.exec(validated.err[0]!)![1]!;
    const listed = await run(hint.split(' ').slice(1));
    expect(listed.status).toBe(0);
    expect(listed.out).toContain('  SP     São Paulo\n');
  });

  it('lists holidays without --year: this year', async () => {
    const result = await run(['holidays', '--country', 'BR']);
    expect(result.status).toBe(0);
    expect(result.out.split('\n')[0]).toBe(
      `Public holidays BR ${new Date().getUTCFullYear()} (local dates; applied in each team's own zone)`,
    );
  });
});
