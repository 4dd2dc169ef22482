// A configuration change reaches routing within a minute, for one small read per minute.
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { versionSk } from '../../../functions/adapters/dynamodb/dynamodb-config-reader';
import { DynamoDbConfigStore } from '../../../functions/adapters/dynamodb/dynamodb-config-store';
import { StoredItemError } from '../../../functions/adapters/stored-item-error';
import { CONFIG_TABLE } from '../../../functions/definitions/tables';
import {
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from './router-harness';

let router: TestRouter;
afterEach(() => router?.close());

/** The same team, its agents renamed, so which version routed shows in the agent id. */
const renamed = (yaml: string) => yaml.replaceAll('agent-', 'v2-agent-');

describe('router, configuration cache', () => {
  it('routes with a new version after the refresh interval, not before, reading only the pointer meanwhile', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const route = async (id: string) => {
      await router.invoke([sqsRecord(ticketBody(id))]);
      return (await router.ticketItems()).find((item) => item.ticketId === id)?.agent;
    };

    expect(await route(`a-${router.runId}`)).toMatch(/^agent-/);
    expect(await router.saveConfig(renamed(teamConfig(router.runId)))).toBe(2);

    router.now += 59_000;
    router.counter.reset();
    expect(await route(`b-${router.runId}`)).toMatch(/^agent-/);
    expect(router.counter.of('GetItemCommand')).toBe(0);

    router.now += 1_000;
    router.counter.reset();
    expect(await route(`c-${router.runId}`)).toMatch(/^v2-agent-/);
    // The pointer, then the new version's document.
    expect(router.counter.of('GetItemCommand')).toBe(2);

    router.now += 60_000;
    router.counter.reset();
    expect(await route(`d-${router.runId}`)).toMatch(/^v2-agent-/);
    // Unchanged: the pointer only.
    expect(router.counter.of('GetItemCommand')).toBe(1);
  });

  it('reads the configuration once for a whole batch arriving on a cold container', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    router.counter.reset();
    const records = Array.from({ length: 10 }, (_, n) =>
      sqsRecord(ticketBody(`t${n}-${router.runId}`)),
    );
    expect(await router.invoke(records)).toEqual({ batchItemFailures: [] });
    // The newest version in one query: no pointer read before it.
    expect(router.counter.of('QueryCommand')).toBe(1);
    expect(router.counter.of('GetItemCommand')).toBe(0);
  });

  it('stores the imported holidays with the version for the saving year −1 … +3, and routes by them', async () => {
    router = await startTestRouter();
    const table = router.env[CONFIG_TABLE.tableNameEnv]!;
    const withHolidays = teamConfig(router.runId).replace(
      '    timeZone: Europe/Berlin\n',
      '    timeZone: Europe/Berlin\n    holidays: [{ country: DE, subdivision: BE }]\n',
    );
    const version = await router.saveConfig(withHolidays);
    const { Item } = await router.documents.send(
      new GetCommand({ TableName: table, Key: { pk: 'CONFIG', sk: versionSk(version) } }),
    );
    const year = new Date().getUTCFullYear();
    const stored = JSON.parse(Item!.holidays as string) as Record<string, Record<string, unknown>>;
    expect(Object.keys(stored)).toEqual(['DE-BE']);
    expect(Object.keys(stored['DE-BE']!)).toEqual(
      [-1, 0, 1, 2, 3].map((offset) => String(year + offset)),
    );
    const store = new DynamoDbConfigStore(router.documents, table);
    expect((await store.readVersion(version)).holidays['DE-BE']?.[String(year)]).toEqual(
      dateHolidaysCalendar.publicHolidays('DE', 'BE', year),
    );

    // Christmas Day 2026, a Friday, is a Berlin public holiday: the ticket waits for Monday.
    router.now = Date.parse('2026-12-25T10:00:00+01:00');
    await router.invoke([sqsRecord(ticketBody(`xmas-${router.runId}`))]);
    const item = (await router.ticketItems()).find((i) => i.ticketId === `xmas-${router.runId}`);
    expect(item?.status).toBe('queued');
  });

  it('names the item and attribute when a stored holiday table is not one', async () => {
    router = await startTestRouter();
    const table = router.env[CONFIG_TABLE.tableNameEnv]!;
    const version = await router.saveConfig(teamConfig(router.runId));
    await router.documents.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: 'CONFIG', sk: versionSk(version) },
        UpdateExpression: 'SET holidays = :h',
        ExpressionAttributeValues: { ':h': '{"DE":{"2026":[{"day":"x"}]}}' },
      }),
    );
    const read = new DynamoDbConfigStore(router.documents, table).readVersion(version);
    await expect(read).rejects.toBeInstanceOf(StoredItemError);
    await expect(read).rejects.toThrow(/CONFIG\/VERSION#00000001: holidays is not a holiday table/);
  });
});
