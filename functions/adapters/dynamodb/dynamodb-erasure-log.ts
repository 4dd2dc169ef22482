import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { ErasureLog, ErasureRecord, KindCounts } from '../privacy-stores';

/** `ERASURE#<keyed hash of the identifier>`: every erasure of one customer in one partition. */
const erasurePk = (hash: string) => `ERASURE#${hash}`;
const erasureSk = (startedAt: string) => `ERASURE#${startedAt}`;

/** `<hash>.<start in epoch ms>`: names the record's key without a lookup, and nothing readable. */
export const erasureIdOf = (hash: string, startedAt: string) => `${hash}.${Date.parse(startedAt)}`;

const ERASURE_ID = /^([0-9a-f]{64})\.(\d{1,15})$/;

function keyOf(erasureId: string): { pk: string; sk: string } | undefined {
  const match = ERASURE_ID.exec(erasureId);
  if (!match) return undefined;
  const started = new Date(Number(match[2]));
  if (Number.isNaN(started.getTime())) return undefined;
  return { pk: erasurePk(match[1]!), sk: erasureSk(started.toISOString()) };
}

function recordFrom(item: Record<string, unknown>): ErasureRecord {
  return {
    erasureId: erasureIdOf(String(item.identifierHash), String(item.startedAt)),
    identifierHash: String(item.identifierHash),
    startedAt: String(item.startedAt),
    requestedBy: String(item.requestedBy),
    status: item.status === 'done' ? 'done' : 'running',
    removed: (item.removed as KindCounts | undefined) ?? {},
    ...(typeof item.finishedAt === 'string' ? { finishedAt: item.finishedAt } : {}),
    resumed: typeof item.resumed === 'number' ? item.resumed : 0,
    ...(typeof item.ticketsFound === 'number' ? { ticketsFound: item.ticketsFound } : {}),
  };
}

/**
 * Erasure records in the tickets table, kept without expiry: the proof that a request was
 * answered. They hold who asked, when, what kinds of item and how many went, and the keyed hash,
 * never the identifier itself.
 */
export class DynamoDbErasureLog implements ErasureLog {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async begin(identifierHash: string, requestedBy: string, at: string): Promise<ErasureRecord> {
    const { Items = [] } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: '#status = :running',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pk': erasurePk(identifierHash), ':running': 'running' },
        ConsistentRead: true,
      }),
    );
    const unfinished = Items[0];
    if (unfinished) {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: unfinished.pk, sk: unfinished.sk },
          UpdateExpression: 'ADD resumed :one',
          ExpressionAttributeValues: { ':one': 1 },
        }),
      );
      const record = recordFrom(unfinished);
      return { ...record, resumed: record.resumed + 1 };
    }
    const record: ErasureRecord = {
      erasureId: erasureIdOf(identifierHash, at),
      identifierHash,
      startedAt: at,
      requestedBy,
      status: 'running',
      removed: {},
      resumed: 0,
    };
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: erasurePk(identifierHash),
          sk: erasureSk(at),
          identifierHash,
          startedAt: at,
          requestedBy,
          status: record.status,
          removed: record.removed,
          resumed: 0,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return record;
  }

  async progress(record: ErasureRecord, removed: KindCounts, ticketsFound?: number): Promise<void> {
    const kinds = Object.entries(removed).filter(([, count]) => count > 0);
    if (kinds.length === 0 && ticketsFound === undefined) return;
    // One map write per call: the counts replace those read, added up by the caller.
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: erasurePk(record.identifierHash), sk: erasureSk(record.startedAt) },
        UpdateExpression:
          ticketsFound === undefined
            ? 'SET removed = :removed'
            : 'SET removed = :removed, ticketsFound = :found',
        ExpressionAttributeValues: {
          ':removed': removed,
          ...(ticketsFound === undefined ? {} : { ':found': ticketsFound }),
        },
      }),
    );
  }

  async read(erasureId: string): Promise<ErasureRecord | undefined> {
    const key = keyOf(erasureId);
    if (!key) return undefined;
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item ? recordFrom(Item) : undefined;
  }

  async resume(record: ErasureRecord): Promise<ErasureRecord> {
    const { Attributes } = await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: erasurePk(record.identifierHash), sk: erasureSk(record.startedAt) },
        UpdateExpression: 'ADD resumed :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? recordFrom(Attributes) : { ...record, resumed: record.resumed + 1 };
  }

  async finish(record: ErasureRecord, at: string): Promise<ErasureRecord> {
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: erasurePk(record.identifierHash), sk: erasureSk(record.startedAt) },
        UpdateExpression: 'SET #status = :done, finishedAt = :at, removed = :removed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':done': 'done', ':at': at, ':removed': record.removed },
      }),
    );
    return { ...record, status: 'done', finishedAt: at };
  }
}
