// The waiting line on the whole local stack: a burst beyond a team's capacity waits in the team's
// line, and every resolution (here through the same store the CLI and the links use) gets the
// resolving agent the next waiting ticket within seconds, by way of the tickets table's stream
// and the waiting-line function, never past maxOpenTickets, each with one email.
import { Logger } from '@aws-lambda-powertools/logger';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../../functions/adapters/dynamodb/document-client';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import type { TicketEvent } from '../../../functions/core/followup/ticket-history';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { TUESDAY_MORNING, teamConfig, ticketBody } from '../router/router-harness';
import { emailsFor, eventually, sendBodies, sentEmails } from './local-stack-harness';

const quiet = { info() {}, warn() {}, error() {} };
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const RUN = 'line';
const CAPACITY = 3;

type Item = Record<string, unknown>;

describe('the waiting line on the local stack', () => {
  let stack: LocalStack;
  let actions: DynamoDbTicketActionStore;
  const now = { at: TUESDAY_MORNING };

  const items = async (): Promise<Item[]> => {
    const { Items = [] } = await stack.clients.documents.send(
      new ScanCommand({ TableName: stack.env[TICKETS_TABLE.tableNameEnv] }),
    );
    return Items;
  };
  const tickets = async () => (await items()).filter((item) => item.sk === 'TICKET');
  const held = async () => {
    const open = (await tickets()).filter((item) => item.status === 'assigned');
    const by = (agent: string) =>
      open.filter((item) => item.agent === agent).map((item) => String(item.ticketId));
    return { 'agent-1': by('agent-1'), 'agent-2': by('agent-2') };
  };
  const waiting = async () =>
    (await tickets())
      .filter((item) => item.lineKey !== undefined)
      .sort((a, b) => String(a.linePosition).localeCompare(String(b.linePosition)))
      .map((item) => String(item.ticketId));
  const loads = async () =>
    Object.fromEntries(
      (await items())
        .filter((item) => item.sk === 'LOAD')
        .map((item) => [String(item.pk).slice('AGENT#'.length), Number(item.openTickets)]),
    );
  const resolve = (ticketId: string) =>
    actions.resolveTicket({ ticketId, at: now.at, by: 'cli', actor: 'lead' });

  beforeAll(async () => {
    stack = await startLocalStack({
      ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
      prefix: 'line',
      configDocument: teamConfig(RUN, { agents: 2, capacity: CAPACITY }),
      router: { clock: () => now.at, logger: new Logger({ logLevel: 'SILENT' }) },
      waitTimeSeconds: 1,
      log: quiet,
    });
    actions = new DynamoDbTicketActionStore(
      documentClient(stack.clients.dynamodb),
      stack.env[TICKETS_TABLE.tableNameEnv]!,
    );
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  // 14 tickets, a second apart; w-09 is urgent and w-12 high, so they are served first.
  const ids = Array.from({ length: 14 }, (_, i) => `w-${String(i + 1).padStart(2, '0')}`);
  const priority = (id: string) => (id === 'w-09' ? 'urgent' : id === 'w-12' ? 'high' : 'normal');

  it('keeps a burst beyond capacity in the team’s line, in order of priority and arrival', async () => {
    // One at a time, so that which six get an agent does not depend on batching.
    for (const [i, id] of ids.entries()) {
      await sendBodies(stack, [
        ticketBody(id, {
          receivedAt: new Date(Date.parse('2026-12-22T09:00:00Z') + i * 1000).toISOString(),
          priority: priority(id),
        }),
      ]);
      expect(
        await eventually(async () => (await tickets()).some((item) => item.ticketId === id)),
      ).toBe(true);
    }
    const holding = await held();
    expect(holding['agent-1']).toHaveLength(CAPACITY);
    expect(holding['agent-2']).toHaveLength(CAPACITY);
    expect(await waiting()).toEqual([
      'w-09',
      'w-12',
      'w-07',
      'w-08',
      'w-10',
      'w-11',
      'w-13',
      'w-14',
    ]);
    expect(await loads()).toEqual({ 'agent-1': CAPACITY, 'agent-2': CAPACITY });
  }, 60_000);

  it('gives the resolving agent the first waiting ticket within seconds, and records its wait', async () => {
    now.at += 7 * 60_000;
    const [first] = (await held())['agent-1'];
    const started = Date.now();
    await resolve(first!);
    expect(await eventually(async () => (await held())['agent-1'].includes('w-09'), 10_000)).toBe(
      true,
    );
    const tookMs = Date.now() - started;
    expect(tookMs).toBeLessThan(10_000);
    const urgent = (await tickets()).find((item) => item.ticketId === 'w-09')!;
    expect(urgent).toMatchObject({ status: 'assigned', agent: 'agent-1' });
    expect(urgent).not.toHaveProperty('lineKey');
    expect(urgent).not.toHaveProperty('waitingSince');
    // Routed at 09:15, given out 7 minutes later on the stack's clock.
    expect(urgent.waitedMs).toBe(7 * 60_000);
    expect((urgent.history as TicketEvent[]).at(-1)).toMatchObject({
      event: 'assigned',
      by: 'waiting line',
      agent: 'agent-1',
    });
    expect(await loads()).toEqual({ 'agent-1': CAPACITY, 'agent-2': CAPACITY });
    expect(
      await eventually(async () => emailsFor(await sentEmails(stack), 'w-09').length === 2),
    ).toBe(true);
  }, 30_000);

  it('never gives one waiting ticket to two agents when two resolve at the same moment', async () => {
    const holding = await held();
    await Promise.all([resolve(holding['agent-1'][0]!), resolve(holding['agent-2'][0]!)]);
    expect(await eventually(async () => (await waiting()).length === 5, 10_000)).toBe(true);
    await stack.waitingLine.settled();
    const after = await held();
    expect(after['agent-1']).toHaveLength(CAPACITY);
    expect(after['agent-2']).toHaveLength(CAPACITY);
    // The next two in line, one each.
    expect([...after['agent-1'], ...after['agent-2']]).toEqual(
      expect.arrayContaining(['w-12', 'w-07']),
    );
    for (const id of ['w-12', 'w-07']) {
      const item = (await tickets()).find((ticket) => ticket.ticketId === id)!;
      const assigned = (item.history as TicketEvent[]).filter(
        (event) => event.by === 'waiting line',
      );
      expect(assigned, id).toHaveLength(1);
    }
    expect(await loads()).toEqual({ 'agent-1': CAPACITY, 'agent-2': CAPACITY });
  }, 30_000);

  it('drains the whole line in order as tickets are resolved, never past capacity', async () => {
    const order: string[] = [];
    let remaining = await waiting();
    while (remaining.length > 0) {
      const holding = await held();
      const agent = remaining.length % 2 === 0 ? 'agent-1' : 'agent-2';
      await resolve(holding[agent][0]!);
      const next = remaining[0]!;
      expect(await eventually(async () => (await held())[agent].includes(next), 10_000)).toBe(true);
      order.push(next);
      const current = await loads();
      expect(current['agent-1']).toBeLessThanOrEqual(CAPACITY);
      expect(current['agent-2']).toBeLessThanOrEqual(CAPACITY);
      remaining = await waiting();
    }
    expect(order).toEqual(['w-08', 'w-10', 'w-11', 'w-13', 'w-14']);
    await stack.waitingLine.settled();
    const emails = await sentEmails(stack);
    // Each waiting ticket: the team notice when it joined the line, the agent's email when it
    // left it; nothing twice.
    for (const id of ids.slice(6)) expect(emailsFor(emails, id), id).toHaveLength(2);
  }, 90_000);
});
