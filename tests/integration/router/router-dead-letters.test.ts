// docs/ticket-format.md: a message that is not JSON or breaks the schema goes to the dead-letter
// queue with its reason, and is not retried.
import { afterEach, describe, expect, it } from 'vitest';
import { DEAD_LETTER_ATTRIBUTES } from '../../../functions/definitions/queues';
import { sqsRecord, startTestRouter, teamConfig, type TestRouter } from './router-harness';

let router: TestRouter;
afterEach(() => router?.close());

describe('router, dead letters', () => {
  it('moves invalid JSON and a schema violation to the dead-letter queue with field and rule', async () => {
    router = await startTestRouter();
    await router.saveConfig(teamConfig(router.runId));
    const notJson = sqsRecord('{"id": "x", ');
    const noReceivedAt = sqsRecord(
      JSON.stringify({ id: 'x-1', body: 'Hello', customer: { email: 'not an address' } }),
    );

    router.counter.reset();
    const response = await router.invoke([notJson, noReceivedAt]);
    expect(response).toEqual({ batchItemFailures: [] });
    // Nothing about them reaches DynamoDB, not even the configuration.
    expect(router.counter.total()).toBe(0);

    const letters = await router.deadLetters();
    const bySource = new Map(
      letters.map((letter) => [letter.attributes[DEAD_LETTER_ATTRIBUTES.sourceMessageId], letter]),
    );
    expect(bySource.get(notJson.messageId)).toEqual({
      body: notJson.body,
      attributes: {
        [DEAD_LETTER_ATTRIBUTES.sourceMessageId]: notJson.messageId,
        [DEAD_LETTER_ATTRIBUTES.field]: '$',
        [DEAD_LETTER_ATTRIBUTES.rule]: expect.stringMatching(/^is not valid JSON: /),
        [DEAD_LETTER_ATTRIBUTES.reason]: expect.stringMatching(/^\$: is not valid JSON: /),
      },
    });
    expect(bySource.get(noReceivedAt.messageId)).toEqual({
      body: noReceivedAt.body,
      attributes: {
        [DEAD_LETTER_ATTRIBUTES.sourceMessageId]: noReceivedAt.messageId,
        [DEAD_LETTER_ATTRIBUTES.field]: 'receivedAt',
        [DEAD_LETTER_ATTRIBUTES.rule]: 'is required',
        [DEAD_LETTER_ATTRIBUTES.reason]: expect.stringMatching(
          /^receivedAt: is required; customer\.email: .+/,
        ),
      },
    });
    expect(await router.ticketItems()).toEqual([]);
  });

  it('fails the record when the dead-letter queue cannot take it, so it is not lost', async () => {
    router = await startTestRouter();
    const broken = sqsRecord('not json');
    const good = sqsRecord('also not json');
    router.deps.deadLetters.send = async (letter) => {
      if (letter.body === broken.body) throw new Error('SQS is down');
    };
    const response = await router.invoke([broken, good]);
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: broken.messageId }] });
  });

  it('retries a good ticket while no configuration is stored, never dead-letters it', async () => {
    router = await startTestRouter();
    const record = sqsRecord(
      JSON.stringify({ id: `t-${router.runId}`, receivedAt: '2026-12-22T09:14:00Z', body: 'Hi' }),
    );
    await expect(router.invoke([record])).rejects.toThrow(/All records failed/);
    expect(await router.deadLetters()).toEqual([]);
    await router.saveConfig(teamConfig(router.runId));
    expect(await router.invoke([record])).toEqual({ batchItemFailures: [] });
    expect(await router.ticketItems()).toHaveLength(1);
  });
});
