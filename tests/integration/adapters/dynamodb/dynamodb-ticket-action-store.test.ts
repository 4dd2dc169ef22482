// Acknowledging and resolving on DynamoDB Local: a link's action is conditional on the
// assignment it was sent for, on the read and in the write itself; the CLI acts for whoever
// holds the ticket; the history says who acted and through what.
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentClient } from '../../../../functions/adapters/dynamodb/document-client';
import { DynamoDbTicketActionStore } from '../../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import {
  agentLoadKey,
  ticketItem,
  ticketKey,
} from '../../../../functions/adapters/dynamodb/ticket-items';
import type { Decision } from '../../../../functions/core/routing/decision';
import type { Ticket } from '../../../../functions/core/ticket/ticket-schema';
import { TICKETS_TABLE } from '../../../../functions/definitions/tables';
import { createLocalClients } from '../../../../functions/local-stack/aws-clients';
import { createTables } from '../../../../functions/local-stack/create-tables';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
const documents = documentClient(clients.dynamodb);
const AT = Date.parse('2026-12-22T10:00:00Z');
let table: string;
let store: DynamoDbTicketActionStore;

beforeAll(async () => {
  const tables = await createTables(clients.dynamodb, `${prefix}-act-${randomUUID().slice(0, 8)}`);
  table = tables[TICKETS_TABLE.tableNameEnv]!;
  store = new DynamoDbTicketActionStore(documents, table);
});
afterAll(() => {
  documents.destroy();
  clients.destroy();
});

/** A ticket as the router records it, assigned to `ana` of `emea`, with her load taken. */
async function recorded(): Promise<string> {
  const id = `T-${randomUUID()}`;
  const ticket = {
    id,
    channel: 'email',
    receivedAt: new Date(AT).toISOString(),
    subject: 'Order <not> arrived',
    body: 'Where is my order?',
    customer: { name: 'Jonas Weber', email: 'jonas@example.de' },
  } as Ticket;
  const decision = {
    ticketId: id,
    status: 'assigned',
    team: 'emea',
    agent: 'ana',
    queuedUntil: null,
    at: new Date(AT).toISOString(),
    reasons: [],
  } as unknown as Decision;
  await documents.send(
    new PutCommand({ TableName: table, Item: ticketItem(ticket, decision, AT) }),
  );
  await documents.send(
    new PutCommand({ TableName: table, Item: { ...agentLoadKey('ana'), openTickets: 1 } }),
  );
  return id;
}

const item = async (id: string) =>
  (await documents.send(new GetCommand({ TableName: table, Key: ticketKey(id) }))).Item!;

const link = (ticketId: string, assignment = 1) => ({
  ticketId,
  at: AT + 60_000,
  by: 'link',
  actor: 'ana',
  holder: { agent: 'ana', assignment },
});

describe('DynamoDbTicketActionStore', () => {
  it('reads a ticket with its subject and assignment, never the customer or the message', async () => {
    const id = await recorded();
    const ticket = await store.findActionTicket(id);
    expect(ticket).toEqual({
      ticketId: id,
      status: 'assigned',
      team: 'emea',
      agent: 'ana',
      acknowledgedAt: null,
      version: 1,
      assignment: 1,
      subject: 'Order <not> arrived',
      history: [{ event: 'assigned', at: new Date(AT).toISOString(), team: 'emea', agent: 'ana' }],
    });
    expect(JSON.stringify(ticket)).not.toContain('jonas');
    expect(await store.findActionTicket(`T-${randomUUID()}`)).toBeUndefined();
  });

  it('acknowledges for the link’s assignment and records the agent who acted', async () => {
    const id = await recorded();
    expect(await store.acknowledgeTicket(link(id))).toMatchObject({ kind: 'done' });
    expect((await item(id)).history.at(-1)).toEqual({
      event: 'acknowledged',
      at: new Date(AT + 60_000).toISOString(),
      by: 'link',
      actor: 'ana',
      team: 'emea',
      agent: 'ana',
    });
    expect(await store.acknowledgeTicket(link(id))).toMatchObject({ kind: 'unchanged' });
  });

  it('answers moved and changes nothing for another assignment or another agent', async () => {
    const id = await recorded();
    const before = await item(id);
    expect(await store.resolveTicket(link(id, 2))).toMatchObject({ kind: 'moved' });
    expect(
      await store.resolveTicket({ ...link(id), holder: { agent: 'bo', assignment: 1 } }),
    ).toMatchObject({ kind: 'moved', ticket: { agent: 'ana' } });
    expect(await item(id)).toEqual(before);
  });

  it('refuses in the write itself when the ticket moved between the read and the write', async () => {
    const id = await recorded();
    // A writer that moves the ticket without raising its version (none does; the version would
    // stop it too), just after the store read it: only the assignment condition can catch it.
    const moving = createLocalClients(endpoints);
    const sneaky = documentClient(moving.dynamodb);
    let moved = false;
    sneaky.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && !moved) {
          moved = true;
          await documents.send(
            new UpdateCommand({
              TableName: table,
              Key: ticketKey(id),
              UpdateExpression: 'SET #agent = :agent, #assignment = :assignment',
              ExpressionAttributeNames: { '#agent': 'agent', '#assignment': 'assignment' },
              ExpressionAttributeValues: { ':agent': 'bo', ':assignment': 2 },
            }),
          );
        }
        return next(args);
      },
      { step: 'initialize', name: 'moveBeforeWrite' },
    );
    try {
      const racing = new DynamoDbTicketActionStore(sneaky, table);
      expect(await racing.resolveTicket(link(id))).toMatchObject({
        kind: 'moved',
        ticket: { agent: 'bo', assignment: 2 },
      });
      expect(moved).toBe(true);
      expect(await item(id)).toMatchObject({ status: 'assigned', version: 1, agent: 'bo' });
    } finally {
      sneaky.destroy();
      moving.destroy();
    }
  });

  it('acts for whoever holds the ticket when no assignment is given (the CLI)', async () => {
    const id = await recorded();
    await documents.send(
      new UpdateCommand({
        TableName: table,
        Key: ticketKey(id),
        UpdateExpression: 'SET #assignment = :assignment',
        ExpressionAttributeNames: { '#assignment': 'assignment' },
        ExpressionAttributeValues: { ':assignment': 5 },
      }),
    );
    const outcome = await store.resolveTicket({ ticketId: id, at: AT, by: 'cli', actor: 'lead' });
    expect(outcome).toMatchObject({ kind: 'done', ticket: { status: 'resolved' } });
    expect((await item(id)).history.at(-1)).toMatchObject({
      event: 'resolved',
      by: 'cli',
      actor: 'lead',
      agent: 'ana',
    });
  });

  it('reads a ticket recorded before assignments were numbered as assignment 0', async () => {
    const id = await recorded();
    await documents.send(
      new UpdateCommand({
        TableName: table,
        Key: ticketKey(id),
        UpdateExpression: 'REMOVE #assignment',
        ExpressionAttributeNames: { '#assignment': 'assignment' },
      }),
    );
    expect(await store.findActionTicket(id)).toMatchObject({ assignment: 0 });
    expect(await store.acknowledgeTicket(link(id, 0))).toMatchObject({ kind: 'done' });
  });
});
