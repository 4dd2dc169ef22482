import { afterEach, describe, expect, it } from 'vitest';
import { sqsRecord, startTestRouter, teamConfig, type TestRouter } from './router-harness';

let router: TestRouter;
afterEach(() => router?.close());

/** Tuesday 21:00 in Berlin: the team (08:00–18:00) is gone for the night. */
const TUESDAY_NIGHT = Date.parse('2026-12-22T20:00:00Z');
const HOUR = 3_600_000;

function withAutoReply(runId: string): string {
  return `${teamConfig(runId)}
autoReply:
  enabled: true
  from: support.${runId}@example.com
  brandName: Parcelwise
`;
}

function customerTicket(runId: string, id: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    channel: 'email',
    receivedAt: new Date(TUESDAY_NIGHT).toISOString(),
    subject: 'Bestellung nicht angekommen',
    body: 'Hallo, meine Bestellung ist immer noch nicht angekommen. Können Sie bitte nachsehen?',
    customer: { name: 'Jonas Weber', email: `jonas.${runId}@example.de`, country: 'DE' },
    threadId: `root-${runId}@mail.example.de`,
    mail: { messageId: `${id}@mail.example.de`, references: [`root-${runId}@mail.example.de`] },
    ...extra,
  });
}

async function acknowledgements(router: TestRouter) {
  return (await router.sentEmails()).filter((email) =>
    email.destination.to.includes(`jonas.${router.runId}@example.de`),
  );
}

describe('router: the customer’s email acknowledgement', () => {
  it('answers a mail at night once, threaded, in German, with the next morning’s time', async () => {
    router = await startTestRouter();
    router.now = TUESDAY_NIGHT;
    await router.saveConfig(withAutoReply(router.runId));
    const id = `night-${router.runId}`;

    expect(await router.invoke([sqsRecord(customerTicket(router.runId, id))])).toEqual({
      batchItemFailures: [],
    });
    // Delivered again (SQS at least once): the acknowledgement is not sent a second time.
    await router.invoke([sqsRecord(customerTicket(router.runId, id), { receiveCount: 2 })]);

    const sent = await acknowledgements(router);
    expect(sent).toHaveLength(1);
    const [email] = sent;
    expect(email).toMatchObject({
      from: `support.${router.runId}@example.com`,
      subject: 'Re: Bestellung nicht angekommen',
    });
    expect(email!.headers).toEqual(
      expect.arrayContaining([
        { name: 'Auto-Submitted', value: 'auto-replied' },
        { name: 'In-Reply-To', value: `<${id}@mail.example.de>` },
        {
          name: 'References',
          value: `<root-${router.runId}@mail.example.de> <${id}@mail.example.de>`,
        },
      ]),
    );
    // 08:00 in Berlin plus four hours (normal) of the team's shift.
    expect(email!.body.text).toContain(
      'Sie hören bis Mittwoch, 23. Dezember um 12:00 Mitteleuropäische Zeit von uns.',
    );
    expect(email!.body.text).toContain(`unter der Referenz ${id} erhalten`);

    const [ticket] = (await router.ticketItems()).filter((item) => item.ticketId === id);
    expect(ticket).toMatchObject({
      status: 'queued',
      decision: { expectedReplyBy: '2026-12-23T11:00:00.000Z' },
    });
    const outbox = await router.outbox(id);
    expect(outbox.map((item) => [item.sk, item.recipient, item.sent])).toEqual([
      ['OUTBOX#000', 'customer', true],
      ['OUTBOX#001', 'team', true],
    ]);
  });

  it('acknowledges a thread at most once a day', async () => {
    router = await startTestRouter();
    router.now = TUESDAY_NIGHT;
    await router.saveConfig(withAutoReply(router.runId));

    await router.invoke([sqsRecord(customerTicket(router.runId, `first-${router.runId}`))]);
    router.now = TUESDAY_NIGHT + HOUR;
    await router.invoke([sqsRecord(customerTicket(router.runId, `again-${router.runId}`))]);
    expect(await acknowledgements(router)).toHaveLength(1);
    expect(await router.outbox(`again-${router.runId}`)).toHaveLength(1);

    router.now = TUESDAY_NIGHT + 25 * HOUR;
    await router.invoke([sqsRecord(customerTicket(router.runId, `later-${router.runId}`))]);
    expect(await acknowledgements(router)).toHaveLength(2);
  });

  it('stays silent for a sender that failed its checks and a mail that asked for no reply', async () => {
    router = await startTestRouter();
    router.now = TUESDAY_NIGHT;
    await router.saveConfig(withAutoReply(router.runId));
    await router.invoke([
      sqsRecord(
        customerTicket(router.runId, `forged-${router.runId}`, { verdicts: { dmarc: 'fail' } }),
      ),
      sqsRecord(
        customerTicket(router.runId, `list-${router.runId}`, {
          threadId: `list-${router.runId}`,
          mail: { autoReplySuppressed: 'List-Id: <customers.example.com>' },
        }),
      ),
    ]);
    expect(await acknowledgements(router)).toEqual([]);
    expect((await router.ticketItems()).map((item) => item.status)).toEqual(['queued', 'queued']);
  });
});
