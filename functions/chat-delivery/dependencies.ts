import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { ChatDeliveryQueue } from '../adapters/chat-delivery-queue';
import type { Clock } from '../adapters/clock';
import type { ConversationStore } from '../adapters/conversation-store';
import type { DeadLetterQueue } from '../adapters/dead-letter-queue';
import type { SurveyStore } from '../adapters/survey-store';
import type { IntegrationSettingsSource } from '../shared/webhook-secrets';
import type { WebhookPoster } from './post-webhook';

/** How often and how patiently an event is posted (CHAT_DELIVERY; tests shorten it). */
export interface ChatDeliverySettings {
  readonly attempts: number;
  readonly backoff: {
    readonly firstRetrySeconds: number;
    readonly factor: number;
    readonly maxSeconds: number;
  };
  readonly requestTimeoutMs: number;
}

/** Everything the chat-delivery function talks to; tests hand it the stand-ins. */
export interface ChatDeliveryDependencies {
  readonly conversations: Pick<ConversationStore, 'readConversation'>;
  readonly surveys: Pick<SurveyStore, 'read'>;
  readonly integrations: IntegrationSettingsSource;
  readonly queue: Pick<ChatDeliveryQueue, 'postpone'>;
  readonly deadLetters: DeadLetterQueue;
  readonly post: WebhookPoster;
  readonly settings: ChatDeliverySettings;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
}
