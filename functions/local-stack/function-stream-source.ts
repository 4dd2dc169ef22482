// One function's DynamoDB Streams event source mapping on one machine: the local stream source
// over one table, with the settings and filters its CDK mapping gets, the function's timeout and
// memory, and a line on the console for every record it gives up.
import type { StreamFilterPattern } from '../definitions/waiting-line';
import type { LocalClients } from './aws-clients';
import {
  createDynamoDbStreamSource,
  type DynamoDbStreamSource,
  type StreamHandler,
  type StreamInvocationOutcome,
  type StreamSourceLogger,
  type StreamSourceSettings,
} from './dynamodb-stream-source';

export interface StreamFunction {
  readonly service: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
}

export interface FunctionStreamSourceOptions {
  readonly env: Readonly<Record<string, string>>;
  readonly clients: LocalClients;
  readonly tableNameEnv: string;
  readonly handler: StreamHandler;
  readonly filters: readonly StreamFilterPattern[];
  readonly stream: Omit<StreamSourceSettings, 'timeoutSeconds' | 'memoryMb'>;
  readonly fn: StreamFunction;
  /** What giving up a record costs, said after how many were given up and why. */
  readonly lost: string;
  readonly log?: StreamSourceLogger;
  readonly onInvocation?: (outcome: StreamInvocationOutcome) => void;
}

export function functionStreamSource(options: FunctionStreamSourceOptions): DynamoDbStreamSource {
  const { env, clients, fn } = options;
  return createDynamoDbStreamSource({
    dynamodb: clients.dynamodb,
    streams: clients.streams,
    tableName: env[options.tableNameEnv]!,
    handler: options.handler,
    filters: options.filters,
    settings: { ...options.stream, timeoutSeconds: fn.timeoutSeconds, memoryMb: fn.memoryMb },
    functionName: fn.service,
    ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
    ...(options.log ? { logger: options.log } : {}),
    ...(options.onInvocation ? { onInvocation: options.onInvocation } : {}),
    onDiscard: (records, reason) =>
      (options.log ?? console).error(
        `${fn.service}: ${records.length} stream records given up (${reason}); ${options.lost}`,
      ),
  });
}
