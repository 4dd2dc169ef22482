import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Capacity one DynamoDB call consumed on one table or one of its indexes. */
export interface CapacityUse {
  /** The low-level operation, even when sent as a document command: `PutItem`, `Query`… */
  readonly operation: string;
  readonly table: string;
  /** The global or local secondary index; absent: the table itself. */
  readonly index?: string;
  readonly readUnits: number;
  readonly writeUnits: number;
}

/** Told of every use a metered client's calls report; must not throw. */
export type CapacityMeter = (use: CapacityUse) => void;

const READ_OPERATIONS = new Set([
  'GetItem',
  'BatchGetItem',
  'Query',
  'Scan',
  'TransactGetItems',
  'ExecuteStatement',
]);

interface Units {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

interface ConsumedCapacityEntry {
  TableName?: string;
  Table?: Units;
  GlobalSecondaryIndexes?: Record<string, Units>;
  LocalSecondaryIndexes?: Record<string, Units>;
}

/**
 * Splits one entry's units into reads and writes: DynamoDB names them apart for some calls and
 * gives only `CapacityUnits` for others, which are then of the kind the operation is.
 */
function split(operation: string, units: Units): { readUnits: number; writeUnits: number } {
  if (units.ReadCapacityUnits !== undefined || units.WriteCapacityUnits !== undefined) {
    return { readUnits: units.ReadCapacityUnits ?? 0, writeUnits: units.WriteCapacityUnits ?? 0 };
  }
  const total = units.CapacityUnits ?? 0;
  return READ_OPERATIONS.has(operation)
    ? { readUnits: total, writeUnits: 0 }
    : { readUnits: 0, writeUnits: total };
}

function report(operation: string, entry: ConsumedCapacityEntry, meter: CapacityMeter) {
  const table = entry.TableName ?? 'unknown';
  if (entry.Table) meter({ operation, table, ...split(operation, entry.Table) });
  for (const indexes of [entry.GlobalSecondaryIndexes, entry.LocalSecondaryIndexes]) {
    for (const [index, units] of Object.entries(indexes ?? {})) {
      meter({ operation, table, index, ...split(operation, units) });
    }
  }
}

/**
 * Asks DynamoDB, on every call `client` makes, what it consumed per table and index
 * (`ReturnConsumedCapacity: INDEXES`) and tells `meter`. For benchmarks and cost measurements:
 * the answer is a few dozen bytes more per call and changes nothing else. A document client
 * shares its base client's middleware, so metering either meters both. A call that fails (a
 * condition or a transaction refused) reports nothing, although DynamoDB charges for it.
 */
export function meterConsumedCapacity(
  client: DynamoDBClient | DynamoDBDocumentClient,
  meter: CapacityMeter,
): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string };
      input.ReturnConsumedCapacity ??= 'INDEXES';
      const result = await next(args);
      const operation = (context.commandName ?? 'unknown').replace(/Command$/, '');
      const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
      const entries = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
      for (const entry of entries as ConsumedCapacityEntry[]) report(operation, entry, meter);
      return result;
    },
    { step: 'initialize', name: 'meterConsumedCapacity', override: true },
  );
}
