// The local DynamoDB stream event source against DynamoDB Local's streams behaves as Lambda's
// mapping does where the waiting line depends on it: filters drop records before the handler,
// shard order is kept, a partial batch response retries from the first failed record, a batch
// that fails whole is bisected down to the record that fails (splitting spends no retry), and that
// record alone is given up to the on-failure hook after the retries while the others are handled.
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { TableDefinition } from '../../../functions/definitions/tables';
import type { StreamFilterPattern } from '../../../functions/definitions/waiting-line';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createTables } from '../../../functions/local-stack/create-tables';
import {
  createDynamoDbStreamSource,
  type StreamHandler,
} from '../../../functions/local-stack/dynamodb-stream-source';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
afterAll(() => clients.destroy());

const TABLE: TableDefinition = {
  id: 'Stream',
  partitionKey: { name: 'pk', type: 'S' },
  globalIndexes: [],
  stream: 'NEW_AND_OLD_IMAGES',
  tableNameEnv: 'STREAM_TEST_TABLE',
};

const SETTINGS = {
  batchSize: 10,
  retryAttempts: 2,
  maxRecordAgeSeconds: 3600,
  pollIntervalMs: 50,
  timeoutSeconds: 5,
  memoryMb: 128,
};

const keyOf = (record: DynamoDBRecord) => record.dynamodb?.Keys?.pk?.S ?? '';

async function withSource(
  handler: StreamHandler,
  run: (put: (keys: string[], settle?: boolean) => Promise<void>) => Promise<void>,
  extra: { filters?: StreamFilterPattern[]; discarded?: string[][] } = {},
) {
  const tables = await createTables(
    clients.dynamodb,
    `${prefix}-stream-${randomUUID().slice(0, 8)}`,
    [TABLE],
  );
  const tableName = tables[TABLE.tableNameEnv]!;
  const source = createDynamoDbStreamSource({
    dynamodb: clients.dynamodb,
    streams: clients.streams,
    tableName,
    handler,
    filters: extra.filters ?? [],
    settings: SETTINGS,
    functionName: 'test',
    logger: { info() {}, warn() {}, error() {} },
    onDiscard: (records) => extra.discarded?.push(records.map(keyOf)),
  });
  await source.start();
  try {
    await run(async (keys, settle = true) => {
      for (const pk of keys) {
        await clients.documents.send(
          new PutCommand({ TableName: tableName, Item: { pk, kind: pk.split('-')[0] } }),
        );
      }
      if (settle) await source.settled();
    });
  } finally {
    await source.stop();
  }
}

describe('the local DynamoDB stream event source', () => {
  it('hands over only what the filters match, in the order written', async () => {
    const seen: string[] = [];
    await withSource(
      async (event: DynamoDBStreamEvent) => {
        seen.push(...event.Records.map(keyOf));
      },
      async (put) => {
        await put(['keep-1', 'drop-1', 'keep-2', 'keep-3']);
      },
      { filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { kind: { S: ['keep'] } } } }] },
    );
    expect(seen).toEqual(['keep-1', 'keep-2', 'keep-3']);
  });

  it('retries from the first failed record of a partial batch response', async () => {
    const batches: string[][] = [];
    let failedOnce = false;
    await withSource(
      async (event): Promise<DynamoDBBatchResponse> => {
        batches.push(event.Records.map(keyOf));
        const third = event.Records.find((record) => keyOf(record) === 'r-3');
        if (third && !failedOnce) {
          failedOnce = true;
          return { batchItemFailures: [{ itemIdentifier: third.dynamodb!.SequenceNumber! }] };
        }
        return { batchItemFailures: [] };
      },
      async (put) => {
        await put(['r-1', 'r-2', 'r-3', 'r-4']);
      },
    );
    const handled = batches.flat();
    // r-3 and what follows it in its batch came again; nothing before it did.
    expect(handled.filter((key) => key === 'r-1')).toHaveLength(1);
    expect(handled.filter((key) => key === 'r-3')).toHaveLength(2);
    expect(handled.lastIndexOf('r-4')).toBeGreaterThan(handled.lastIndexOf('r-3'));
  });

  it('bisects a failing batch down to the poison record, gives it up, and handles the rest', async () => {
    const handled: string[] = [];
    const discarded: string[][] = [];
    await withSource(
      async (event) => {
        if (event.Records.some((record) => keyOf(record) === 'p-poison')) throw new Error('poison');
        handled.push(...event.Records.map(keyOf));
      },
      async (put) => {
        // Written before the source reads, so they arrive as one batch.
        await put(['p-1', 'p-2', 'p-poison', 'p-4']);
      },
      { discarded },
    );
    expect(discarded).toEqual([['p-poison']]);
    expect(handled).toEqual(['p-1', 'p-2', 'p-4']);
  });

  it('gives up only the poison record when bisecting takes more rounds than the retries', async () => {
    const handled: string[] = [];
    const discarded: string[][] = [];
    const keys = Array.from({ length: 10 }, (_, index) =>
      index === 5 ? 'q-poison' : `q-${index}`,
    );
    let release: () => void = () => undefined;
    const written = new Promise<void>((resolve) => (release = resolve));
    await withSource(
      async (event) => {
        // The gate holds the shard until all ten are written, so they come as one batch.
        if (event.Records.some((record) => keyOf(record) === 'gate-1')) await written;
        if (event.Records.some((record) => keyOf(record) === 'q-poison')) throw new Error('poison');
        handled.push(...event.Records.map(keyOf));
      },
      async (put) => {
        await put(['gate-1'], false);
        await put(keys, false);
        release();
        await put([]);
      },
      { discarded },
    );
    expect(discarded).toEqual([['q-poison']]);
    expect(handled).toEqual(['gate-1', ...keys.filter((key) => key !== 'q-poison')]);
  });
});
