// The privacy functions as the deployed stack runs them, on one machine: the erasure worker fed by
// a local SQS event source on the erasure queue (one message at a time, as the CDK mapping), and
// the retention sweep, run once a day on a timer and whenever a test or a person asks. The local
// stack receives no mail through SES, so there is no raw mail bucket: only dead letters expire.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { ScheduledEvent } from 'aws-lambda';
import type { Clock } from '../adapters/clock';
import { ERASURE_QUEUE, PRIVACY } from '../definitions/privacy';
import { ROUTER } from '../definitions/queues';
import {
  awsErasureWorkerDependencies,
  awsRetentionSweepDependencies,
} from '../privacy/aws-dependencies';
import { readPrivacyEnvironment } from '../privacy/environment';
import { createErasureWorkerHandler } from '../privacy/erasure-worker';
import {
  createRetentionSweepHandler,
  type RetentionSweepSummary,
} from '../privacy/retention-sweep';
import type { LocalClients } from './aws-clients';
import { createLambdaContext } from './lambda-context';
import { createSqsEventSource, type EventSourceLogger } from './sqs-event-source';

const DAY_MS = 86_400_000;

export interface PrivacySources {
  /** One retention sweep now, as the daily rule runs it. */
  sweepRetention(): Promise<RetentionSweepSummary>;
  stop(): Promise<void>;
}

export async function startPrivacySources(options: {
  readonly env: Readonly<Record<string, string>>;
  readonly clients: LocalClients;
  readonly clock: Clock;
  readonly log?: EventSourceLogger;
}): Promise<PrivacySources> {
  const { env, clients } = options;
  const privacyEnv = readPrivacyEnvironment(env);
  const overrides = {
    dynamodb: clients.dynamodb,
    sqs: clients.sqs,
    clock: options.clock,
    logger: new Logger({ serviceName: PRIVACY.service, logLevel: 'WARN' }),
  };
  const eraser = createErasureWorkerHandler(awsErasureWorkerDependencies(privacyEnv, overrides));
  const source = createSqsEventSource({
    sqs: clients.sqs,
    queueUrl: env[ERASURE_QUEUE.queueUrlEnv]!,
    handler: eraser,
    settings: {
      ...ROUTER,
      batchSize: 1,
      maxBatchingWindowSeconds: 0,
      timeoutSeconds: PRIVACY.eraser.timeoutSeconds,
      memoryMb: PRIVACY.eraser.memoryMb,
    },
    concurrency: 1,
    functionName: `${PRIVACY.service}-eraser`,
    waitTimeSeconds: 1,
    ...(options.log ? { logger: options.log } : {}),
  });
  await source.start();
  const sweep = createRetentionSweepHandler(
    awsRetentionSweepDependencies(privacyEnv, {
      ...overrides,
      metrics: new Metrics({ namespace: PRIVACY.namespace, serviceName: PRIVACY.service }),
    }),
  );
  const sweepRetention = async () =>
    (await sweep(
      { time: new Date(options.clock()).toISOString() } as ScheduledEvent,
      createLambdaContext({
        functionName: `${PRIVACY.service}-retention`,
        timeoutMs: PRIVACY.retentionSweep.timeoutSeconds * 1000,
        memoryMb: PRIVACY.retentionSweep.memoryMb,
        region: env.AWS_REGION ?? 'us-east-1',
      }),
    )) as RetentionSweepSummary;
  // Daily, as the stack's rule; unref'd so that it never keeps a process alive on its own.
  const timer = setInterval(() => {
    sweepRetention().catch((error: unknown) =>
      (options.log ?? console).error('retention sweep failed', error),
    );
  }, DAY_MS);
  timer.unref();
  return {
    sweepRetention,
    stop: async () => {
      clearInterval(timer);
      await source.stop();
    },
  };
}
