// Lambda's DynamoDB Streams event source mapping, on one machine: a poller that reads a table's
// stream from DynamoDB Local with the real DynamoDB Streams client, drops what the filter criteria
// do not match, calls a handler in-process with a DynamoDBStreamEvent and a Lambda context under
// the function's timeout, and keeps each shard's order as the mapping does:
//   - a batch is retried until it succeeds, blocking its shard meanwhile;
//   - a partial batch response (`batchItemFailures`, ReportBatchItemFailures) marks the records
//     before the first failed one done; the retry starts at that record;
//   - a batch that fails whole (the handler threw, timed out or answered unreadably) is bisected
//     (BisectBatchOnFunctionError) and the first half retried, down to the record that fails;
//   - after `retryAttempts` retries, or once a record is older than `maxRecordAgeSeconds`, the
//     failing records are given up to `onDiscard` (the mapping's on-failure destination) and the
//     shard moves on.
// It starts at the stream's latest records (StartingPosition LATEST), follows shards as DynamoDB
// Local opens and closes them, and polls every `pollIntervalMs`.
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  ExpiredIteratorException,
  GetRecordsCommand,
  TrimmedDataAccessException,
  GetShardIteratorCommand,
  type DynamoDBStreamsClient,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOCAL_REGION } from '../definitions/local-credentials';
import type { StreamFilterPattern } from '../definitions/waiting-line';
import { createLambdaContext } from './lambda-context';
import { checkFilterPattern, passesFilters, toDynamoDbRecord } from './stream-records';

export type StreamHandler = (
  event: DynamoDBStreamEvent,
  context: Context,
) => Promise<DynamoDBBatchResponse | void>;

export interface StreamSourceSettings {
  readonly batchSize: number;
  readonly retryAttempts: number;
  readonly maxRecordAgeSeconds: number;
  readonly pollIntervalMs: number;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
}

export type StreamSourceLogger = Pick<Console, 'info' | 'warn' | 'error'>;

export interface StreamInvocationOutcome {
  readonly awsRequestId: string;
  readonly records: readonly DynamoDBRecord[];
  readonly result: 'succeeded' | 'partial' | 'failed';
  readonly failure?: 'error' | 'timeout' | 'invalid-response';
  readonly durationMs: number;
}

export interface DynamoDbStreamSourceOptions {
  readonly dynamodb: DynamoDBClient;
  readonly streams: DynamoDBStreamsClient;
  readonly tableName: string;
  readonly handler: StreamHandler;
  /** The mapping's filter criteria; none passes every record. */
  readonly filters?: readonly StreamFilterPattern[];
  readonly settings: StreamSourceSettings;
  readonly functionName: string;
  /** The region the handler's context names (DynamoDB Local's stream ARNs carry none). */
  readonly region?: string;
  readonly logger?: StreamSourceLogger;
  readonly onInvocation?: (outcome: StreamInvocationOutcome) => void;
  /** Records given up after the retries or past their age: the on-failure destination. */
  readonly onDiscard?: (records: readonly DynamoDBRecord[], reason: 'retries' | 'age') => void;
}

export interface DynamoDbStreamSource {
  /** Finds the table's stream (failing if it has none) and starts polling at its latest records. */
  start(): Promise<void>;
  /** Stops polling after the invocation in flight; resolves when nothing of it runs any more. */
  stop(): Promise<void>;
  /** Resolves once every record written before the call has been handled or dropped. */
  settled(): Promise<void>;
}

/** Polling rounds between DescribeStream calls that look for new shards. */
const DESCRIBE_EVERY_ROUNDS = 20;
const TIMED_OUT = Symbol('timed out');
/** GetRecords' ceiling; invocations still take `batchSize` records at most. */
const GET_RECORDS_LIMIT = 1000;

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

interface ShardReader {
  readonly shardId: string;
  iterator: string | undefined;
  /** Records read and not yet handled, in order. */
  pending: DynamoDBRecord[];
  /** The last record read, so that reading again from the trim horizon skips what was read. */
  lastSequence: bigint;
}

export function createDynamoDbStreamSource(
  options: DynamoDbStreamSourceOptions,
): DynamoDbStreamSource {
  const { dynamodb, streams, tableName, handler, settings } = options;
  const filters = options.filters ?? [];
  for (const pattern of filters) checkFilterPattern(pattern);
  const logger = options.logger ?? console;
  const tag = `[dynamodb-stream-source ${options.functionName} ← ${tableName}]`;
  const timeoutMs = settings.timeoutSeconds * 1000;

  let running = false;
  let loop: Promise<void> | undefined;
  let streamArn = '';
  const region = options.region ?? LOCAL_REGION;
  const readers = new Map<string, ShardReader>();
  const known = new Set<string>();
  let round = 0;
  let waiting: { round: number; resolve: () => void }[] = [];

  async function iteratorFor(shardId: string, type: 'LATEST' | 'TRIM_HORIZON') {
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
      }),
    );
    return ShardIterator;
  }

  /** Adds shards not seen before: LATEST at start, the whole of shards opened later. */
  async function discoverShards(initial: boolean) {
    const shards: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
      );
      shards.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
    for (const shard of shards) {
      const shardId = shard.ShardId!;
      if (known.has(shardId)) continue;
      known.add(shardId);
      const open = shard.SequenceNumberRange?.EndingSequenceNumber === undefined;
      // At start a closed shard holds only what came before the mapping: skipped, like LATEST.
      if (initial && !open) continue;
      readers.set(shardId, {
        shardId,
        iterator: await iteratorFor(shardId, initial ? 'LATEST' : 'TRIM_HORIZON'),
        pending: [],
        lastSequence: -1n,
      });
    }
  }

  async function invoke(records: DynamoDBRecord[]): Promise<'ok' | number | 'failed'> {
    const context = createLambdaContext({
      functionName: options.functionName,
      timeoutMs,
      memoryMb: settings.memoryMb,
      region,
    });
    const startedAt = Date.now();
    const invocation = Promise.resolve().then(() => handler({ Records: records }, context));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
    });
    let result: 'ok' | number | 'failed' = 'failed';
    let failure: StreamInvocationOutcome['failure'];
    try {
      const response = await Promise.race([invocation, timedOut]);
      if (response === TIMED_OUT) {
        failure = 'timeout';
        invocation.catch(() => undefined);
        logger.error(`${tag} Task timed out after ${settings.timeoutSeconds} seconds`);
      } else {
        const failed = (response as DynamoDBBatchResponse | undefined)?.batchItemFailures ?? [];
        const positions = failed.map((item) =>
          records.findIndex((record) => record.dynamodb?.SequenceNumber === item.itemIdentifier),
        );
        if (positions.some((position) => position < 0)) {
          failure = 'invalid-response';
          logger.error(`${tag} batchItemFailures names a record not in the batch`);
        } else {
          result = positions.length === 0 ? 'ok' : Math.min(...positions);
        }
      }
    } catch (error) {
      failure = 'error';
      logger.error(
        `${tag} Invoke Error: ${error instanceof Error ? (error.stack ?? describe(error)) : String(error)}`,
      );
    } finally {
      clearTimeout(timer);
    }
    options.onInvocation?.({
      awsRequestId: context.awsRequestId,
      records,
      result: result === 'ok' ? 'succeeded' : typeof result === 'number' ? 'partial' : 'failed',
      ...(failure ? { failure } : {}),
      durationMs: Date.now() - startedAt,
    });
    return result;
  }

  /** Hands the reader's pending records to the handler until none is left or polling stops. */
  async function deliver(reader: ShardReader) {
    let attempts = 0;
    let limit = settings.batchSize;
    while (reader.pending.length > 0 && running) {
      const oldest = Date.now() / 1000 - settings.maxRecordAgeSeconds;
      const expired = reader.pending.findIndex(
        (record) => (record.dynamodb?.ApproximateCreationDateTime ?? Infinity) >= oldest,
      );
      const tooOld = expired < 0 ? reader.pending.length : expired;
      if (tooOld > 0) {
        options.onDiscard?.(reader.pending.slice(0, tooOld), 'age');
        reader.pending = reader.pending.slice(tooOld);
        continue;
      }
      const batch = reader.pending.slice(0, limit);
      const result = await invoke(batch);
      if (result === 'ok') {
        reader.pending = reader.pending.slice(batch.length);
        attempts = 0;
        limit = settings.batchSize;
        continue;
      }
      // Splitting a batch that failed whole is not a retry: only the record left alone (or the
      // records a partial response names) spend attempts, so a poison record is given up alone.
      if (result === 'failed' && batch.length > 1) {
        limit = Math.ceil(batch.length / 2);
        continue;
      }
      attempts += 1;
      let failing = batch.length;
      if (typeof result === 'number') {
        reader.pending = reader.pending.slice(result);
        failing = batch.length - result;
      }
      if (attempts > settings.retryAttempts) {
        logger.error(`${tag} giving up ${failing} records after ${settings.retryAttempts} retries`);
        options.onDiscard?.(reader.pending.slice(0, failing), 'retries');
        reader.pending = reader.pending.slice(failing);
        attempts = 0;
        limit = settings.batchSize;
      } else {
        await sleep(settings.pollIntervalMs * attempts);
      }
    }
  }

  async function poll(reader: ShardReader): Promise<number> {
    if (reader.pending.length === 0 && reader.iterator) {
      try {
        const { Records = [], NextShardIterator } = await streams.send(
          new GetRecordsCommand({ ShardIterator: reader.iterator, Limit: GET_RECORDS_LIMIT }),
        );
        reader.iterator = NextShardIterator;
        const fresh = Records.filter(
          (record) => BigInt(record.dynamodb?.SequenceNumber ?? '0') > reader.lastSequence,
        );
        if (fresh.length > 0) {
          reader.lastSequence = BigInt(fresh.at(-1)!.dynamodb?.SequenceNumber ?? '0');
        }
        reader.pending = fresh
          .map((record) => toDynamoDbRecord(record, streamArn))
          .filter((record) => passesFilters(record, filters));
        if (!NextShardIterator) readers.delete(reader.shardId);
        await deliver(reader);
        return Records.length;
      } catch (error) {
        if (error instanceof ExpiredIteratorException) {
          logger.warn(`${tag} shard iterator expired; reading on from the latest record`);
          reader.iterator = await iteratorFor(reader.shardId, 'LATEST');
          return 0;
        }
        // DynamoDB Local sometimes answers an iterator taken at the end of a shard this way once
        // records arrive behind it; reading from the oldest record on, past the last one read,
        // loses nothing and repeats nothing (a thousand records a call, without pausing).
        if (error instanceof TrimmedDataAccessException) {
          reader.iterator = await iteratorFor(reader.shardId, 'TRIM_HORIZON');
          return 1;
        }
        throw error;
      }
    }
    await deliver(reader);
    return reader.pending.length;
  }

  async function run() {
    while (running) {
      let seen = 0;
      try {
        if (round % DESCRIBE_EVERY_ROUNDS === DESCRIBE_EVERY_ROUNDS - 1)
          await discoverShards(false);
        for (const reader of [...readers.values()]) seen += await poll(reader);
      } catch (error) {
        logger.warn(`${tag} polling failed (${describe(error)}); trying again`);
        seen = 1;
      }
      round += 1;
      if (seen === 0) {
        const ready = waiting.filter((waiter) => round >= waiter.round);
        waiting = waiting.filter((waiter) => round < waiter.round);
        for (const waiter of ready) waiter.resolve();
      }
      // While records flow (or a shard is caught up after a trim), read on at once.
      if (running && seen === 0) await sleep(settings.pollIntervalMs);
    }
  }

  return {
    async start() {
      if (running) throw new Error(`${tag} start() while it is running`);
      const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
      if (!Table?.LatestStreamArn) throw new Error(`${tag} the table has no stream`);
      streamArn = Table.LatestStreamArn;
      await discoverShards(true);
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      await loop;
      loop = undefined;
      for (const waiter of waiting) waiter.resolve();
      waiting = [];
    },
    settled() {
      // A round that starts after this call and reads nothing new has seen every earlier write.
      return new Promise((resolve) => waiting.push({ round: round + 2, resolve }));
    },
  };
}
