import { afterEach, describe, expect, it } from 'vitest';
import {
  SENDER,
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from './router-harness';

let router: TestRouter;
afterEach(() => router?.close());

describe('router, happy path', () => {
  it('assigns a ticket to an agent, counts the load and sends one email, in one transaction and one update', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));

    // The first ticket of a container reads the configuration; later ones must not.
    expect(await router.invoke([sqsRecord(ticketBody(`warm-${router.runId}`))])).toEqual({
      batchItemFailures: [],
    });
    router.counter.reset();

    const id = `t-${router.runId}`;
    const response = await router.invoke([sqsRecord(ticketBody(id))]);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(router.counter.snapshot()).toEqual({
      BatchGetItemCommand: 1,
      TransactWriteItemsCommand: 1,
      UpdateItemCommand: 1,
    });

    const ticket = (await router.ticketItems()).find((item) => item.ticketId === id);
    expect(ticket).toMatchObject({
      status: 'assigned',
      team: 'emea',
      agent: 'agent-2', // agent-1 took the warm-up ticket: fewest open tickets
      teamStatus: 'emea#assigned',
      statusSince: '2026-12-22T09:15:00.000Z',
      receivedAt: '2026-12-22T09:14:00Z',
      decision: {
        ticketId: id,
        status: 'assigned',
        step: 1,
        // Four hours (normal) of EMEA's shift from routing.
        expectedReplyBy: '2026-12-22T13:15:00.000Z',
      },
    });
    expect(ticket!.expiresAt).toBe(Math.floor(router.now / 1000) + 400 * 86_400);
    expect(await router.agentLoads()).toEqual({ 'agent-1': 1, 'agent-2': 1 });

    const [outbox] = await router.outbox(id);
    expect(outbox).toMatchObject({
      sent: true,
      recipient: 'agent',
      sesMessageId: expect.any(String),
    });
    expect(outbox).not.toHaveProperty('claimToken');

    const toAgent = (await router.sentEmails()).filter((email) =>
      email.destination.to?.includes(`agent-2.${router.runId}@example.com`),
    );
    expect(toAgent).toHaveLength(1);
    expect(toAgent[0]).toMatchObject({ from: SENDER, subject: outbox!.subject });
    expect(toAgent[0]!.body.html).toContain('<');
    expect(toAgent[0]!.body.text).toContain('Hello, my order has not arrived yet.');
    // No responder answers it, and an answer that comes back anyway is no ticket.
    expect(toAgent[0]!.headers).toEqual([
      { name: 'Auto-Submitted', value: 'auto-generated' },
      { name: 'X-Auto-Response-Suppress', value: 'All' },
    ]);
  });

  it('reads the thread’s agent from the index and keeps the conversation with it', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    await router.invoke([sqsRecord(ticketBody(`a-${router.runId}`, { threadId: 'conv-1' }))]);
    await router.invoke([sqsRecord(ticketBody(`b-${router.runId}`))]);
    router.counter.reset();

    // agent-1 has the thread, agent-2 one other ticket: fewest-open would tie, the thread decides.
    await router.invoke([sqsRecord(ticketBody(`c-${router.runId}`, { threadId: 'conv-1' }))]);
    // One more read than without a thread: the byThread index.
    expect(router.counter.snapshot()).toEqual({
      BatchGetItemCommand: 1,
      QueryCommand: 1,
      TransactWriteItemsCommand: 1,
      UpdateItemCommand: 1,
    });
    const tickets = await router.ticketItems();
    expect(tickets.find((item) => item.ticketId === `c-${router.runId}`)).toMatchObject({
      agent: 'agent-1',
      threadKey: 'conv-1',
    });
  });

  it('records and sends a ticket whose body is near SQS’s limit (the outbox email stored packed)', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const id = `big-${router.runId}`;
    // Escaped in HTML (<, & four and five bytes each), text and HTML together pass 400 KB.
    const body = `Order <missing> & late. ${'<&> '.repeat(48_000)}`;
    const response = await router.invoke([sqsRecord(ticketBody(id, { body }))]);
    expect(response).toEqual({ batchItemFailures: [] });

    const [outbox] = await router.outbox(id);
    expect(outbox).toMatchObject({ sent: true, body: expect.any(Uint8Array) });
    expect(outbox).not.toHaveProperty('html');
    const [email] = await router.sentEmails();
    expect(email!.body.text).toContain(body.slice(0, 200));
    expect(email!.body.html).toContain('Order &lt;missing&gt; &amp; late.');
  });
});
