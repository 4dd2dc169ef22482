// The reports function on the tickets table's stream of the stand-ins: routed, acknowledged and
// resolved tickets become counters, a new ticket in a resolved thread takes first contact back,
// and every record delivered again (a retried batch) changes no counter.
import { PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { messageKey } from '../../../functions/adapters/dynamodb/dynamodb-conversation-store';
import { DynamoDbReportsStore } from '../../../functions/adapters/dynamodb/dynamodb-reports-store';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import { buildReport } from '../../../functions/core/reports/build-report';
import { REPORTS } from '../../../functions/definitions/reports';
import { CONFIG_TABLE, REPORTS_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import {
  startReportsSource,
  type ReportsSource,
} from '../../../functions/local-stack/reports-sources';
import { awsReportsDependencies } from '../../../functions/reports/aws-dependencies';
import { readReportsEnvironment } from '../../../functions/reports/environment';
import { createReportsHandler } from '../../../functions/reports/reports-handler';
import {
  lambdaContext,
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from '../router/router-harness';
import { testLogger, testMetrics } from '../test-telemetry';
import { memoryIo } from '../../unit/cli/memory-io';

const quiet = { info() {}, warn() {}, error() {} };
const running: { source: ReportsSource; router: TestRouter }[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const { source, router } of running.splice(0)) {
    await source.stop();
    router.close();
  }
});

const QUERY = {
  from: DateTime.fromISO('2026-12-21T00:00:00Z', { zone: 'UTC' }),
  to: DateTime.fromISO('2026-12-28T00:00:00Z', { zone: 'UTC' }),
  by: 'team' as const,
  zone: 'UTC',
};

async function setUp() {
  const router = await startTestRouter();
  await router.saveConfig(teamConfig(router.runId));
  const delivered: DynamoDBRecord[] = [];
  const source = await startReportsSource({
    env: router.env,
    clients: router.clients,
    clock: () => router.now,
    log: quiet,
    onInvocation: (outcome) => {
      if (outcome.result === 'succeeded') delivered.push(...outcome.records);
    },
  });
  running.push({ source, router });
  const reportsTable = router.env[REPORTS_TABLE.tableNameEnv]!;
  const store = new DynamoDbReportsStore(router.documents, reportsTable);
  const cells = async () => {
    const { Items = [] } = await router.documents.send(
      new ScanCommand({ TableName: reportsTable }),
    );
    return Object.fromEntries(
      Items.filter((item) => !String(item.pk).startsWith('FOLDED#'))
        .map((item) => [`${String(item.pk)}/${String(item.sk)}`, item])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  };
  return { router, source, delivered, store, cells };
}

/** Three tickets: one acknowledged and resolved, then a new one in its thread two days later. */
async function history(router: TestRouter) {
  const id = (n: number) => `t-${n}-${router.runId}`;
  for (const n of [1, 2]) {
    const extra = n === 1 ? { threadId: `thread-${router.runId}` } : {};
    const response = await router.invoke([sqsRecord(ticketBody(id(n), extra))]);
    expect(response.batchItemFailures).toEqual([]);
  }
  const actions = new DynamoDbTicketActionStore(
    router.documents,
    router.env[TICKETS_TABLE.tableNameEnv]!,
  );
  const act = { ticketId: id(1), by: 'cli', actor: 'lead' };
  expect(
    (await actions.acknowledgeTicket({ ...act, at: Date.parse('2026-12-22T09:44:00Z') })).kind,
  ).toBe('done');
  expect(
    (await actions.resolveTicket({ ...act, at: Date.parse('2026-12-22T11:14:00Z') })).kind,
  ).toBe('done');
  router.now = Date.parse('2026-12-24T09:00:00Z');
  const again = ticketBody(id(3), {
    threadId: `thread-${router.runId}`,
    receivedAt: '2026-12-24T08:59:00Z',
  });
  expect((await router.invoke([sqsRecord(again)])).batchItemFailures).toEqual([]);
}

describe('the reports function on the tickets stream', () => {
  it('turns routing, acknowledgement and resolution into the measures', async () => {
    const { router, source, store } = await setUp();
    await history(router);
    await source.settled();
    const report = buildReport(QUERY, await store.read('team', '2026-12-21T00', '2026-12-27T23'));
    // Whole days come from the days' rollups; read hour by hour, the week says the same.
    const byHours = buildReport(
      QUERY,
      await store.read('team', '2026-12-21T00', '2026-12-27T23', true),
    );
    expect(byHours.total).toEqual(report.total);
    const partial = buildReport(QUERY, await store.read('team', '2026-12-22T09', '2026-12-24T07'));
    expect(partial.total).toMatchObject({ received: 2, acknowledged: 1, resolved: 1 });
    expect(report.rows.map((row) => row.key)).toEqual(['emea']);
    expect(report.total).toMatchObject({
      received: 3,
      acknowledged: 1,
      slaKept: 1,
      resolved: 1,
      // The thread came back within seven days: not solved at first contact.
      fcr: 0,
    });
    // 09:14 → 09:44 and 09:14 → 11:14, within the sketch's accuracy.
    expect(report.total.ackP50Seconds! / 1800).toBeCloseTo(1, 1);
    expect(report.total.resolveP50Seconds! / 7200).toBeCloseTo(1, 1);
    // Those latencies were read from compacted cells: at 12-24 the function compacted 12-22.
    const { Items = [] } = await router.documents.send(
      new ScanCommand({ TableName: router.env[REPORTS_TABLE.tableNameEnv]! }),
    );
    const day = Items.filter((item) => String(item.pk) === 'team#D#2026-12');
    const emeaDay = day.find((item) => item.sk === '22#emea')!;
    expect(emeaDay.A).toBeInstanceOf(Uint8Array);
    expect(Object.keys(emeaDay).filter((name) => /^[arf]\d+$/.test(name))).toEqual([]);
    expect(await store.compactDay('2026-12-22', router.now)).toBeUndefined();

    // `sunroute report` reads the same aggregates.
    vi.stubEnv(REPORTS_TABLE.tableNameEnv, router.env[REPORTS_TABLE.tableNameEnv]!);
    vi.stubEnv(CONFIG_TABLE.tableNameEnv, router.env[CONFIG_TABLE.tableNameEnv]!);
    const text = memoryIo();
    const args = ['report', '--from', '2026-12-21', '--to', '2026-12-27', '--by', 'team'];
    expect(await main(args, text.io)).toBe(0);
    expect(text.out()).toMatch(/^emea\s+3\s+30m\s+30m\s+100%\s+1\s+2\.0h/m);
    // The stored calendars: EMEA on 08–18 in Berlin on weekdays; 24–25 December are holidays
    // only where the configuration says so, so five days of ten hours.
    expect(text.out()).toMatch(/^de\s+50\.0h of 168\.0h\s+30%$/m);
    const byLanguage = memoryIo();
    expect(
      await main(
        ['report', '--from', '2026-12-21', '--to', '2026-12-27', '--by', 'language', '--csv'],
        byLanguage.io,
      ),
    ).toBe(0);
    const [languageHeader, ...languageLines] = byLanguage.out().split('\r\n');
    expect(languageHeader).toMatch(/,covered_hours$/);
    expect(languageLines.find((line) => line.includes(',en,'))).toMatch(/,50$/);
    const csv = memoryIo();
    expect(await main([...args, '--csv'], csv.io)).toBe(0);
    const [header, emea] = csv.out().split('\r\n');
    expect(header).toMatch(/^from,to,team,received,ack_p50_seconds,/);
    expect(emea).toMatch(/^2026-12-21T00:00:00.000Z,2026-12-28T00:00:00.000Z,emea,3,/);
    const bad = memoryIo();
    expect(await main(['report', '--by', 'weather'], bad.io)).toBe(2);
    expect(bad.errLines()[0]).toContain('--by: "weather" is not one of');
  });

  it('changes no counter when the same records are delivered again', async () => {
    const { router, source, delivered, cells } = await setUp();
    await history(router);
    await source.settled();
    const once = await cells();
    expect(Object.keys(once).length).toBeGreaterThan(0);
    expect(delivered.length).toBeGreaterThanOrEqual(5);

    const handler = createReportsHandler(
      awsReportsDependencies(readReportsEnvironment(router.env), {
        dynamodb: router.clients.dynamodb,
        clock: () => router.now,
        logger: testLogger(REPORTS.service),
        metrics: testMetrics(REPORTS.service),
      }),
    );
    const replay = await handler({ Records: delivered }, lambdaContext());
    expect(replay.batchItemFailures).toEqual([]);
    expect(await cells()).toEqual(once);

    // The same changes as records never seen before do count, once, even in a batch with
    // records folded before: the marker is what held them.
    const mixed = delivered.flatMap((record) => [
      record,
      { ...record, eventID: `${record.eventID}-new` },
    ]);
    expect((await handler({ Records: mixed }, lambdaContext())).batchItemFailures).toEqual([]);
    const twice = await cells();
    const received = (all: Record<string, Record<string, unknown>>) =>
      Object.entries(all)
        .filter(([key]) => key.startsWith('all#2'))
        .reduce((sum, [, item]) => sum + Number(item.received ?? 0), 0);
    expect(received(once)).toBe(3);
    expect(received(twice)).toBe(6);
  });

  it('counts the first email reply, and a customer message after resolving against FCR, once', async () => {
    const { router, source, store } = await setUp();
    const id = `t-1-${router.runId}`;
    expect((await router.invoke([sqsRecord(ticketBody(id))])).batchItemFailures).toEqual([]);
    const table = router.env[TICKETS_TABLE.tableNameEnv]!;
    const actions = new DynamoDbTicketActionStore(router.documents, table);
    const act = { ticketId: id, by: 'cli', actor: 'lead' };
    await actions.acknowledgeTicket({ ...act, at: Date.parse('2026-12-22T09:44:00Z') });
    // An agent's email answer sets firstReplyAt once, as the conversation store writes it.
    await router.documents.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk: `TICKET#${id}`, sk: 'TICKET' },
        UpdateExpression: 'SET firstReplyAt = if_not_exists(firstReplyAt, :at)',
        ExpressionAttributeValues: { ':at': '2026-12-22T09:50:00.000Z' },
      }),
    );
    await actions.resolveTicket({ ...act, at: Date.parse('2026-12-22T11:14:00Z') });
    await source.settled();
    const read = async () =>
      buildReport(QUERY, await store.read('team', '2026-12-21T00', '2026-12-27T23')).total;
    expect(await read()).toMatchObject({
      firstReplies: 1,
      firstReplySlaKept: 1,
      resolved: 1,
      fcr: 1,
    });
    // 09:14 → 09:50, within the sketch's accuracy.
    expect((await read()).firstReplyP50Seconds! / 2160).toBeCloseTo(1, 1);

    // The customer writes again on the ticket two days later, then once more: not solved at
    // first contact, counted once.
    for (const [sequence, at] of [
      [1, '2026-12-24T08:00:00.000Z'],
      [2, '2026-12-24T09:00:00.000Z'],
    ] as const) {
      await router.documents.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...messageKey(id, sequence),
            sequence,
            from: 'customer',
            at,
            text: 'Still nothing.',
          },
        }),
      );
    }
    await source.settled();
    expect(await read()).toMatchObject({ resolved: 1, fcr: 0 });
    const cells = await store.read('all', '2026-12-22T00', '2026-12-22T23', true);
    expect(cells.reduce((sum, cell) => sum + (cell.counters.reopened ?? 0), 0)).toBe(1);
  });
});
