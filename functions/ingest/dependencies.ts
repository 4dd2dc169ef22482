import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../adapters/clock';
import type { ConversationStore } from '../adapters/conversation-store';
import type { DeadLetterQueue } from '../adapters/dead-letter-queue';
import type { SurveyStore } from '../adapters/survey-store';
import type { RawMailStore } from '../adapters/raw-mail-store';
import type { SeenRequests } from '../adapters/seen-requests';
import type { TicketQueue } from '../adapters/ticket-queue';
import type { ConfigSource } from '../shared/delivery-dependencies';
import type { AgentReplyDependencies } from './agent-reply';
import type { WebhookSecretSource } from '../shared/webhook-secrets';

/** What every ingest path needs: where tickets go, and its log, metrics and clock. */
export interface IngestDependencies {
  readonly queue: TicketQueue;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Agents' answers to reply addresses; absent without a reply domain (none are taken). */
  readonly replies?: AgentReplyDependencies;
}

/** `POST /ingest/chat` and `POST /ingest/email`. */
export interface HttpIngestDependencies extends IngestDependencies {
  readonly secrets: WebhookSecretSource;
  /** Signatures already accepted: a request is taken once (the replay window's other half). */
  readonly seenRequests: SeenRequests;
  /** The live configuration, for the promise a chat post is answered with. */
  readonly config: ConfigSource;
  /** Where `GET /tickets/{id}/messages` reads a ticket's conversation and its survey. */
  readonly conversations?: {
    readonly tickets: Pick<ConversationStore, 'readConversation'>;
    readonly surveys: Pick<SurveyStore, 'read'>;
  };
  /** A ticket id for a chat post that brings none; random UUIDs unless a test fixes them. */
  readonly newTicketId?: () => string;
}

/** SES receiving: the stored raw mail, and where mail that can never be a ticket goes. */
export interface MailReceiverDependencies extends IngestDependencies {
  readonly mail: RawMailStore;
  readonly deadLetters: DeadLetterQueue;
}
