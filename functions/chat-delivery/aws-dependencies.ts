import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { systemClock, type Clock } from '../adapters/clock';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbConversationStore } from '../adapters/dynamodb/dynamodb-conversation-store';
import { DynamoDbSurveyStore } from '../adapters/dynamodb/dynamodb-survey-store';
import { SqsChatDeliveryQueue } from '../adapters/sqs/sqs-chat-delivery-queue';
import { SqsDeadLetterQueue } from '../adapters/sqs/sqs-dead-letter-queue';
import { CHAT_DELIVERY } from '../definitions/chat-delivery';
import { INGEST } from '../definitions/ingest';
import { secretsManagerIntegrationSettings } from '../shared/secrets-manager-webhook-secrets';
import {
  parseIntegrationSettings,
  type IntegrationSettings,
  type IntegrationSettingsSource,
} from '../shared/webhook-secrets';
import type { ChatDeliveryDependencies, ChatDeliverySettings } from './dependencies';
import type { ChatDeliveryEnvironment } from './environment';
import { postWebhook, type WebhookPoster } from './post-webhook';

/** What tests and the local stack may supply instead of the defaults; never the Lambda. */
export interface ChatDeliveryOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly sqs?: SQSClient;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  readonly post?: WebhookPoster;
  readonly settings?: Partial<ChatDeliverySettings>;
}

function fixedSettings(settings: IntegrationSettings): IntegrationSettingsSource {
  return { current: () => Promise.resolve(settings) };
}

export function awsChatDeliveryDependencies(
  env: ChatDeliveryEnvironment,
  overrides: ChatDeliveryOverrides = {},
): ChatDeliveryDependencies {
  const documents = documentClient(overrides.dynamodb);
  const sqs = overrides.sqs ?? new SQSClient({});
  const { integrations } = env;
  return {
    conversations: new DynamoDbConversationStore(documents, env.ticketsTable),
    surveys: new DynamoDbSurveyStore(documents, env.ticketsTable),
    integrations:
      integrations.kind === 'secrets-manager'
        ? secretsManagerIntegrationSettings(integrations.secretArn)
        : fixedSettings(parseIntegrationSettings(integrations.json, INGEST.secretsEnv)),
    queue: new SqsChatDeliveryQueue(sqs, env.queueUrl),
    deadLetters: new SqsDeadLetterQueue(sqs, env.deadLetterQueueUrl),
    post: overrides.post ?? postWebhook,
    settings: {
      attempts: CHAT_DELIVERY.attempts,
      backoff: CHAT_DELIVERY.backoff,
      requestTimeoutMs: CHAT_DELIVERY.requestTimeoutMs,
      ...overrides.settings,
    },
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? new Logger({ serviceName: CHAT_DELIVERY.service }),
    metrics:
      overrides.metrics ??
      new Metrics({ namespace: CHAT_DELIVERY.namespace, serviceName: CHAT_DELIVERY.service }),
  };
}
