// The DynamoDB tables from the shared definitions, created through the real SDK the way the CDK
// stack declares them (on demand, GSIs projecting what the definitions say, TTL on the retention
// attribute).
import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  type AttributeDefinition,
  type DynamoDBClient,
  type KeySchemaElement,
} from '@aws-sdk/client-dynamodb';
import { TABLES, type KeyAttribute, type TableDefinition } from '../definitions/tables';

export function localTableName(prefix: string, table: TableDefinition): string {
  return `${prefix}-${table.id}`;
}

function keySchema(partitionKey: KeyAttribute, sortKey?: KeyAttribute): KeySchemaElement[] {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' },
    ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' as const }] : []),
  ];
}

function attributeDefinitions(table: TableDefinition): AttributeDefinition[] {
  const keys = [
    table.partitionKey,
    table.sortKey,
    ...table.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  const byName = new Map<string, AttributeDefinition>();
  for (const key of keys) {
    if (key) byName.set(key.name, { AttributeName: key.name, AttributeType: key.type });
  }
  return [...byName.values()];
}

async function createTable(dynamodb: DynamoDBClient, name: string, table: TableDefinition) {
  try {
    await dynamodb.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributeDefinitions(table),
        KeySchema: keySchema(table.partitionKey, table.sortKey),
        GlobalSecondaryIndexes:
          table.globalIndexes.length > 0
            ? table.globalIndexes.map((index) => ({
                IndexName: index.indexName,
                KeySchema: keySchema(index.partitionKey, index.sortKey),
                Projection: index.projectedAttributes
                  ? {
                      ProjectionType: 'INCLUDE' as const,
                      NonKeyAttributes: [...index.projectedAttributes],
                    }
                  : { ProjectionType: 'ALL' as const },
              }))
            : undefined,
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}

async function enableTtl(dynamodb: DynamoDBClient, name: string, attribute: string) {
  const { TimeToLiveDescription: ttl } = await dynamodb.send(
    new DescribeTimeToLiveCommand({ TableName: name }),
  );
  // DynamoDB refuses to enable TTL twice, so a second run must look before it asks.
  if (ttl?.TimeToLiveStatus === 'ENABLED' || ttl?.TimeToLiveStatus === 'ENABLING') return;
  await dynamodb.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { AttributeName: attribute, Enabled: true },
    }),
  );
}

/** Creates what is missing; returns each table's name keyed by its `tableNameEnv`. */
export async function createTables(
  dynamodb: DynamoDBClient,
  prefix: string,
  tables: readonly TableDefinition[] = TABLES,
): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const table of tables) {
    const name = localTableName(prefix, table);
    await createTable(dynamodb, name, table);
    if (table.ttlAttribute) await enableTtl(dynamodb, name, table.ttlAttribute);
    names[table.tableNameEnv] = name;
  }
  return names;
}
