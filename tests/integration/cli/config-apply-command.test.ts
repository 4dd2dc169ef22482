// `sunroute config diff` and `config apply` against a configuration table in DynamoDB Local, as a
// support lead runs them against the local stack or a deployed one.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { DynamoDbConfigReader } from '../../../functions/adapters/dynamodb/dynamodb-config-reader';
import { CONFIG_TABLE } from '../../../functions/definitions/tables';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createTables } from '../../../functions/local-stack/create-tables';
import { memoryIo } from '../../unit/cli/memory-io';
import { ALIAS_BOMB, EXAMPLE_CONFIG, oversizedConfig } from '../example-config';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
afterAll(() => clients.destroy());
afterEach(() => vi.unstubAllEnvs());

// The same company with Berlin's weekday shift an hour longer.
const CHANGED = EXAMPLE_CONFIG.replace(/(- id: emea-berlin[^]*?end: )'18:00'/, "$1'19:00'");

/** A configuration table of its own, reached the way a deployed one is: by name and AWS env. */
async function freshTable(): Promise<string> {
  const tables = await createTables(
    clients.dynamodb,
    `${prefix}-apply-${randomUUID().slice(0, 8)}`,
  );
  const table = tables[CONFIG_TABLE.tableNameEnv]!;
  vi.stubEnv(CONFIG_TABLE.tableNameEnv, table);
  vi.stubEnv('SUNROUTE_USER', 'lead@example.com');
  return table;
}

async function run(args: string[], files: Record<string, string>) {
  const io = memoryIo(files);
  const status = await main(args, io.io);
  return { status, out: io.out(), err: io.errLines() };
}

describe('config diff and apply', () => {
  it('applies a first version, diffs a change, applies it, and applies nothing unchanged', async () => {
    const table = await freshTable();
    const files = { 'sunroute.yaml': EXAMPLE_CONFIG, 'changed.yaml': CHANGED };

    const empty = await run(['config', 'diff', 'sunroute.yaml'], files);
    expect(empty).toMatchObject({ status: 0, err: [] });
    expect(empty.out).toContain(
      'holds no configuration yet: applying sunroute.yaml makes version 1',
    );

    const first = await run(['config', 'apply', 'sunroute.yaml'], files);
    expect(first.status).toBe(0);
    expect(first.out).toMatch(
      new RegExp(
        `^applied sunroute.yaml as version 1 to table ${table}\n  saved by lead@example.com at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\n$`,
      ),
    );

    const diff = await run(['config', 'diff', 'changed.yaml'], files);
    expect(diff.status).toBe(0);
    expect(diff.out).toContain('changed.yaml against version 1');
    expect(diff.out).toContain(', 2 changes:\n');
    expect(diff.out).toContain('  - team emea-berlin: shift mon–fri 08:00–18:00\n');
    expect(diff.out).toContain('  + team emea-berlin: shift mon–fri 08:00–19:00\n');

    const second = await run(['config', 'apply', 'changed.yaml'], files);
    expect(second.out).toContain(
      `applied changed.yaml as version 2 (was 1, 2 changes) to table ${table}\n  saved by lead@example.com at `,
    );
    const again = await run(['config', 'apply', 'changed.yaml'], files);
    expect(again.out).toBe('changed.yaml is what version 2 holds: nothing applied\n');

    const reader = new DynamoDbConfigReader(clients.documents, table);
    expect(await reader.currentVersion()).toEqual({ version: 2 });
    expect((await reader.readVersion(2)).document).toBe(CHANGED);
  });

  it('lists the versions with who saved them and rolls back to one as a new version', async () => {
    const table = await freshTable();
    const files = { 'sunroute.yaml': EXAMPLE_CONFIG, 'changed.yaml': CHANGED };
    await run(['config', 'apply', 'sunroute.yaml'], files);
    await run(['config', 'apply', 'changed.yaml'], files);

    const rollback = await run(['config', 'rollback', '1'], files);
    expect(rollback).toMatchObject({ status: 0, err: [] });
    expect(rollback.out).toBe(`restored version 1 as version 3 (was 2) in table ${table}\n`);
    expect((await new DynamoDbConfigReader(clients.documents, table).readVersion(3)).document).toBe(
      EXAMPLE_CONFIG,
    );

    const versions = await run(['config', 'versions'], files);
    expect(versions.status).toBe(0);
    const lines = versions.out.split('\n');
    expect(lines[0]).toBe(`table ${table}, 3 versions (* current):`);
    expect(lines[1]).toMatch(/^\* {4}3 {2}\S+Z {2}lead@example.com {2}rollback to version 1$/);
    expect(lines[3]).toMatch(/^ {5}1 {2}\S+Z {2}lead@example.com$/);

    const unknown = await run(['config', 'rollback', '9'], files);
    expect(unknown.status).toBe(2);
    expect(unknown.err[0]).toContain('version: 9 is not stored');
    expect((await run(['config', 'rollback', 'two'], files)).status).toBe(2);
  });

  it('applies a comment-only edit as a new version holding the text, and the same text again as nothing', async () => {
    const table = await freshTable();
    const commented = `# Berlin asked for the late shift; reviewed in January\n${CHANGED}`;
    const files = { 'sunroute.yaml': CHANGED, 'commented.yaml': commented };
    await run(['config', 'apply', 'sunroute.yaml'], files);

    const diff = await run(['config', 'diff', 'commented.yaml'], files);
    expect(diff.out).toBe(
      'commented.yaml differs from version 1 only in its text (comments, layout): ' +
        'applying it saves the text as a new version, routing stays the same\n',
    );
    const applied = await run(['config', 'apply', 'commented.yaml'], files);
    expect(applied).toMatchObject({ status: 0, err: [] });
    expect(applied.out).toContain(
      `applied commented.yaml as version 2 (was 1, 0 changes: the text only) to table ${table}\n`,
    );
    const reader = new DynamoDbConfigReader(clients.documents, table);
    expect((await reader.readVersion(2)).document).toBe(commented);

    const again = await run(['config', 'apply', 'commented.yaml'], files);
    expect(again.out).toBe('commented.yaml is what version 2 holds: nothing applied\n');
    expect(await reader.currentVersion()).toEqual({ version: 2 });
  });

  it('rolls back by the same rule: a version the live one already equals adds nothing', async () => {
    const table = await freshTable();
    const files = { 'sunroute.yaml': EXAMPLE_CONFIG, 'changed.yaml': CHANGED };
    await run(['config', 'apply', 'sunroute.yaml'], files);
    await run(['config', 'apply', 'changed.yaml'], files);

    expect((await run(['config', 'rollback', '2'], files)).out).toBe(
      'version 2 is current: nothing rolled back\n',
    );
    expect((await run(['config', 'rollback', '1'], files)).out).toBe(
      `restored version 1 as version 3 (was 2) in table ${table}\n`,
    );
    expect((await run(['config', 'rollback', '1'], files)).out).toBe(
      'version 3 holds what version 1 does: nothing rolled back\n',
    );
    expect((await run(['config', 'apply', 'sunroute.yaml'], files)).out).toBe(
      'sunroute.yaml is what version 3 holds: nothing applied\n',
    );
    const reader = new DynamoDbConfigReader(clients.documents, table);
    expect(await reader.currentVersion()).toEqual({ version: 3 });
  });

  it('refuses an invalid file whole, naming every problem, and leaves the table as it was', async () => {
    const table = await freshTable();
    const broken = EXAMPLE_CONFIG.replace(
      'timeZone: Europe/Berlin',
      'timeZone: Europe/Berln',
    ).replace("start: '08:00'", "start: '25:00'");
    await run(['config', 'apply', 'sunroute.yaml'], { 'sunroute.yaml': EXAMPLE_CONFIG });
    const refused = await run(['config', 'apply', 'broken.yaml'], { 'broken.yaml': broken });
    expect(refused.status).toBe(2);
    expect(refused.out).toBe('');
    expect(
      refused.err.some((line) => line.includes('timeZone') && line.includes('Europe/Berln')),
    ).toBe(true);
    expect(refused.err.some((line) => line.includes('"25:00"'))).toBe(true);
    expect(await new DynamoDbConfigReader(clients.documents, table).currentVersion()).toEqual({
      version: 1,
    });
  });

  it('says where to find a table when neither --table, the environment nor a local stack names one', async () => {
    vi.stubEnv(CONFIG_TABLE.tableNameEnv, '');
    const missing = await run(['config', 'diff', 'sunroute.yaml', '--table', ''], {
      'sunroute.yaml': EXAMPLE_CONFIG,
    });
    // A developer may have `npm start` running: then the local stack is the target, and that is
    // right too; without it the command must say what to do.
    if (missing.status === 2) {
      expect(missing.err[0]).toContain('--table: not given');
      expect(missing.err[0]).toContain('npm start');
    } else {
      expect(missing.out).toContain('the local stack');
    }
  });

  it('exits 2 for a document too large to store and for a YAML alias bomb, saving neither', async () => {
    const table = await freshTable();
    const files = { 'big.yaml': oversizedConfig(), 'bomb.yaml': ALIAS_BOMB };
    const big = await run(['config', 'apply', 'big.yaml'], files);
    expect(big.status).toBe(2);
    expect(big.err).toEqual([
      expect.stringMatching(/^big\.yaml: the configuration would take \d+ KiB to store/),
    ]);
    const bomb = await run(['config', 'apply', 'bomb.yaml'], files);
    expect(bomb).toMatchObject({
      status: 2,
      err: [
        'bomb.yaml: $: line 2, column 8: aliases expand to more than 100 copies; write the values out instead',
      ],
    });
    expect(
      await new DynamoDbConfigReader(clients.documents, table).currentVersion(),
    ).toBeUndefined();
  });
});
