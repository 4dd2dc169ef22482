// When saving a configuration adds a version, against DynamoDB Local: every save (the CLI's, the
// admin API's, a rollback) goes through DynamoDbConfigStore.saveVersion and its one rule.
import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  CONFIG_PK,
  versionSk,
} from '../../../../functions/adapters/dynamodb/dynamodb-config-reader';
import { DynamoDbConfigStore } from '../../../../functions/adapters/dynamodb/dynamodb-config-store';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { CONFIG_TABLE } from '../../../../functions/definitions/tables';
import { createLocalClients } from '../../../../functions/local-stack/aws-clients';
import { createTables } from '../../../../functions/local-stack/create-tables';
import { EXAMPLE_CONFIG } from '../../example-config';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
afterAll(() => clients.destroy());

const holidays = dateHolidaysCalendar;

/** A configuration table of its own, and a store whose clock the test sets. */
async function freshStore() {
  const tables = await createTables(clients.dynamodb, `${prefix}-cfg-${randomUUID().slice(0, 8)}`);
  const table = tables[CONFIG_TABLE.tableNameEnv]!;
  const clock = { now: Date.parse('2026-06-01T09:00:00Z') };
  const store = new DynamoDbConfigStore(clients.documents, table, () => clock.now);
  return { store, clock, table };
}

describe('DynamoDbConfigStore.saveVersion: when a save adds a version', () => {
  it('adds nothing for what the current version stores, whoever saves it and however', async () => {
    const { store } = await freshStore();
    expect(await store.saveVersion(EXAMPLE_CONFIG, { holidays, savedBy: 'ann' })).toMatchObject({
      kind: 'saved',
      version: 1,
    });
    expect(
      await store.saveVersion(EXAMPLE_CONFIG, {
        holidays,
        savedBy: 'bob',
        basedOn: 1,
        restoredFrom: 1,
      }),
    ).toEqual({ kind: 'unchanged', version: 1 });
    expect(await store.listVersions()).toEqual([expect.objectContaining({ savedBy: 'ann' })]);
  });

  it('adds a version for a comment-only edit, with the configuration unchanged', async () => {
    const { store } = await freshStore();
    await store.saveVersion(EXAMPLE_CONFIG, { holidays });
    const commented = `# Reviewed in June\n${EXAMPLE_CONFIG}`;
    const saved = await store.saveVersion(commented, { holidays });
    expect(saved).toMatchObject({ kind: 'saved', version: 2 });
    const [first, second] = [await store.readVersion(1), await store.readVersion(2)];
    expect(second.document).toBe(commented);
    expect(second.config).toEqual(first.config);
  });

  it('adds a version for the same document saved in a later year: its holiday table moves on', async () => {
    const { store, clock } = await freshStore();
    // Berlin's team imports the public holidays of DE-BE.
    await store.saveVersion(EXAMPLE_CONFIG, { holidays });
    clock.now = Date.parse('2026-12-31T23:00:00Z');
    expect(await store.saveVersion(EXAMPLE_CONFIG, { holidays })).toEqual({
      kind: 'unchanged',
      version: 1,
    });

    clock.now = Date.parse('2027-01-02T09:00:00Z');
    expect(await store.saveVersion(EXAMPLE_CONFIG, { holidays })).toMatchObject({
      kind: 'saved',
      version: 2,
    });
    const renewed = await store.readVersion(2);
    expect(renewed.document).toBe(EXAMPLE_CONFIG);
    expect(Object.keys(renewed.holidays['DE-BE']!)).toEqual([
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
  });

  it('replaces a current version it cannot read back instead of refusing to save', async () => {
    const { store, table } = await freshStore();
    await store.saveVersion(EXAMPLE_CONFIG, { holidays });
    await clients.documents.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: CONFIG_PK, sk: versionSk(1) },
        UpdateExpression: 'SET holidays = :broken',
        ExpressionAttributeValues: { ':broken': 'not json' },
      }),
    );
    expect(await store.saveVersion(EXAMPLE_CONFIG, { holidays })).toMatchObject({
      kind: 'saved',
      version: 2,
    });
  });
});

describe('DynamoDbConfigStore.latestVersion and the seal', () => {
  it('reads the newest version, the current one, in one query; nothing before the first save', async () => {
    const { store } = await freshStore();
    expect(await store.latestVersion()).toBeUndefined();
    await store.saveVersion(EXAMPLE_CONFIG, { holidays });
    await store.saveVersion(`# Reviewed in June\n${EXAMPLE_CONFIG}`, { holidays });
    // A rollback is saved as the next version, so the newest is still the current one.
    await store.saveVersion(EXAMPLE_CONFIG, { holidays, restoredFrom: 1 });
    expect(await store.currentVersion()).toEqual({ version: 3 });
    const latest = await store.latestVersion();
    expect(latest).toEqual(await store.readVersion(3));
    expect(latest).toMatchObject({ version: 3, restoredFrom: 1, sealed: true });
  });

  it('unseals a version whose configuration was edited by hand or sealed under another schema', async () => {
    const { store, table } = await freshStore();
    await store.saveVersion(EXAMPLE_CONFIG, { holidays });
    await store.saveVersion(`# v2\n${EXAMPLE_CONFIG}`, { holidays });
    const edit = (version: number, expression: string, value: string) =>
      clients.documents.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: CONFIG_PK, sk: versionSk(version) },
          UpdateExpression: expression,
          ExpressionAttributeValues: { ':value': value },
        }),
      );
    const { config } = await store.readVersion(1);
    await edit(
      1,
      'SET config = :value',
      JSON.stringify({ ...(config as object), defaultLanguage: 'xx' }),
    );
    await edit(2, 'SET seal = :value', 'a'.repeat(64));
    expect((await store.readVersion(1)).sealed).toBe(false);
    expect((await store.readVersion(2)).sealed).toBe(false);
  });
});
