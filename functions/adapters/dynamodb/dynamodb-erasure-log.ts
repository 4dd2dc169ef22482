import {
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { ErasureLog, ErasureRecord, KindCounts } from '../privacy-stores';

/** `ERASURE#<keyed hash of the identifier>`: every erasure of one customer in one partition. */
const erasurePk = (hash: string) => `ERASURE#${hash}`;

function recordFrom(item: Record<string, unknown>): ErasureRecord {
  return {
    identifierHash: String(item.identifierHash),
    startedAt: String(item.startedAt),
    requestedBy: String(item.requestedBy),
    status: item.status === 'done' ? 'done' : 'running',
    removed: (item.removed as KindCounts | undefined) ?? {},
    ...(typeof item.finishedAt === 'string' ? { finishedAt: item.finishedAt } : {}),
    resumed: typeof item.resumed === 'number' ? item.resumed : 0,
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
        Item: { pk: erasurePk(identifierHash), sk: `ERASURE#${at}`, ...record },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return record;
  }

  async progress(record: ErasureRecord, removed: KindCounts): Promise<void> {
    const kinds = Object.entries(removed).filter(([, count]) => count > 0);
    if (kinds.length === 0) return;
    // One map write per call: the counts replace those read, added up by the caller.
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: erasurePk(record.identifierHash), sk: `ERASURE#${record.startedAt}` },
        UpdateExpression: 'SET removed = :removed',
        ExpressionAttributeValues: { ':removed': removed },
      }),
    );
  }

  async finish(record: ErasureRecord, at: string): Promise<ErasureRecord> {
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: erasurePk(record.identifierHash), sk: `ERASURE#${record.startedAt}` },
        UpdateExpression: 'SET #status = :done, finishedAt = :at, removed = :removed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':done': 'done', ':at': at, ':removed': record.removed },
      }),
    );
    return { ...record, status: 'done', finishedAt: at };
  }
}
