// Lambda's SQS event source mapping, on one machine: pollers that long-poll one queue, gather
// batches as the mapping does (batch size, batching window), call one handler in-process with an
// SQSEvent and a Lambda context under the function's timeout, and delete what succeeded. What
// failed is left alone, so SQS redelivers it after the visibility timeout and, after
// maxReceiveCount receives, its redrive policy moves it to the dead-letter queue — the same
// contract the router has with the real event source (the CDK stack sets ReportBatchItemFailures).
import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROUTER, type RouterSettings } from '../definitions/queues';
import { createLambdaContext } from './lambda-context';
import { queueIdentity, readBatchResponse, toSqsRecord, type QueueIdentity } from './sqs-records';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

/** SQS's ceiling for one ReceiveMessage, and for one DeleteMessageBatch. */
export const SQS_MAX_MESSAGES_PER_CALL = 10;
/** The longest long poll SQS allows; Lambda's pollers use it. */
export const SQS_MAX_WAIT_SECONDS = 20;
/** Lambda's limits for an SQS event source's batch size and batching window. */
export const MAX_BATCH_SIZE = 10_000;
export const MAX_BATCHING_WINDOW_SECONDS = 300;
/** Between short polls when less than a second of the batching window is left. */
const SHORT_POLL_PAUSE_MS = 50;
const DELETE_ATTEMPTS = 3;

export type EventSourceLogger = Pick<Console, 'info' | 'warn' | 'error'>;

export interface SqsEventSourceOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly handler: SqsHandler;
  /**
   * Batch size, batching window, timeout and memory: the router's by default, the same values
   * the CDK event source and function get.
   */
  readonly settings?: RouterSettings;
  /** Parallel pollers, each with one batch in flight at most (Lambda scales its own). */
  readonly concurrency?: number;
  readonly functionName?: string;
  /** Long-poll wait for the first message of a batch; 20 s (Lambda's) by default. */
  readonly waitTimeSeconds?: number;
  /** Overrides the queue's visibility timeout on every receive (tests watching redelivery). */
  readonly visibilityTimeoutSeconds?: number;
  /** Backoff after SQS errors, doubled per consecutive failure up to `maxMs`. */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  readonly logger?: EventSourceLogger;
  /** Called after every invocation once its deletes are done: for logs, tests and benches. */
  readonly onInvocation?: (outcome: InvocationOutcome) => void;
}

export interface InvocationOutcome {
  readonly awsRequestId: string;
  readonly records: readonly SQSRecord[];
  /** `partial`: the handler named some records in `batchItemFailures`. */
  readonly result: 'succeeded' | 'partial' | 'failed';
  /** Why the whole batch failed: the handler threw, ran out of time, or answered unreadably. */
  readonly failure?: 'error' | 'timeout' | 'invalid-response';
  /** Records left for redelivery. */
  readonly retriedIds: readonly string[];
  /** Records SQS confirmed deleted. */
  readonly deletedIds: readonly string[];
  readonly durationMs: number;
}

export interface SqsEventSource {
  /** Looks the queue's ARN up (failing if the queue cannot be found), then starts the pollers. */
  start(): Promise<void>;
  /**
   * Stops receiving, lets the batches in flight finish (handler and deletes), and resolves when
   * no poller, handler or timer of this event source runs any more.
   */
  stop(): Promise<void>;
  readonly running: boolean;
}

class SettingsError extends RangeError {
  override readonly name = 'SettingsError';
}

function checkSettings(settings: RouterSettings, concurrency: number, waitTimeSeconds: number) {
  const { batchSize, maxBatchingWindowSeconds: window, timeoutSeconds } = settings;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new SettingsError(`batchSize ${batchSize} is not a whole number 1–${MAX_BATCH_SIZE}`);
  }
  if (!(window >= 0 && window <= MAX_BATCHING_WINDOW_SECONDS)) {
    throw new SettingsError(
      `maxBatchingWindowSeconds ${window} is not 0–${MAX_BATCHING_WINDOW_SECONDS}`,
    );
  }
  // Lambda refuses the same combination when the mapping is created.
  if (batchSize > SQS_MAX_MESSAGES_PER_CALL && window === 0) {
    throw new SettingsError(`batchSize ${batchSize} needs a batching window of at least 1 s`);
  }
  if (!(timeoutSeconds > 0)) throw new SettingsError(`timeoutSeconds ${timeoutSeconds} is not > 0`);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new SettingsError(`concurrency ${concurrency} is not a whole number ≥ 1`);
  }
  if (!Number.isInteger(waitTimeSeconds) || waitTimeSeconds < 0 || waitTimeSeconds > 20) {
    throw new SettingsError(`waitTimeSeconds ${waitTimeSeconds} is not a whole number 0–20`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

const TIMED_OUT = Symbol('timed out');

export function createSqsEventSource(options: SqsEventSourceOptions): SqsEventSource {
  const settings = options.settings ?? ROUTER;
  const concurrency = options.concurrency ?? 2;
  const waitTimeSeconds = options.waitTimeSeconds ?? SQS_MAX_WAIT_SECONDS;
  checkSettings(settings, concurrency, waitTimeSeconds);
  const { sqs, queueUrl, handler } = options;
  const functionName = options.functionName ?? 'router';
  const logger = options.logger ?? console;
  const backoff = options.backoff ?? { initialMs: 200, maxMs: 10_000 };
  const timeoutMs = settings.timeoutSeconds * 1000;
  const windowMs = settings.maxBatchingWindowSeconds * 1000;
  const tag = `[sqs-event-source ${functionName}]`;

  let running = false;
  let stopping: AbortController | undefined;
  let pollers: Promise<void>[] = [];
  /** Handlers that outlived their timeout: Lambda would kill them, we can only wait. */
  const overrunning = new Set<Promise<unknown>>();

  const receive = (max: number, wait: number, abortSignal?: AbortSignal) =>
    sqs
      .send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: Math.min(SQS_MAX_MESSAGES_PER_CALL, max),
          WaitTimeSeconds: wait,
          // `All` system attributes (the SDK's name for the deprecated AttributeNames) and all
          // message attributes, as the event source receives them.
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
          ...(options.visibilityTimeoutSeconds !== undefined
            ? { VisibilityTimeout: options.visibilityTimeoutSeconds }
            : {}),
        }),
        { abortSignal },
      )
      .then((output) => output.Messages ?? []);

  /**
   * Waits (long polls, abortable by stop()) for a first message, then keeps receiving until the
   * batch is full or the batching window has passed. Once a batch has begun, an SQS error or
   * stop() ends the gathering and the messages already received are still delivered.
   */
  async function gather(signal: AbortSignal): Promise<Message[]> {
    const batch = new Map<string, Message>();
    const add = (messages: Message[]) => {
      // A message redelivered inside one window (visibility shorter than the window) keeps only
      // its latest receipt handle, the one SQS will accept for the delete.
      for (const message of messages) batch.set(message.MessageId ?? '', message);
    };
    add(await receive(settings.batchSize, waitTimeSeconds, signal));
    if (batch.size === 0 || windowMs === 0) return [...batch.values()];
    const deadline = Date.now() + windowMs;
    while (batch.size < settings.batchSize && running) {
      const remainingMs = deadline - Date.now();
      if (remainingMs <= 0) break;
      const wait = Math.min(SQS_MAX_WAIT_SECONDS, Math.floor(remainingMs / 1000));
      try {
        const more = await receive(settings.batchSize - batch.size, wait);
        add(more);
        if (more.length === 0 && wait === 0) {
          await sleep(Math.min(remainingMs, SHORT_POLL_PAUSE_MS));
        }
      } catch (error) {
        logger.warn(`${tag} ReceiveMessage failed while gathering a batch (${describe(error)})`);
        break;
      }
    }
    return [...batch.values()];
  }

  async function deleteRecords(records: readonly SQSRecord[]): Promise<string[]> {
    const deleted: string[] = [];
    for (let start = 0; start < records.length; start += SQS_MAX_MESSAGES_PER_CALL) {
      let pending = records.slice(start, start + SQS_MAX_MESSAGES_PER_CALL);
      let lastProblem = '';
      for (let attempt = 1; ; attempt++) {
        try {
          const sent = pending;
          const { Successful = [], Failed = [] } = await sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: queueUrl,
              Entries: sent.map((record, index) => ({
                Id: String(index),
                ReceiptHandle: record.receiptHandle,
              })),
            }),
          );
          for (const entry of Successful) deleted.push(sent[Number(entry.Id)]!.messageId);
          pending = [];
          for (const entry of Failed) {
            const record = sent[Number(entry.Id)]!;
            lastProblem = `${entry.Code}: ${entry.Message}`;
            // What SQS blames on the request (an expired receipt handle) will not heal.
            if (entry.SenderFault) {
              logger.warn(`${tag} could not delete ${record.messageId} (${lastProblem})`);
            } else {
              pending.push(record);
            }
          }
        } catch (error) {
          lastProblem = describe(error);
        }
        if (pending.length === 0) break;
        if (attempt === DELETE_ATTEMPTS) {
          logger.error(
            `${tag} ${pending.length} processed messages stay undeleted after ${attempt} attempts (${lastProblem}); they will be delivered again`,
          );
          break;
        }
        await sleep(backoff.initialMs * 2 ** (attempt - 1));
      }
    }
    return deleted;
  }

  async function invoke(messages: Message[], queue: QueueIdentity): Promise<void> {
    const records = messages.map((message) => toSqsRecord(message, queue));
    const context = createLambdaContext({
      functionName,
      timeoutMs,
      memoryMb: settings.memoryMb,
      region: queue.region,
    });
    const { awsRequestId } = context;
    const startedAt = Date.now();
    // A handler that throws synchronously fails the batch like one that rejects.
    const invocation = Promise.resolve().then(() => handler({ Records: records }, context));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
    });

    let failure: InvocationOutcome['failure'];
    let retried = new Set<string>(records.map((record) => record.messageId));
    try {
      const response = await Promise.race([invocation, timedOut]);
      if (response === TIMED_OUT) {
        failure = 'timeout';
        logger.error(
          `${tag} RequestId: ${awsRequestId} Task timed out after ${settings.timeoutSeconds} seconds; all ${records.length} records will be retried`,
        );
        const overrun = invocation
          .catch(() => undefined)
          .finally(() => overrunning.delete(overrun));
        overrunning.add(overrun);
      } else {
        const verdict = readBatchResponse(response, retried);
        if (verdict.kind === 'invalid') {
          failure = 'invalid-response';
          logger.error(
            `${tag} RequestId: ${awsRequestId} unreadable batch response (${verdict.reason}); all ${records.length} records will be retried`,
          );
        } else {
          retried = verdict.kind === 'partial' ? new Set(verdict.failedIds) : new Set();
        }
      }
    } catch (error) {
      failure = 'error';
      logger.error(
        `${tag} RequestId: ${awsRequestId} Invoke Error: ${error instanceof Error ? (error.stack ?? describe(error)) : String(error)}`,
      );
    } finally {
      clearTimeout(timer);
    }

    const deletedIds = failure
      ? []
      : await deleteRecords(records.filter((record) => !retried.has(record.messageId)));
    options.onInvocation?.({
      awsRequestId,
      records,
      result: failure ? 'failed' : retried.size > 0 ? 'partial' : 'succeeded',
      ...(failure ? { failure } : {}),
      retriedIds: [...retried],
      deletedIds,
      durationMs: Date.now() - startedAt,
    });
  }

  async function poll(queue: QueueIdentity, signal: AbortSignal): Promise<void> {
    let consecutiveErrors = 0;
    while (running) {
      let messages: Message[];
      try {
        messages = await gather(signal);
        consecutiveErrors = 0;
      } catch (error) {
        if (!running && isAbort(error)) return;
        consecutiveErrors += 1;
        const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** (consecutiveErrors - 1));
        logger.warn(`${tag} ReceiveMessage failed (${describe(error)}); retrying in ${delay} ms`);
        await sleep(delay, undefined, { signal }).catch(() => undefined);
        continue;
      }
      if (messages.length > 0) {
        try {
          await invoke(messages, queue);
        } catch (error) {
          // Only a bug here could throw (a record without an id); the poller must survive it.
          logger.error(`${tag} could not deliver a batch: ${describe(error)}`);
        }
      }
    }
  }

  return {
    get running() {
      return running;
    },
    async start() {
      if (running || stopping) throw new Error(`${tag} start() while it is running`);
      const { Attributes } = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: queueUrl,
          AttributeNames: ['QueueArn', 'VisibilityTimeout'],
        }),
      );
      if (!Attributes?.QueueArn) throw new Error(`${tag} no QueueArn for ${queueUrl}`);
      const queue = queueIdentity(Attributes.QueueArn);
      const visibility = options.visibilityTimeoutSeconds ?? Number(Attributes.VisibilityTimeout);
      if (visibility < settings.timeoutSeconds) {
        // Lambda refuses such a mapping; tests use it on purpose to watch redelivery quickly.
        logger.warn(
          `${tag} the visibility timeout (${visibility} s) is shorter than the function timeout (${settings.timeoutSeconds} s): a slow batch can be delivered again while it runs`,
        );
      }
      const controller = new AbortController();
      stopping = controller;
      running = true;
      pollers = Array.from({ length: concurrency }, () => poll(queue, controller.signal));
    },
    async stop() {
      if (!stopping) return;
      running = false;
      // Ends the long polls waiting for a first message. fauxqs, like SQS, may still hand a
      // message to an abandoned poll; it then reappears after its visibility timeout.
      stopping.abort();
      await Promise.all(pollers);
      if (overrunning.size > 0) {
        // Lambda would have killed them; here they can only be waited for, and not forever.
        logger.warn(`${tag} waiting for ${overrunning.size} timed-out handlers to return`);
        await Promise.race([Promise.all(overrunning), sleep(timeoutMs, undefined, { ref: false })]);
        if (overrunning.size > 0) {
          logger.error(`${tag} ${overrunning.size} timed-out handlers are still running`);
        }
      }
      pollers = [];
      stopping = undefined;
    },
  };
}
