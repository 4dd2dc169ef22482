import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { INGEST } from '../definitions/ingest';
import { systemClock, type Clock } from '../adapters/clock';
import { DynamoDbSeenRequests } from '../adapters/dynamodb/dynamodb-seen-requests';
import { S3RawMailStore } from '../adapters/s3/s3-raw-mail-store';
import { SqsDeadLetterQueue } from '../adapters/sqs/sqs-dead-letter-queue';
import { SqsTicketQueue } from '../adapters/sqs/sqs-ticket-queue';
import type { HttpIngestDependencies, MailReceiverDependencies } from './dependencies';
import type { HttpIngestEnvironment, MailReceiverEnvironment } from './environment';
import { secretsManagerWebhookSecrets } from './secrets-manager-webhook-secrets';
import { parseWebhookSecrets, staticWebhookSecrets } from './webhook-secrets';
import { lambdaLogger } from '../shared/lambda-logger';

/** What a caller may supply instead of the defaults: the local stack and tests, never the Lambda. */
export interface IngestOverrides {
  readonly sqs?: SQSClient;
  readonly dynamodb?: DynamoDBClient;
  readonly s3?: S3Client;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  readonly newTicketId?: () => string;
}

/** The clients are configured by the environment alone, as the router's are. */
export function httpIngestDependencies(
  env: HttpIngestEnvironment,
  overrides: IngestOverrides = {},
): HttpIngestDependencies {
  return {
    queue: new SqsTicketQueue(overrides.sqs ?? new SQSClient({}), env.ticketQueueUrl),
    seenRequests: new DynamoDbSeenRequests(
      DynamoDBDocumentClient.from(overrides.dynamodb ?? new DynamoDBClient({})),
      env.webhookRequestsTable,
    ),
    secrets:
      env.secrets.kind === 'secrets-manager'
        ? secretsManagerWebhookSecrets(env.secrets.secretArn)
        : staticWebhookSecrets(parseWebhookSecrets(env.secrets.json, INGEST.secretsEnv)),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? lambdaLogger(),
    metrics: overrides.metrics ?? new Metrics(),
    ...(overrides.newTicketId ? { newTicketId: overrides.newTicketId } : {}),
  };
}

export function mailReceiverDependencies(
  env: MailReceiverEnvironment,
  overrides: IngestOverrides = {},
): MailReceiverDependencies {
  const sqs = overrides.sqs ?? new SQSClient({});
  return {
    queue: new SqsTicketQueue(sqs, env.ticketQueueUrl),
    deadLetters: new SqsDeadLetterQueue(sqs, env.deadLetterQueueUrl),
    mail: new S3RawMailStore(overrides.s3 ?? new S3Client({}), env.mailBucket),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? lambdaLogger(),
    metrics: overrides.metrics ?? new Metrics(),
  };
}
