// The chat-delivery function as the deployed stack runs it, on one machine: the real handler fed
// by a local SQS event source on its queue, with the CDK mapping's batch settings.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../adapters/clock';
import { awsChatDeliveryDependencies } from '../chat-delivery/aws-dependencies';
import { createChatDeliveryHandler } from '../chat-delivery/chat-delivery-handler';
import type { ChatDeliverySettings } from '../chat-delivery/dependencies';
import { readChatDeliveryEnvironment } from '../chat-delivery/environment';
import { CHAT_DELIVERY, CHAT_DELIVERY_QUEUE } from '../definitions/chat-delivery';
import type { LocalClients } from './aws-clients';
import {
  createSqsEventSource,
  type EventSourceLogger,
  type InvocationOutcome,
  type SqsEventSource,
} from './sqs-event-source';

export function createChatDeliverySource(options: {
  readonly env: Readonly<Record<string, string>>;
  readonly clients: LocalClients;
  readonly clock: Clock;
  readonly settings?: Partial<ChatDeliverySettings>;
  readonly waitTimeSeconds?: number;
  readonly onInvocation?: (outcome: InvocationOutcome) => void;
  readonly log?: EventSourceLogger;
}): SqsEventSource {
  const { env, clients } = options;
  const handler = createChatDeliveryHandler(
    awsChatDeliveryDependencies(readChatDeliveryEnvironment(env), {
      dynamodb: clients.dynamodb,
      sqs: clients.sqs,
      clock: options.clock,
      logger: new Logger({ serviceName: CHAT_DELIVERY.service, logLevel: 'WARN' }),
      metrics: new Metrics({
        namespace: CHAT_DELIVERY.namespace,
        serviceName: CHAT_DELIVERY.service,
      }),
      ...(options.settings ? { settings: options.settings } : {}),
    }),
  );
  return createSqsEventSource({
    sqs: clients.sqs,
    queueUrl: env[CHAT_DELIVERY_QUEUE.queueUrlEnv]!,
    handler,
    settings: {
      timeoutSeconds: CHAT_DELIVERY.timeoutSeconds,
      memoryMb: CHAT_DELIVERY.memoryMb,
      batchSize: CHAT_DELIVERY.batchSize,
      maxBatchingWindowSeconds: CHAT_DELIVERY.maxBatchingWindowSeconds,
    },
    functionName: CHAT_DELIVERY.service,
    ...(options.waitTimeSeconds === undefined ? {} : { waitTimeSeconds: options.waitTimeSeconds }),
    ...(options.onInvocation ? { onInvocation: options.onInvocation } : {}),
    ...(options.log ? { logger: options.log } : {}),
  });
}
