// A ticket near the queue's size limit is routed and its agent told: the email carries the start
// of the message, so neither the ticket nor its outbox item passes DynamoDB's 400 KB.
import { afterEach, describe, expect, it } from 'vitest';
import { incompressibleText } from '../../fixtures/hostile/hostile-inputs';
import {
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from './router-harness';

let router: TestRouter;
afterEach(() => router?.close());

describe('router, a 250 KB chat body of random text', () => {
  it('is recorded, assigned and emailed, with the email showing its start', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const id = `chat:widget:${router.runId}`;
    const body = incompressibleText(250_000);
    expect(await router.invoke([sqsRecord(ticketBody(id, { body }))])).toEqual({
      batchItemFailures: [],
    });
    const [ticket] = (await router.ticketItems()).filter((item) => item.ticketId === id);
    expect(ticket).toMatchObject({ status: 'assigned', ticket: { body } });
    const emails = await router.sentEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]!.body.text).toContain(body.slice(0, 30_000));
    expect(emails[0]!.body.text).toContain('[Shortened: this email shows the first 32 KiB');
    expect(await router.deadLetters()).toEqual([]);
  });
});
