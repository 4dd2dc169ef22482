import { setTimeout as pause } from 'node:timers/promises';
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ItemKey } from './ticket-items';
import { BATCH_GET_ATTEMPTS, UnprocessedKeysError } from './unprocessed-keys-error';

/** BatchGetItem takes at most 100 keys per call. */
const BATCH_GET_LIMIT = 100;

/** Calls in flight at once: enough to overlap round trips without a burst of throttling. */
const PARALLEL_CALLS = 4;

/**
 * The items of one table with these keys, in no particular order, eventually consistent (half a
 * read unit per 4 KB); keys with no item are left out. Keys DynamoDB leaves unprocessed are asked
 * for again, with a growing random pause, BATCH_GET_ATTEMPTS times.
 */
export async function batchGetItems(
  documents: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly ItemKey[],
): Promise<Record<string, unknown>[]> {
  const chunks: ItemKey[][] = [];
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    chunks.push(keys.slice(start, start + BATCH_GET_LIMIT));
  }
  const items: Record<string, unknown>[] = [];
  const worker = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
      let pending: Record<string, unknown>[] = chunk;
      for (let attempt = 1; pending.length > 0; attempt++) {
        if (attempt > BATCH_GET_ATTEMPTS) throw new UnprocessedKeysError(tableName, pending.length);
        if (attempt > 1) await pause(20 * 2 ** attempt * Math.random());
        const { Responses, UnprocessedKeys } = await documents.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }),
        );
        items.push(...(Responses?.[tableName] ?? []));
        pending = UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CALLS, chunks.length) }, worker));
  return items;
}
