// `sunroute ack` and `sunroute resolve` on a tickets table in DynamoDB Local, reached by name as a
// support lead reaches a deployed one.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { decideRoute, planRoute } from '../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { DynamoDbTicketStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-store';
import { agentLoadKey, ticketKey } from '../../../functions/adapters/dynamodb/ticket-items';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createTables } from '../../../functions/local-stack/create-tables';
import { memoryIo } from '../../unit/cli/memory-io';
import { AT, liveConfig, ticket } from '../../unit/router/router-fixtures';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
const documents = DynamoDBDocumentClient.from(clients.dynamodb, {
  marshallOptions: { removeUndefinedValues: true },
});
afterAll(() => clients.destroy());
afterEach(() => vi.unstubAllEnvs());

/** A tickets table of its own holding one ticket assigned to an agent. */
async function assignedTicket() {
  const tables = await createTables(clients.dynamodb, `${prefix}-ack-${randomUUID().slice(0, 8)}`);
  const table = tables[TICKETS_TABLE.tableNameEnv]!;
  vi.stubEnv(TICKETS_TABLE.tableNameEnv, table);
  const live = liveConfig();
  const routed = ticket({ id: `cli-${randomUUID().slice(0, 8)}` });
  const decision = decideRoute(planRoute(live.compiled, routed, AT), EMPTY_ROUTING_STATE);
  const store = new DynamoDbTicketStore(documents, table);
  expect(await store.recordAssignment({ ticket: routed, decision, at: AT })).toEqual({
    kind: 'recorded',
  });
  const item = async () =>
    (await documents.send(new GetCommand({ TableName: table, Key: ticketKey(routed.id) }))).Item!;
  const load = async () =>
    (await documents.send(new GetCommand({ TableName: table, Key: agentLoadKey(decision.agent!) })))
      .Item?.openTickets as number;
  return { id: routed.id, agent: decision.agent!, item, load };
}

async function run(args: string[]) {
  const io = memoryIo();
  const status = await main(args, io.io);
  return { status, out: io.out(), err: io.errLines() };
}

describe('sunroute ack and resolve', () => {
  it('acknowledges once and says so the second time', async () => {
    const { id, agent, item } = await assignedTicket();
    expect(await run(['ack', id])).toEqual({
      status: 0,
      out: `${id}: acknowledged for agent ${agent} of team emea; it will not be handed over or escalated\n`,
      err: [],
    });
    const again = await run(['ack', id]);
    expect(again.status).toBe(0);
    expect(again.out).toMatch(new RegExp(`^${id}: already acknowledged at \\S+Z; nothing changed`));
    expect(await item()).toMatchObject({ version: 2, acknowledgedAt: expect.any(String) });
    expect((await item()).history.at(-1)).toMatchObject({ event: 'acknowledged', by: 'cli' });
  });

  it('records who acted: --as, else $SUNROUTE_USER, else the login name', async () => {
    const { id, item } = await assignedTicket();
    vi.stubEnv('SUNROUTE_USER', 'ci-pipeline');
    expect((await run(['ack', id, '--as', 'maria.lead'])).status).toBe(0);
    expect((await item()).history.at(-1)).toMatchObject({
      event: 'acknowledged',
      by: 'cli',
      actor: 'maria.lead',
    });
    expect((await run(['resolve', id])).status).toBe(0);
    expect((await item()).history.at(-1)).toMatchObject({
      event: 'resolved',
      by: 'cli',
      actor: 'ci-pipeline',
    });
    const other = await assignedTicket();
    vi.stubEnv('SUNROUTE_USER', '');
    expect((await run(['ack', other.id])).status).toBe(0);
    expect((await other.item()).history.at(-1)).toMatchObject({ actor: userInfo().username });
  });

  it('exits 2 naming --as or $SUNROUTE_USER when blank or holding control characters', async () => {
    const { id, item } = await assignedTicket();
    for (const as of ['', '  ', 'lead\nforged: entry']) {
      const result = await run(['ack', id, '--as', as]);
      expect(result.status).toBe(2);
      expect(result.err).toEqual([expect.stringMatching(/^--as: /)]);
    }
    vi.stubEnv('SUNROUTE_USER', 'ci\u001b[2Jpipeline');
    expect((await run(['ack', id])).err).toEqual([expect.stringMatching(/^\$SUNROUTE_USER: /)]);
    expect(await item()).toMatchObject({ version: 1 });
  });

  it('resolves once, giving the agent one ticket back', async () => {
    const { id, agent, item, load } = await assignedTicket();
    expect(await load()).toBe(1);
    expect(await run(['resolve', id])).toEqual({
      status: 0,
      out: `${id}: resolved (agent ${agent} of team emea)\n`,
      err: [],
    });
    expect((await run(['resolve', id])).out).toBe(`${id}: already resolved; nothing changed\n`);
    expect(await load()).toBe(0);
    expect(await item()).toMatchObject({ status: 'resolved', version: 2 });
  });

  it('exits 2 naming the ticket and the table when there is no such ticket', async () => {
    await assignedTicket();
    const result = await run(['resolve', 'no-such-ticket']);
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      expect.stringMatching(/^no-such-ticket: no such ticket in table \S+-Tickets$/),
    ]);
  });
});
