// The stores' shared transaction pieces on DynamoDB Local: the agent-load update and the versioned
// ticket update as DynamoDB evaluates their conditions, and the cancellation reasons read back
// by position, as the stores rely on them.
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { agentLoadUpdate } from '../../../../functions/adapters/dynamodb/agent-load-update';
import { documentClient } from '../../../../functions/adapters/dynamodb/document-client';
import { agentLoadKey, ticketKey } from '../../../../functions/adapters/dynamodb/ticket-items';
import {
  writeTransaction,
  type TransactItem,
} from '../../../../functions/adapters/dynamodb/transaction-cancellation';
import { versionedTicketUpdate } from '../../../../functions/adapters/dynamodb/versioned-ticket-update';
import type { TicketEvent } from '../../../../functions/core/followup/ticket-history';
import { TICKETS_TABLE } from '../../../../functions/definitions/tables';
import { createLocalClients } from '../../../../functions/local-stack/aws-clients';
import { createTables } from '../../../../functions/local-stack/create-tables';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
const documents = documentClient(clients.dynamodb);
const AT = Date.parse('2026-12-22T10:00:00Z');
let table: string;

beforeAll(async () => {
  const tables = await createTables(clients.dynamodb, `${prefix}-tx-${randomUUID().slice(0, 8)}`);
  table = tables[TICKETS_TABLE.tableNameEnv]!;
});
afterAll(() => {
  documents.destroy();
  clients.destroy();
});

const openTickets = async (agentId: string) =>
  (await documents.send(new GetCommand({ TableName: table, Key: agentLoadKey(agentId) }))).Item
    ?.openTickets as number | undefined;

/** A write at position 0 that always passes, so that the load's reason comes back at 1. */
const marker = (id: string): TransactItem => ({
  Put: { TableName: table, Item: { pk: `MARKER#${id}`, sk: 'MARKER' } },
});
const markerWritten = async (id: string) =>
  (
    await documents.send(
      new GetCommand({ TableName: table, Key: { pk: `MARKER#${id}`, sk: 'MARKER' } }),
    )
  ).Item !== undefined;

describe('agent load updates in a transaction', () => {
  it('takes places up to the limit, then is cancelled on the load alone, writing nothing', async () => {
    const agent = `a-${randomUUID()}`;
    const take = () => agentLoadUpdate(table, agent, { kind: 'take', at: AT, limit: 2 });
    expect(await writeTransaction(documents, [marker('1' + agent), take()])).toBeUndefined();
    expect(await writeTransaction(documents, [marker('2' + agent), take()])).toBeUndefined();
    expect(await openTickets(agent)).toBe(2);

    const cancellation = await writeTransaction(documents, [marker('3' + agent), take()]);
    expect(cancellation?.passed(0)).toBe(true);
    expect(cancellation?.conditionFailed(1)).toBe(true);
    expect(cancellation?.conflicted).toBe(false);
    expect(await openTickets(agent)).toBe(2);
    expect(await markerWritten('3' + agent)).toBe(false);
  });

  it('takes without a limit however full the agent is', async () => {
    const agent = `a-${randomUUID()}`;
    for (let i = 0; i < 3; i++) {
      expect(
        await writeTransaction(documents, [
          agentLoadUpdate(table, agent, { kind: 'take', at: AT }),
        ]),
      ).toBeUndefined();
    }
    expect(await openTickets(agent)).toBe(3);
  });

  it('gives a place back, refusing below zero only when asked to', async () => {
    const agent = `a-${randomUUID()}`;
    await writeTransaction(documents, [agentLoadUpdate(table, agent, { kind: 'take', at: AT })]);
    const release = (aboveZero: boolean) =>
      writeTransaction(documents, [agentLoadUpdate(table, agent, { kind: 'release', aboveZero })]);
    expect(await release(true)).toBeUndefined();
    expect(await openTickets(agent)).toBe(0);
    expect((await release(true))?.conditionFailed(0)).toBe(true);
    expect(await openTickets(agent)).toBe(0);
    expect(await release(false)).toBeUndefined();
    expect(await openTickets(agent)).toBe(-1);
  });
});

describe('versioned ticket updates', () => {
  const event = (at: string): TicketEvent => ({
    event: 'acknowledged',
    at,
    by: 'link',
    team: 'emea',
    agent: 'ana',
  });
  const change = (at: string) => ({
    sets: ['acknowledgedAt = :when'],
    values: { ':when': at },
    events: [event(at)],
  });
  const ticket = async (id: string) =>
    (await documents.send(new GetCommand({ TableName: table, Key: ticketKey(id) }))).Item!;

  it('applies a change once per version read, a ticket without a version counting as 0', async () => {
    const id = `T-${randomUUID()}`;
    // As tickets were recorded before versions and history existed.
    await documents.send(
      new PutCommand({ TableName: table, Item: { ...ticketKey(id), ticketId: id } }),
    );
    const first = change('2026-12-22T10:00:00.000Z');
    expect(
      await writeTransaction(documents, [versionedTicketUpdate(table, id, 0, first)]),
    ).toBeUndefined();
    expect(await ticket(id)).toMatchObject({ version: 1, history: first.events });

    const stale = await writeTransaction(documents, [
      versionedTicketUpdate(table, id, 0, change('2026-12-22T11:00:00.000Z')),
    ]);
    expect(stale?.conditionFailed(0)).toBe(true);

    const second = change('2026-12-22T12:00:00.000Z');
    expect(
      await writeTransaction(documents, [versionedTicketUpdate(table, id, 1, second)]),
    ).toBeUndefined();
    expect(await ticket(id)).toMatchObject({
      version: 2,
      acknowledgedAt: '2026-12-22T12:00:00.000Z',
      history: [...first.events, ...second.events],
    });
  });
});

describe('writeTransaction', () => {
  it('throws what is not a cancellation, as DynamoDB refuses two writes of one item', async () => {
    const agent = `a-${randomUUID()}`;
    const take = agentLoadUpdate(table, agent, { kind: 'take', at: AT });
    await expect(writeTransaction(documents, [take, take])).rejects.toMatchObject({
      name: 'ValidationException',
    });
  });
});
