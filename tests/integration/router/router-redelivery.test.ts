// docs/guarantees.md: at-least-once input, exactly-once effect.
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Mailer } from '../../../functions/adapters/mailer';
import { ticketKey } from '../../../functions/adapters/dynamodb/ticket-items';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import {
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from './router-harness';

let router: TestRouter;
afterEach(() => router?.close());

async function assignmentsAndEmails(router: TestRouter, id: string) {
  const tickets = (await router.ticketItems()).filter((item) => item.ticketId === id);
  return {
    tickets: tickets.length,
    load: Object.values(await router.agentLoads()).reduce((sum, n) => sum + n, 0),
    emails: (await router.sentEmails()).length,
  };
}

describe('router, redelivery', () => {
  it('assigns and emails once when the same message comes back in a later batch', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const id = `t-${router.runId}`;
    const record = sqsRecord(ticketBody(id));
    await router.invoke([record]);

    router.counter.reset();
    const again = await router.invoke([
      sqsRecord(record.body, { messageId: record.messageId, receiveCount: 2 }),
    ]);
    expect(again).toEqual({ batchItemFailures: [] });
    // A redelivery reads the ticket and its outbox in one query and writes nothing.
    expect(router.counter.snapshot()).toEqual({ QueryCommand: 1 });
    expect(await assignmentsAndEmails(router, id)).toEqual({ tickets: 1, load: 1, emails: 1 });
  });

  it('assigns and emails once when the ticket is sent twice as two first deliveries', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const id = `t-${router.runId}`;
    await router.invoke([sqsRecord(ticketBody(id))]);
    // Another message with the same ticket: SQS counts it as a first receive.
    expect(await router.invoke([sqsRecord(ticketBody(id))])).toEqual({ batchItemFailures: [] });
    expect(await assignmentsAndEmails(router, id)).toEqual({ tickets: 1, load: 1, emails: 1 });
  });

  it('assigns and emails once when both copies arrive in the same batch', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const id = `t-${router.runId}`;
    const response = await router.invoke([
      sqsRecord(ticketBody(id)),
      sqsRecord(ticketBody(id)),
      sqsRecord(ticketBody(id), { receiveCount: 3 }),
    ]);
    expect(response).toEqual({ batchItemFailures: [] });
    expect(await assignmentsAndEmails(router, id)).toEqual({ tickets: 1, load: 1, emails: 1 });
  });
});

/** Throws on its first send, as SES does when throttling or refusing; then sends for real. */
function failingOnce(real: Mailer): Mailer & { calls: number } {
  const mailer = {
    calls: 0,
    async send(email: Parameters<Mailer['send']>[0]) {
      mailer.calls += 1;
      if (mailer.calls === 1) throw new Error('Maximum sending rate exceeded.');
      return real.send(email);
    },
  };
  return mailer;
}

describe('router, SES failing once', () => {
  it('fails only that record, and its retry sends the email without assigning again', async () => {
    let mailer!: ReturnType<typeof failingOnce>;
    router = await startTestRouter({ mailer: (real) => (mailer = failingOnce(real)) });
    await router.saveConfig(teamConfig(router.runId));
    const first = sqsRecord(ticketBody(`a-${router.runId}`));
    const second = sqsRecord(ticketBody(`b-${router.runId}`));
    // Sequential records would make the failing one predictable; in parallel, whichever sends
    // first fails.
    const response = await router.invoke([first, second]);
    expect(response.batchItemFailures).toHaveLength(1);
    const failedId = response.batchItemFailures[0]!.itemIdentifier;
    const failed = [first, second].find((record) => record.messageId === failedId)!;
    const failedTicket = (JSON.parse(failed.body) as { id: string }).id;

    expect((await router.ticketItems()).length).toBe(2);
    expect((await router.sentEmails()).length).toBe(1);
    const [unsent] = await router.outbox(failedTicket);
    expect(unsent).toMatchObject({ sent: false });
    expect(unsent).not.toHaveProperty('claimToken'); // given back, so the retry need not wait

    router.counter.reset();
    const retry = await router.invoke([
      sqsRecord(failed.body, { messageId: failedId, receiveCount: 2 }),
    ]);
    expect(retry).toEqual({ batchItemFailures: [] });
    expect(router.counter.snapshot()).toEqual({ QueryCommand: 1, UpdateItemCommand: 2 });
    expect((await router.ticketItems()).length).toBe(2);
    // Read in parallel, both may have seen empty loads and chosen the same agent.
    const loads = Object.values(await router.agentLoads());
    expect(loads.reduce((sum, n) => sum + n, 0)).toBe(2);
    const emails = await router.sentEmails();
    expect(emails).toHaveLength(2);
    for (const id of [`a-${router.runId}`, `b-${router.runId}`]) {
      expect(emails.filter((email) => email.body.text?.includes(id))).toHaveLength(1);
    }
    expect(mailer.calls).toBe(3);
  });

  it('fails the whole invocation when its only record fails, as Lambda counts an error', async () => {
    router = await startTestRouter({ mailer: (real) => failingOnce(real) });
    await router.saveConfig(teamConfig(router.runId));
    const record = sqsRecord(ticketBody(`t-${router.runId}`));
    await expect(router.invoke([record])).rejects.toThrow(/All records failed/);
    await router.invoke([sqsRecord(record.body, { messageId: record.messageId, receiveCount: 2 })]);
    expect(await assignmentsAndEmails(router, `t-${router.runId}`)).toEqual({
      tickets: 1,
      load: 1,
      emails: 1,
    });
  });
});

describe('router, two messages under one id', () => {
  it('dead-letters the second with its reason instead of taking it for a redelivery', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const id = `chat:widget:${router.runId}`;
    await router.invoke([sqsRecord(ticketBody(id))]);
    const other = ticketBody(id, { body: 'A different customer, a different question entirely.' });
    // As a first delivery (caught by the transaction) and as a redelivery (read first).
    expect(await router.invoke([sqsRecord(other)])).toEqual({ batchItemFailures: [] });
    expect(await router.invoke([sqsRecord(other, { receiveCount: 2 })])).toEqual({
      batchItemFailures: [],
    });
    expect(await assignmentsAndEmails(router, id)).toEqual({ tickets: 1, load: 1, emails: 1 });
    const letters = await router.deadLetters();
    expect(letters.map((letter) => letter.body)).toEqual([other, other]);
    expect(letters[0]!.attributes).toMatchObject({
      'sunroute.field': 'id',
      'sunroute.rule': 'conflict: already names another ticket',
      'sunroute.reason': `id: ${id} already names a recorded ticket with other content (sender, subject or body); this message was not routed`,
    });
  });

  it('takes another message under the id of a ticket recorded before hashes were kept for a redelivery', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const id = `t-${router.runId}`;
    await router.invoke([sqsRecord(ticketBody(id))]);
    await router.documents.send(
      new UpdateCommand({
        TableName: router.env[TICKETS_TABLE.tableNameEnv],
        Key: ticketKey(id),
        UpdateExpression: 'REMOVE contentHash',
      }),
    );
    await router.invoke([sqsRecord(ticketBody(id, { body: 'Something else.' }))]);
    expect(await assignmentsAndEmails(router, id)).toEqual({ tickets: 1, load: 1, emails: 1 });
    expect(await router.deadLetters()).toEqual([]);
  });
});
