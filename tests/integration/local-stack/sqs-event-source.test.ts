// The local SQS event source against fauxqs behaves as Lambda's does where the router's
// guarantees depend on it: batches no larger than the batch size, gathered within the window;
// partial batch failures retry only the failed records; a throw, a timeout or an unreadable
// response retry the whole batch; redrive after maxReceiveCount; SQS errors are survived; stop()
// leaves nothing polling.
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it, vi, type TestContext } from 'vitest';
import { ROUTER, TICKET_QUEUE, type RouterSettings } from '../../../functions/definitions/queues';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createQueues } from '../../../functions/local-stack/create-queues';
import { sendMessageBodies } from '../../../functions/local-stack/send-message-bodies';
import {
  createSqsEventSource,
  type InvocationOutcome,
  type SqsEventSourceOptions,
} from '../../../functions/local-stack/sqs-event-source';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
afterAll(() => clients.destroy());

/**
 * The ticket queue's definition with a one-second visibility timeout (redelivery in a second)
 * under a name of its own. Sources on it use no batching window by default: a window as long as
 * the visibility timeout would see its own messages come back inside one batch.
 */
async function queuePair({ maxReceiveCount = TICKET_QUEUE.maxReceiveCount, visibility = 1 } = {}) {
  const queues = await createQueues(clients.sqs, `${prefix}-esm-${randomUUID().slice(0, 8)}`, {
    ...TICKET_QUEUE,
    visibilityTimeoutSeconds: visibility,
    maxReceiveCount,
  });
  return {
    queueUrl: queues[TICKET_QUEUE.queueUrlEnv]!,
    deadLetterUrl: queues[TICKET_QUEUE.deadLetter.queueUrlEnv]!,
  };
}

const sendBodies = (queueUrl: string, bodies: readonly string[]) =>
  sendMessageBodies(clients.sqs, queueUrl, bodies);

interface Delivery {
  readonly body: string;
  readonly receiveCount: number;
}

/** A handler fixture: records each batch, answers with what `decide` returns. */
function recorder(
  decide: (
    event: SQSEvent,
    context: Context,
    call: number,
  ) => Promise<SQSBatchResponse | void> | SQSBatchResponse | void = () => undefined,
) {
  const batches: SQSRecord[][] = [];
  const contexts: Context[] = [];
  const handler = async (event: SQSEvent, context: Context) => {
    batches.push(event.Records);
    contexts.push(context);
    return decide(event, context, batches.length);
  };
  const deliveries = (): Delivery[] =>
    batches.flat().map((record) => ({
      body: record.body,
      receiveCount: Number(record.attributes.ApproximateReceiveCount),
    }));
  return { handler, batches, contexts, deliveries };
}

function silentLogger() {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  return { logger: { info: keep, warn: keep, error: keep }, lines };
}

/** Starts an event source that stops when the test ends (tests here run concurrently). */
async function startSource(
  test: Pick<TestContext, 'onTestFinished'>,
  options: Omit<SqsEventSourceOptions, 'sqs' | 'settings'> & {
    sqs?: SQSClient;
    settings?: Partial<RouterSettings>;
  },
) {
  const outcomes: InvocationOutcome[] = [];
  const source = createSqsEventSource({
    sqs: clients.sqs,
    concurrency: 1,
    waitTimeSeconds: 1,
    logger: silentLogger().logger,
    onInvocation: (outcome) => outcomes.push(outcome),
    ...options,
    settings: { ...ROUTER, maxBatchingWindowSeconds: 0, ...options.settings },
  });
  await source.start();
  test.onTestFinished(() => source.stop());
  return { source, outcomes };
}

async function queueDepth(queueUrl: string) {
  const { Attributes = {} } = await clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages) +
    Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  );
}

const WAIT = { timeout: 10_000, interval: 50 };

describe.concurrent('local SQS event source', () => {
  it('delivers batches no larger than batchSize and records in Lambda’s shape, then deletes them', async ({
    expect,
    onTestFinished,
  }) => {
    const { queueUrl } = await queuePair();
    const bodies = Array.from({ length: 25 }, (_, index) => `ticket-${index}`);
    await sendBodies(queueUrl, bodies);
    await clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: '{"id":"with-attributes"}',
        MessageAttributes: {
          source: { DataType: 'String', StringValue: 'chat' },
          signature: { DataType: 'Binary', BinaryValue: Buffer.from([1, 2, 3]) },
        },
      }),
    );
    const fixture = recorder();
    const { outcomes } = await startSource(
      { onTestFinished },
      {
        queueUrl,
        handler: fixture.handler,
        functionName: 'router-test',
      },
    );

    await vi.waitFor(() => expect(fixture.deliveries()).toHaveLength(26), WAIT);
    await vi.waitFor(() => expect(outcomes).toHaveLength(fixture.batches.length), WAIT);
    expect(fixture.batches.map((batch) => batch.length).sort((a, b) => b - a)[0]).toBe(
      ROUTER.batchSize,
    );
    for (const batch of fixture.batches) expect(batch.length).toBeLessThanOrEqual(ROUTER.batchSize);
    expect(fixture.deliveries().map((delivery) => delivery.body)).toEqual(
      expect.arrayContaining([...bodies, '{"id":"with-attributes"}']),
    );
    expect(outcomes.every((outcome) => outcome.result === 'succeeded')).toBe(true);
    expect(await queueDepth(queueUrl)).toBe(0);

    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
    );
    const record = fixture.batches.flat().find((r) => r.body === '{"id":"with-attributes"}')!;
    expect(record).toMatchObject({
      messageId: expect.any(String),
      receiptHandle: expect.any(String),
      md5OfBody: createHash('md5').update(record.body).digest('hex'),
      md5OfMessageAttributes: expect.any(String),
      eventSource: 'aws:sqs',
      eventSourceARN: Attributes?.QueueArn,
      awsRegion: 'us-east-1',
      messageAttributes: {
        source: {
          stringValue: 'chat',
          stringListValues: [],
          binaryListValues: [],
          dataType: 'String',
        },
        signature: {
          binaryValue: Buffer.from([1, 2, 3]).toString('base64'),
          stringListValues: [],
          binaryListValues: [],
          dataType: 'Binary',
        },
      },
    });
    expect(Object.keys(record.attributes).slice(0, 4)).toEqual([
      'ApproximateReceiveCount',
      'SentTimestamp',
      'SenderId',
      'ApproximateFirstReceiveTimestamp',
    ]);
    expect(record.attributes.ApproximateReceiveCount).toBe('1');
    expect(Number(record.attributes.SentTimestamp)).toBeGreaterThan(Date.now() - 60_000);
    expect(Number(record.attributes.ApproximateFirstReceiveTimestamp)).toBeGreaterThanOrEqual(
      Number(record.attributes.SentTimestamp),
    );

    const context = fixture.contexts[0]!;
    expect(context).toMatchObject({
      functionName: 'router-test',
      memoryLimitInMB: String(ROUTER.memoryMb),
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:router-test',
    });
    expect(new Set(fixture.contexts.map((c) => c.awsRequestId)).size).toBe(fixture.batches.length);
    expect(context.getRemainingTimeInMillis()).toBeLessThanOrEqual(ROUTER.timeoutSeconds * 1000);
  });

  it('gathers messages that arrive within the batching window into one invocation', async ({
    expect,
    onTestFinished,
  }) => {
    const { queueUrl } = await queuePair({ visibility: 10 });
    const fixture = recorder();
    await startSource(
      { onTestFinished },
      {
        queueUrl,
        handler: fixture.handler,
        settings: { maxBatchingWindowSeconds: 2 },
      },
    );
    for (const body of ['a', 'b', 'c']) {
      await sendBodies(queueUrl, [body]);
      await sleep(200);
    }
    await vi.waitFor(() => expect(fixture.deliveries()).toHaveLength(3), WAIT);
    expect(fixture.batches.map((batch) => batch.map((record) => record.body).sort())).toEqual([
      ['a', 'b', 'c'],
    ]);
  });

  it('retries only the records named in batchItemFailures, with the receive count raised', async ({
    expect,
    onTestFinished,
  }) => {
    const { queueUrl } = await queuePair();
    await sendBodies(queueUrl, ['ok-1', 'fail-1', 'ok-2', 'fail-2']);
    const fixture = recorder((event) => ({
      batchItemFailures: event.Records.filter(
        (record) =>
          record.body.startsWith('fail') && record.attributes.ApproximateReceiveCount === '1',
      ).map((record) => ({ itemIdentifier: record.messageId })),
    }));
    const { outcomes } = await startSource(
      { onTestFinished },
      { queueUrl, handler: fixture.handler },
    );

    await vi.waitFor(() => expect(fixture.deliveries()).toHaveLength(6), WAIT);
    await sleep(1_500); // longer than the visibility timeout: nothing else comes back
    expect(fixture.deliveries()).toEqual(
      expect.arrayContaining([
        { body: 'ok-1', receiveCount: 1 },
        { body: 'ok-2', receiveCount: 1 },
        { body: 'fail-1', receiveCount: 1 },
        { body: 'fail-2', receiveCount: 1 },
        { body: 'fail-1', receiveCount: 2 },
        { body: 'fail-2', receiveCount: 2 },
      ]),
    );
    expect(fixture.deliveries()).toHaveLength(6);
    expect(outcomes[0]).toMatchObject({ result: 'partial', deletedIds: expect.any(Array) });
    expect(outcomes[0]!.retriedIds).toHaveLength(2);
    expect(await queueDepth(queueUrl)).toBe(0);
  });

  it('retries the whole batch when the handler throws', async ({ expect, onTestFinished }) => {
    const { queueUrl } = await queuePair();
    await sendBodies(queueUrl, ['x', 'y', 'z']);
    const { logger, lines } = silentLogger();
    const fixture = recorder((_event, _context, call) => {
      if (call === 1) throw new Error('DynamoDB is down');
    });
    const { outcomes } = await startSource(
      { onTestFinished },
      { queueUrl, handler: fixture.handler, logger },
    );

    await vi.waitFor(() => expect(fixture.deliveries()).toHaveLength(6), WAIT);
    expect(fixture.batches.map((batch) => batch.length)).toEqual([3, 3]);
    expect(fixture.batches[1]!.map((r) => r.attributes.ApproximateReceiveCount)).toEqual([
      '2',
      '2',
      '2',
    ]);
    expect(outcomes[0]).toMatchObject({ result: 'failed', failure: 'error', deletedIds: [] });
    expect(
      lines.some((line) => line.includes('Invoke Error') && line.includes('DynamoDB is down')),
    ).toBe(true);
  });

  it('retries the whole batch when batchItemFailures names a record not in it', async ({
    expect,
    onTestFinished,
  }) => {
    const { queueUrl } = await queuePair();
    await sendBodies(queueUrl, ['p', 'q']);
    const fixture = recorder((_event, _context, call) =>
      call === 1 ? { batchItemFailures: [{ itemIdentifier: 'not-a-message-id' }] } : undefined,
    );
    const { outcomes } = await startSource(
      { onTestFinished },
      { queueUrl, handler: fixture.handler },
    );

    await vi.waitFor(() => expect(fixture.deliveries()).toHaveLength(4), WAIT);
    expect(outcomes[0]).toMatchObject({ result: 'failed', failure: 'invalid-response' });
    expect(fixture.batches[1]!.map((r) => r.attributes.ApproximateReceiveCount)).toEqual([
      '2',
      '2',
    ]);
  });

  it('retries the whole batch when the handler outlives the timeout', async ({
    expect,
    onTestFinished,
  }) => {
    const { queueUrl } = await queuePair();
    await sendBodies(queueUrl, ['slow']);
    const fixture = recorder(async (_event, context, call) => {
      if (call === 1) await sleep(context.getRemainingTimeInMillis() + 300);
    });
    const { outcomes } = await startSource(
      { onTestFinished },
      {
        queueUrl,
        handler: fixture.handler,
        settings: { timeoutSeconds: 1 },
      },
    );

    await vi.waitFor(
      () => expect(outcomes.map((o) => o.result)).toEqual(['failed', 'succeeded']),
      WAIT,
    );
    expect(outcomes[0]!.failure).toBe('timeout');
    expect(fixture.deliveries().map((d) => d.receiveCount)).toEqual([1, 2]);
  });

  it('lets the redrive policy move a message that keeps failing to the dead-letter queue', async ({
    expect,
    onTestFinished,
  }) => {
    const maxReceiveCount = 2;
    const { queueUrl, deadLetterUrl } = await queuePair({ maxReceiveCount });
    await sendBodies(queueUrl, ['poison', 'fine']);
    const fixture = recorder((event) => ({
      batchItemFailures: event.Records.filter((record) => record.body === 'poison').map(
        (record) => ({ itemIdentifier: record.messageId }),
      ),
    }));
    await startSource({ onTestFinished }, { queueUrl, handler: fixture.handler });

    let deadLetters: string[] = [];
    await vi.waitFor(async () => {
      const { Messages = [] } = await clients.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: deadLetterUrl, MaxNumberOfMessages: 10 }),
      );
      deadLetters = [...deadLetters, ...Messages.map((message) => message.Body ?? '')];
      expect(deadLetters).toEqual(['poison']);
    }, WAIT);
    expect(
      fixture
        .deliveries()
        .filter((d) => d.body === 'poison')
        .map((d) => d.receiveCount),
    ).toEqual([1, 2]);
    expect(fixture.deliveries().filter((d) => d.body === 'fine')).toHaveLength(1);
  });

  it('logs SQS errors and keeps polling with backoff', async ({ expect, onTestFinished }) => {
    const { queueUrl } = await queuePair();
    await sendBodies(queueUrl, ['after-the-outage']);
    let failuresLeft = 2;
    const flaky = {
      send: (command: Parameters<SQSClient['send']>[0], options?: object) => {
        if (command instanceof ReceiveMessageCommand && failuresLeft-- > 0) {
          return Promise.reject(
            Object.assign(new Error('connect ECONNREFUSED'), { name: 'Error' }),
          );
        }
        return clients.sqs.send(command as never, options as never);
      },
    } as unknown as SQSClient;
    const { logger, lines } = silentLogger();
    const fixture = recorder();
    await startSource(
      { onTestFinished },
      {
        queueUrl,
        sqs: flaky,
        handler: fixture.handler,
        logger,
        backoff: { initialMs: 20, maxMs: 100 },
      },
    );

    await vi.waitFor(() => expect(fixture.deliveries()).toHaveLength(1), WAIT);
    expect(
      lines.filter((line) => line.includes('ECONNREFUSED') && line.includes('retrying in')),
    ).toHaveLength(2);
  });

  it('stop() ends the long poll at once and nothing polls or runs afterwards', async ({
    expect,
    onTestFinished,
  }) => {
    const { queueUrl } = await queuePair();
    let calls = 0;
    const counting = {
      send: (command: Parameters<SQSClient['send']>[0], options?: object) => {
        calls += 1;
        return clients.sqs.send(command as never, options as never);
      },
    } as unknown as SQSClient;
    const fixture = recorder();
    const { source } = await startSource(
      { onTestFinished },
      {
        queueUrl,
        sqs: counting,
        handler: fixture.handler,
        concurrency: 2,
        waitTimeSeconds: 20,
      },
    );
    await sleep(200);
    expect(source.running).toBe(true);

    const stopping = Date.now();
    await source.stop();
    expect(Date.now() - stopping).toBeLessThan(1_000);
    expect(source.running).toBe(false);
    const callsAtStop = calls;
    await sendBodies(queueUrl, ['too-late']);
    await sleep(500);
    expect(calls).toBe(callsAtStop);
    expect(fixture.batches).toEqual([]);
  });

  it('stop() lets the batch in flight finish and delete before it resolves', async ({
    expect,
    onTestFinished,
  }) => {
    const { queueUrl } = await queuePair();
    await sendBodies(queueUrl, ['in-flight']);
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    const fixture = recorder(async () => {
      entered();
      await sleep(300);
    });
    const { source, outcomes } = await startSource(
      { onTestFinished },
      { queueUrl, handler: fixture.handler },
    );
    await inHandler;
    await source.stop();
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.deletedIds).toHaveLength(1);
    expect(await queueDepth(queueUrl)).toBe(0);
  });
});

describe('createSqsEventSource settings', () => {
  it('refuses what Lambda refuses', () => {
    const base = { sqs: clients.sqs, queueUrl: 'unused', handler: async () => undefined };
    expect(() =>
      createSqsEventSource({
        ...base,
        settings: { ...ROUTER, batchSize: 11, maxBatchingWindowSeconds: 0 },
      }),
    ).toThrow('needs a batching window');
    expect(() => createSqsEventSource({ ...base, settings: { ...ROUTER, batchSize: 0 } })).toThrow(
      'batchSize 0',
    );
    expect(() => createSqsEventSource({ ...base, concurrency: 0 })).toThrow('concurrency 0');
  });
});
