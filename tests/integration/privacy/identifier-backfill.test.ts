// `sunroute privacy backfill` on DynamoDB Local: tickets written before identifier items existed
// get the items routing writes now, page by page, so find and erase reach them; a run stopped
// after a page goes on from the position it printed; a second run changes nothing.
import { randomUUID } from 'node:crypto';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../../functions/cli/main';
import { DynamoDbPrivacyStore } from '../../../functions/adapters/dynamodb/dynamodb-privacy-store';
import {
  parseIdentifier,
  ticketIndexKeys,
} from '../../../functions/core/privacy/customer-identifier';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createTables } from '../../../functions/local-stack/create-tables';
import { memoryIo } from '../../unit/cli/memory-io';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
afterAll(() => clients.destroy());

const ADDRESS = 'early.customer@example.de';
const EXPIRES = 1_900_000_000;

/** A ticket item as routing wrote it before identifier items: the ticket, no IDENTIFIER# items. */
function oldTicket(id: string, customer: Record<string, unknown>) {
  return {
    pk: `TICKET#${id}`,
    sk: 'TICKET',
    ticketId: id,
    status: 'assigned',
    expiresAt: EXPIRES,
    ticket: {
      id,
      channel: id.startsWith('chat:') ? 'chat' : 'email',
      receivedAt: '2026-03-02T09:00:00Z',
      subject: 'Parcel',
      body: 'Where is my parcel?',
      customer,
    },
  };
}

async function tableWithOldTickets(): Promise<string> {
  const tables = await createTables(
    clients.dynamodb,
    `${prefix}-backfill-${randomUUID().slice(0, 8)}`,
  );
  const table = tables[TICKETS_TABLE.tableNameEnv]!;
  const items = [
    oldTicket('email:<a1@example.de>', { name: 'E', email: ADDRESS, country: 'DE' }),
    oldTicket('email:<a2@example.de>', {
      name: 'E',
      email: ADDRESS.toUpperCase(),
      phone: '030 9876543',
      country: 'DE',
    }),
    oldTicket('chat:widget:c1', { name: 'Anonymous' }),
  ];
  for (const item of items) {
    await clients.documents.send(new PutCommand({ TableName: table, Item: item }));
  }
  return table;
}

async function run(args: string[]) {
  const io = memoryIo({});
  const status = await main(args, io.io);
  return { status, out: io.out(), err: io.errLines() };
}

async function identifierItems(table: string) {
  const { Items = [] } = await clients.documents.send(new ScanCommand({ TableName: table }));
  return Items.filter((item) => String(item.sk).startsWith('IDENTIFIER#'));
}

describe('sunroute privacy backfill', () => {
  it('gives old tickets their identifier items, and a second run changes nothing', async () => {
    const table = await tableWithOldTickets();
    const store = new DynamoDbPrivacyStore(clients.documents, table);
    const [emailKey] = ticketIndexKeys({
      customer: { email: ADDRESS },
    } as Parameters<typeof ticketIndexKeys>[0]);
    expect(await store.findTicketIds(emailKey!)).toEqual([]);

    const first = await run(['privacy', 'backfill', '--table', table]);
    expect(first.status).toBe(0);
    // Two email tickets: address and mailbox each, the second also its phone; the chat none.
    expect(JSON.parse(first.out)).toMatchObject({ tickets: 3, identifiers: 5, gone: 0 });
    expect((await store.findTicketIds(emailKey!)).sort()).toEqual([
      'email:<a1@example.de>',
      'email:<a2@example.de>',
    ]);
    const phone = parseIdentifier('phone', '+49 30 9876543');
    expect(await store.findTicketIds(`phone:${phone.value}`)).toEqual(['email:<a2@example.de>']);
    const items = await identifierItems(table);
    expect(items).toHaveLength(5);
    // They expire with their ticket.
    expect(items.every((item) => item.expiresAt === EXPIRES)).toBe(true);

    const second = await run(['privacy', 'backfill', '--table', table]);
    expect(JSON.parse(second.out)).toMatchObject({ tickets: 3, identifiers: 5 });
    expect(await identifierItems(table)).toEqual(expect.arrayContaining(items));
    expect(await identifierItems(table)).toHaveLength(5);
  });

  it('goes on from the position a stopped run printed', async () => {
    const table = await tableWithOldTickets();
    const first = await run(['privacy', 'backfill', '--table', table, '--page-size', '1']);
    expect(first.status).toBe(0);
    const afterFirstPage = /--start-after (\S+)/.exec(first.err[0] ?? '')?.[1];
    expect(afterFirstPage).toBeDefined();
    expect(first.err.at(-1)).toMatch(/; done$/);
    const resumed = await run([
      'privacy',
      'backfill',
      '--table',
      table,
      '--page-size',
      '1',
      '--start-after',
      afterFirstPage!,
    ]);
    expect(resumed.status).toBe(0);
    // The first page's ticket is not read again.
    expect(JSON.parse(resumed.out).tickets).toBe(JSON.parse(first.out).tickets - 1);
  });

  it('refuses a page size or a position it cannot use, naming the option', async () => {
    const table = await tableWithOldTickets();
    const size = await run(['privacy', 'backfill', '--table', table, '--page-size', '0']);
    expect(size.status).toBe(2);
    expect(size.err.join('\n')).toContain('--page-size');
    const position = await run(['privacy', 'backfill', '--table', table, '--start-after', '%%']);
    expect(position.status).toBe(2);
    expect(position.err.join('\n')).toContain('--start-after');
    expect(await identifierItems(table)).toEqual([]);
  });
});
