// What a metered document client reports against DynamoDB Local: the units of the table and of
// each index a write touched, reads apart from writes, and nothing asked when no one meters.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CapacityUse } from '../../../../functions/adapters/dynamodb/consumed-capacity';
import { documentClient } from '../../../../functions/adapters/dynamodb/document-client';
import { localClientConfig } from '../../../../functions/definitions/local-credentials';
import { TICKET_INDEXES, TICKETS_TABLE } from '../../../../functions/definitions/tables';

const { endpoints, resources } = inject('standIns');
const table = resources[TICKETS_TABLE.tableNameEnv]!;
const clients: DynamoDBClient[] = [];
afterAll(() => clients.forEach((client) => client.destroy()));

function client() {
  const dynamodb = new DynamoDBClient(localClientConfig(endpoints.dynamodb));
  clients.push(dynamodb);
  return dynamodb;
}

const ticketLike = (id: string, team: string) => ({
  pk: `TICKET#${id}`,
  sk: 'TICKET',
  teamStatus: `${team}#assigned`,
  statusSince: '2026-12-01T10:00:00.000Z',
  body: 'x'.repeat(3000),
});

describe('documentClient({ consumedCapacity })', () => {
  it('reports the table and each index a write touched, and reads as reads', async () => {
    const uses: CapacityUse[] = [];
    const documents = documentClient(client(), { consumedCapacity: (use) => uses.push(use) });
    const team = `cc-${Date.now()}`;
    await documents.send(new PutCommand({ TableName: table, Item: ticketLike(`${team}-1`, team) }));
    expect(uses).toEqual([
      // About 3.1 KB: 4 units of 1 KB for the table; the index carries keys and a few small
      // attributes, not the body: one unit.
      { operation: 'PutItem', table, writeUnits: 4, readUnits: 0 },
      {
        operation: 'PutItem',
        table,
        index: TICKET_INDEXES.byTeamStatus,
        writeUnits: 1,
        readUnits: 0,
      },
    ]);

    uses.length = 0;
    await documents.send(
      new QueryCommand({
        TableName: table,
        IndexName: TICKET_INDEXES.byTeamStatus,
        KeyConditionExpression: 'teamStatus = :t',
        ExpressionAttributeValues: { ':t': `${team}#assigned` },
      }),
    );
    // Eventually consistent: half a unit per 4 KB read.
    expect(uses).toContainEqual({
      operation: 'Query',
      table,
      index: TICKET_INDEXES.byTeamStatus,
      readUnits: 0.5,
      writeUnits: 0,
    });
    expect(uses.every((use) => use.writeUnits === 0)).toBe(true);
  });

  it('asks DynamoDB nothing more when no one meters', async () => {
    const dynamodb = client();
    const inputs: Record<string, unknown>[] = [];
    dynamodb.middlewareStack.add(
      (next) => async (args) => {
        inputs.push(args.input as Record<string, unknown>);
        return next(args);
      },
      { step: 'build' },
    );
    const output = await documentClient(dynamodb).send(
      new PutCommand({ TableName: table, Item: ticketLike(`plain-${Date.now()}`, 'plain') }),
    );
    expect(inputs[0]).not.toHaveProperty('ReturnConsumedCapacity');
    expect(output.ConsumedCapacity).toBeUndefined();
  });
});
