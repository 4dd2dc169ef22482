import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDbConversationStore } from '../adapters/dynamodb/dynamodb-conversation-store';
import { DynamoDbSurveyStore } from '../adapters/dynamodb/dynamodb-survey-store';
import { DynamoDbFollowUpStore } from '../adapters/dynamodb/dynamodb-follow-up-store';
import { DynamoDbTicketActionStore } from '../adapters/dynamodb/dynamodb-ticket-action-store';
import { DynamoDbTicketStore } from '../adapters/dynamodb/dynamodb-ticket-store';
import { DynamoDbWaitingLineStore } from '../adapters/dynamodb/dynamodb-waiting-line-store';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { requiredTicketLinkSecret } from '../shared/ticket-link-secret';
import type { AgentReplyDependencies } from './agent-reply';
import type { AttachmentLimits } from '../core/replies/reply-attachments';
import { SQSClient } from '@aws-sdk/client-sqs';
import { INGEST } from '../definitions/ingest';
import { systemClock, type Clock } from '../adapters/clock';
import { DynamoDbSeenRequests } from '../adapters/dynamodb/dynamodb-seen-requests';
import { S3RawMailStore } from '../adapters/s3/s3-raw-mail-store';
import { SqsChatDeliveryQueue } from '../adapters/sqs/sqs-chat-delivery-queue';
import { SqsDeadLetterQueue } from '../adapters/sqs/sqs-dead-letter-queue';
import { SqsTicketQueue } from '../adapters/sqs/sqs-ticket-queue';
import type { HttpIngestDependencies, MailReceiverDependencies } from './dependencies';
import type {
  HttpIngestEnvironment,
  MailReceiverEnvironment,
  RepliesEnvironment,
} from './environment';
import { secretsManagerWebhookSecrets } from '../shared/secrets-manager-webhook-secrets';
import { parseWebhookSecrets, staticWebhookSecrets } from '../shared/webhook-secrets';
import { documentClient } from '../adapters/dynamodb/document-client';
import { lambdaLogger } from '../shared/lambda-logger';
import { liveConfigCache } from '../shared/live-config-cache';

/** What a caller may supply instead of the defaults: the local stack and tests, never the Lambda. */
export interface IngestOverrides {
  readonly sqs?: SQSClient;
  readonly sesv2?: SESv2Client;
  readonly dynamodb?: DynamoDBClient;
  readonly s3?: S3Client;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  readonly newTicketId?: () => string;
  /** What of an agent's attachments goes on; the product's limits unless a test lowers them. */
  readonly attachmentLimits?: AttachmentLimits;
}

/** Agents' answers: the tickets, the live configuration, SES and the link secret. */
function agentReplyDependencies(
  env: RepliesEnvironment,
  overrides: IngestOverrides,
  common: Pick<AgentReplyDependencies, 'clock' | 'logger' | 'metrics'>,
): AgentReplyDependencies {
  const documents = documentClient(overrides.dynamodb);
  return {
    domain: env.domain,
    secret: requiredTicketLinkSecret(env.secretEnv, 'ingest (agent replies)'),
    supportAddress: env.senderEmail,
    conversations: new DynamoDbConversationStore(documents, env.ticketsTable),
    actions: new DynamoDbTicketActionStore(documents, env.ticketsTable),
    tickets: new DynamoDbTicketStore(documents, env.ticketsTable),
    followUps: new DynamoDbFollowUpStore(documents, env.ticketsTable),
    openTickets: new DynamoDbWaitingLineStore(documents, env.ticketsTable),
    mailer: new SesMailer(overrides.sesv2 ?? new SESv2Client({}), {
      from: env.senderEmail,
      ...(env.configurationSet ? { configurationSet: env.configurationSet } : {}),
    }),
    ...(env.chatDeliveryQueueUrl
      ? {
          chatDeliveries: new SqsChatDeliveryQueue(
            overrides.sqs ?? new SQSClient({}),
            env.chatDeliveryQueueUrl,
          ),
        }
      : {}),
    config: liveConfigCache({
      documents,
      table: env.configTable,
      clock: common.clock,
      logger: common.logger,
      activity: "passing agents' answers on",
    }),
    ...(overrides.attachmentLimits ? { attachmentLimits: overrides.attachmentLimits } : {}),
    ...common,
  };
}

/** The clients are configured by the environment alone, as the router's are. */
export function httpIngestDependencies(
  env: HttpIngestEnvironment,
  overrides: IngestOverrides = {},
): HttpIngestDependencies {
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? lambdaLogger();
  const metrics = overrides.metrics ?? new Metrics();
  return {
    ...(env.replies
      ? { replies: agentReplyDependencies(env.replies, overrides, { clock, logger, metrics }) }
      : {}),
    queue: new SqsTicketQueue(overrides.sqs ?? new SQSClient({}), env.ticketQueueUrl),
    ...(env.ticketsTable
      ? {
          conversations: {
            tickets: new DynamoDbConversationStore(
              documentClient(overrides.dynamodb),
              env.ticketsTable,
            ),
            surveys: new DynamoDbSurveyStore(documentClient(overrides.dynamodb), env.ticketsTable),
          },
        }
      : {}),
    seenRequests: new DynamoDbSeenRequests(
      documentClient(overrides.dynamodb),
      env.webhookRequestsTable,
    ),
    config: liveConfigCache({
      documents: documentClient(overrides.dynamodb),
      table: env.configTable,
      clock,
      logger,
      activity: 'answering chat posts',
    }),
    secrets:
      env.secrets.kind === 'secrets-manager'
        ? secretsManagerWebhookSecrets(env.secrets.secretArn)
        : staticWebhookSecrets(parseWebhookSecrets(env.secrets.json, INGEST.secretsEnv)),
    clock,
    logger,
    metrics,
    ...(overrides.newTicketId ? { newTicketId: overrides.newTicketId } : {}),
  };
}

export function mailReceiverDependencies(
  env: MailReceiverEnvironment,
  overrides: IngestOverrides = {},
): MailReceiverDependencies {
  const sqs = overrides.sqs ?? new SQSClient({});
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? lambdaLogger();
  const metrics = overrides.metrics ?? new Metrics();
  return {
    queue: new SqsTicketQueue(sqs, env.ticketQueueUrl),
    deadLetters: new SqsDeadLetterQueue(sqs, env.deadLetterQueueUrl),
    mail: new S3RawMailStore(overrides.s3 ?? new S3Client({}), env.mailBucket),
    clock,
    logger,
    metrics,
    ...(env.replies
      ? { replies: agentReplyDependencies(env.replies, overrides, { clock, logger, metrics }) }
      : {}),
  };
}
