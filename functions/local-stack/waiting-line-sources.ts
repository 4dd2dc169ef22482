// The waiting-line function as the deployed stack runs it, on one machine: the real handler, fed
// by two local stream event sources (the tickets and config tables), with the filter criteria and
// stream settings the CDK event source mappings get.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../adapters/clock';
import { CONFIG_TABLE, TICKETS_TABLE } from '../definitions/tables';
import {
  CONFIG_STREAM_FILTERS,
  TICKETS_STREAM_FILTERS,
  WAITING_LINE,
  WAITING_LINE_STREAM,
  type StreamFilterPattern,
} from '../definitions/waiting-line';
import { awsWaitingLineDependencies } from '../waiting-line/aws-dependencies';
import { readWaitingLineEnvironment } from '../waiting-line/environment';
import { createWaitingLineHandler } from '../waiting-line/waiting-line-handler';
import type { LocalClients } from './aws-clients';
import type {
  DynamoDbStreamSource,
  StreamInvocationOutcome,
  StreamSourceLogger,
} from './dynamodb-stream-source';
import { functionStreamSource } from './function-stream-source';

export interface WaitingLineSources {
  /** Resolves once every change written to either table before the call has been handled. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export async function startWaitingLineSources(options: {
  readonly env: Readonly<Record<string, string>>;
  readonly clients: LocalClients;
  readonly clock: Clock;
  readonly log?: StreamSourceLogger;
  readonly onInvocation?: (outcome: StreamInvocationOutcome) => void;
}): Promise<WaitingLineSources> {
  const { env, clients } = options;
  const handler = createWaitingLineHandler(
    awsWaitingLineDependencies(readWaitingLineEnvironment(env), {
      logger: new Logger({ serviceName: WAITING_LINE.service, logLevel: 'WARN' }),
      metrics: new Metrics({
        namespace: WAITING_LINE.namespace,
        serviceName: WAITING_LINE.service,
      }),
      clock: options.clock,
      dynamodb: clients.dynamodb,
      sesv2: clients.sesv2,
    }),
  );
  const source = (tableNameEnv: string, filters: readonly StreamFilterPattern[]) =>
    functionStreamSource({
      env,
      clients,
      tableNameEnv,
      handler,
      filters,
      stream: WAITING_LINE_STREAM,
      fn: WAITING_LINE,
      lost: 'the scheduler fills the lines at its next run',
      ...(options.log ? { log: options.log } : {}),
      ...(options.onInvocation ? { onInvocation: options.onInvocation } : {}),
    });
  const sources: DynamoDbStreamSource[] = [
    source(TICKETS_TABLE.tableNameEnv, TICKETS_STREAM_FILTERS),
    source(CONFIG_TABLE.tableNameEnv, CONFIG_STREAM_FILTERS),
  ];
  const started: DynamoDbStreamSource[] = [];
  try {
    for (const each of sources) {
      await each.start();
      started.push(each);
    }
  } catch (error) {
    await Promise.all(started.map((each) => each.stop()));
    throw error;
  }
  return {
    settled: async () => {
      await Promise.all(sources.map((each) => each.settled()));
    },
    stop: async () => {
      await Promise.all(sources.map((each) => each.stop()));
    },
  };
}
