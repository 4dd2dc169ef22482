// The waiting line's moves on the stand-ins, driven step by step: fills racing each other, a
// waiting ticket at its team's shift end, and a support lead's assignment (the function behind
// `POST /tickets/{id}/assign`, and `sunroute assign`).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import { decisionFromItem } from '../../../functions/adapters/dynamodb/ticket-items';
import type { TicketEvent } from '../../../functions/core/followup/ticket-history';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { WAITING_LINE } from '../../../functions/definitions/waiting-line';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { runFollowUp } from '../../../functions/scheduler/run-follow-up';
import { awsSchedulerDependencies } from '../../../functions/scheduler/aws-dependencies';
import { readSchedulerEnvironment } from '../../../functions/scheduler/environment';
import { assignByHand } from '../../../functions/shared/assign-by-hand';
import { awsLineDependencies } from '../../../functions/shared/aws-line-dependencies';
import { fillLine } from '../../../functions/shared/fill-line';
import { readRoutingEnvironment } from '../../../functions/shared/routing-environment';
import { HANDOVER_TEAMS_YAML } from '../../unit/core/followup/handover-teams';
import { memoryIo } from '../../unit/cli/memory-io';
import { sqsRecord, startTestRouter, ticketBody, type TestRouter } from '../router/router-harness';
import { testLogger, testMetrics } from '../test-telemetry';
import { inject } from 'vitest';

const { endpoints } = inject('standIns');
const AT = (time: string) => Date.parse(`2026-12-22T${time}:00Z`); // a Tuesday

/** Berlin (08–17 UTC) with Ann and Ben, one ticket each at most; York (17–23 UTC) with Yan. */
function config(runId: string): string {
  return `${HANDOVER_TEAMS_YAML.replace(/(\w+)@example\.com/g, `$1.${runId}@example.com`)}agents:
  - { id: ann, email: ann.${runId}@example.com, team: berlin, maxOpenTickets: 1 }
  - { id: ben, email: ben.${runId}@example.com, team: berlin, maxOpenTickets: 1 }
  - { id: yan, email: yan.${runId}@example.com, team: york, maxOpenTickets: 5 }
`;
}

const opened: { destroy(): void }[] = [];
afterEach(() => {
  for (const clients of opened.splice(0)) clients.destroy();
  vi.unstubAllEnvs();
});

/** The line's dependencies on clients of their own, as another Lambda container would have. */
function container(router: TestRouter) {
  const clients = createLocalClients(endpoints);
  opened.push(clients);
  return awsLineDependencies(
    readRoutingEnvironment(router.env, 'test'),
    {
      dynamodb: clients.dynamodb,
      sesv2: clients.sesv2,
      clock: () => router.now,
      logger: testLogger(WAITING_LINE.service),
      metrics: testMetrics(WAITING_LINE.service),
    },
    'testing',
  );
}

/** A router with the two teams, and four tickets routed at `time`: Ann and Ben hold 1 each. */
async function burst(time: string) {
  const router = await startTestRouter();
  router.now = AT(time);
  await router.saveConfig(config(router.runId));
  for (const [i, id] of ['t-1', 't-2', 't-3', 't-4'].entries()) {
    const body = ticketBody(`${id}-${router.runId}`, {
      receivedAt: new Date(AT(time) - (10 - i) * 60_000).toISOString(),
    });
    const response = await router.invoke([sqsRecord(body)]);
    expect(response.batchItemFailures).toEqual([]);
  }
  const id = (n: number) => `t-${n}-${router.runId}`;
  const item = async (n: number) =>
    (await router.ticketItems()).find((ticket) => ticket.ticketId === id(n))!;
  const actions = new DynamoDbTicketActionStore(
    router.documents,
    router.env[TICKETS_TABLE.tableNameEnv]!,
  );
  expect(await router.agentLoads()).toEqual({ ann: 1, ben: 1 });
  expect((await item(3)).lineKey).toBe('berlin#0');
  expect((await item(4)).lineKey).toBe('berlin#0');
  return { router, id, item, actions };
}

const byLine = (item: Record<string, unknown>) =>
  (item.history as TicketEvent[]).filter((event) => event.by === 'waiting line');

describe('the waiting line, step by step', () => {
  it('never gives one waiting ticket twice when fills race, nor anyone more than their limit', async () => {
    const { router, id, item, actions } = await burst('10:00');
    router.now = AT('10:30');
    await actions.resolveTicket({ ticketId: id(1), at: router.now, by: 'cli', actor: 'lead' });
    await actions.resolveTicket({ ticketId: id(2), at: router.now, by: 'cli', actor: 'lead' });
    const live = await container(router).config.current();
    // Three containers fill Berlin's line at the same moment.
    const summaries = await Promise.all(
      [container(router), container(router), container(router)].map((deps) =>
        fillLine(deps, live, 'berlin', router.now),
      ),
    );
    expect(summaries.reduce((sum, s) => sum + s.assigned, 0)).toBe(2);
    expect(await router.agentLoads()).toEqual({ ann: 1, ben: 1 });
    const [third, fourth] = [await item(3), await item(4)];
    expect(new Set([third.agent, fourth.agent])).toEqual(new Set(['ann', 'ben']));
    expect(byLine(third)).toHaveLength(1);
    expect(byLine(fourth)).toHaveLength(1);
    // Waited from routing at 10:00 until 10:30.
    expect(third.waitedMs).toBe(30 * 60_000);
    const emails = await router.sentEmails();
    for (const n of [3, 4]) {
      const agentEmails = emails.filter(
        (email) =>
          (email.body.text ?? '').includes(id(n)) &&
          (email.destination.to ?? []).some((to) => /^(ann|ben)\./.test(to)),
      );
      expect(agentEmails, id(n)).toHaveLength(1);
    }
    router.close();
  }, 60_000);

  it('moves a waiting ticket on at its team’s shift end, to the next team on shift', async () => {
    const { router, item } = await burst('16:00');
    const clients = createLocalClients(endpoints);
    opened.push(clients);
    const scheduler = awsSchedulerDependencies(readSchedulerEnvironment(router.env), {
      dynamodb: clients.dynamodb,
      sesv2: clients.sesv2,
      clock: () => router.now,
      logger: testLogger('scheduler'),
      metrics: testMetrics('scheduler'),
    });
    router.now = AT('16:45');
    const summary = await runFollowUp(scheduler, router.now);
    expect(summary.handedOver).toBe(4);
    const waited = await item(3);
    expect(waited).toMatchObject({ status: 'assigned', team: 'york', agent: 'yan' });
    expect(waited).not.toHaveProperty('lineKey');
    // Routed at 16:00, handed over at Berlin's end, 17:00.
    expect(waited.waitedMs).toBe(60 * 60_000);
    expect((waited.history as TicketEvent[]).map((event) => event.event)).toEqual([
      'assigned',
      'handed-over',
    ]);
    router.close();
  }, 60_000);

  it('refuses a lead’s assignment over capacity without the flag, and records who did it with it', async () => {
    const { router, id, item } = await burst('10:00');
    router.now = AT('10:20');
    const deps = container(router);
    const request = { ticketId: id(3), agentId: 'ann', by: 'lea@example.com' };
    expect(await assignByHand(deps, { ...request, overCapacity: false })).toEqual({
      kind: 'over-capacity',
      openTickets: 1,
      limit: 1,
    });
    expect(await router.agentLoads()).toEqual({ ann: 1, ben: 1 });
    expect((await item(3)).lineKey).toBe('berlin#0');
    const done = await assignByHand(deps, { ...request, overCapacity: true });
    expect(done).toMatchObject({ kind: 'assigned', previousAgent: null });
    expect(await router.agentLoads()).toEqual({ ann: 2, ben: 1 });
    const taken = await item(3);
    expect(taken).toMatchObject({ status: 'assigned', agent: 'ann', waitedMs: 20 * 60_000 });
    expect(taken).not.toHaveProperty('lineKey');
    expect((taken.history as TicketEvent[]).at(-1)).toMatchObject({
      event: 'assigned',
      by: 'lea@example.com',
      agent: 'ann',
    });
    expect(decisionFromItem(router.env[TICKETS_TABLE.tableNameEnv]!, taken).reasons[0]).toBe(
      'agent ann of team berlin: assigned by hand by lea@example.com, over maxOpenTickets (1 of 1 open before)',
    );
    // From Ann to Ben: Ben's place is taken, Ann's given back, and Ann is told where it went.
    expect(
      await assignByHand(deps, { ...request, agentId: 'ben', overCapacity: true }),
    ).toMatchObject({
      kind: 'assigned',
      previousAgent: 'ann',
    });
    expect(await router.agentLoads()).toEqual({ ann: 1, ben: 2 });
    router.close();
  }, 60_000);

  it('sunroute assign: exit 2 over capacity without --over-capacity, then assigns with it', async () => {
    const { router, id, item } = await burst('10:00');
    vi.stubEnv(CONFIG_TABLE.tableNameEnv, router.env[CONFIG_TABLE.tableNameEnv]!);
    vi.stubEnv(TICKETS_TABLE.tableNameEnv, router.env[TICKETS_TABLE.tableNameEnv]!);
    vi.stubEnv(EMAIL_SENDING.senderEmailEnv, router.env[EMAIL_SENDING.senderEmailEnv]!);
    vi.stubEnv('SUNROUTE_USER', 'lea (cli)');
    const run = async (args: string[]) => {
      const io = memoryIo();
      const status = await main(args, io.io);
      return { status, out: io.out(), err: io.errLines() };
    };
    expect(await run(['assign', id(4), 'ben'])).toEqual({
      status: 2,
      out: '',
      err: ['ben: holds 1 of 1 open tickets; give --over-capacity to assign over the limit'],
    });
    expect(await run(['assign', id(4), 'nobody'])).toMatchObject({
      status: 2,
      err: ['nobody: not an agent of the current configuration'],
    });
    expect(await run(['assign', id(4), 'ben', '--over-capacity'])).toEqual({
      status: 0,
      out: `${id(4)}: assigned to agent ben of team berlin; the agent is emailed\n`,
      err: [],
    });
    expect((await item(4)).history).toContainEqual(
      expect.objectContaining({ event: 'assigned', by: 'lea (cli)', agent: 'ben' }),
    );
    expect(await router.agentLoads()).toEqual({ ann: 1, ben: 2 });
    router.close();
  }, 60_000);
});
