import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbConfigReader } from '../store/dynamodb/dynamodb-config-reader';
import { DynamoDbTicketStore } from '../store/dynamodb/dynamodb-ticket-store';
import { SesMailer } from '../store/ses/ses-mailer';
import { SqsDeadLetterQueue } from '../store/sqs/sqs-dead-letter-queue';
import { ticketLinkSecret } from '../ticket-links/ticket-link-secret';
import { systemClock, type Clock } from './clock';
import { ConfigCache } from './config-cache';
import type { RouterDependencies } from './router-dependencies';
import type { RouterEnvironment } from './router-environment';
import { ticketLinkSigner } from './ticket-link-signer';

/** What a caller may supply instead of the defaults: tests and benchmarks, never the Lambda. */
export interface AwsDependencyOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly sqs?: SQSClient;
  readonly sesv2?: SESv2Client;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  readonly configRefreshMs?: number;
}

/**
 * The router's dependencies on the AWS adapters. By default the clients are configured only by the
 * environment (region, credentials and, locally, AWS_ENDPOINT_URL_<SERVICE> for the stand-ins).
 */
export function awsDependencies(
  env: RouterEnvironment,
  overrides: AwsDependencyOverrides = {},
): RouterDependencies {
  const dynamodb = overrides.dynamodb ?? new DynamoDBClient({});
  // The parsed ticket leaves absent optional fields undefined; DynamoDB has no such value.
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const logger = overrides.logger ?? new Logger();
  const clock = overrides.clock ?? systemClock;
  const linkSecret = env.ticketLinks && ticketLinkSecret(env.ticketLinks.secretEnv);
  return {
    tickets: new DynamoDbTicketStore(documents, env.ticketsTable),
    config: new ConfigCache({
      store: new DynamoDbConfigReader(documents, env.configTable),
      clock,
      source: env.configTable,
      ...(overrides.configRefreshMs === undefined ? {} : { refreshMs: overrides.configRefreshMs }),
      onStale: (error, kept) =>
        logger.warn('configuration check failed; routing with the version already loaded', {
          error,
          configVersion: kept,
        }),
    }),
    deadLetters: new SqsDeadLetterQueue(overrides.sqs ?? new SQSClient({}), env.deadLetterQueueUrl),
    mailer: new SesMailer(overrides.sesv2 ?? new SESv2Client({}), {
      from: env.senderEmail,
      ...(env.configurationSet ? { configurationSet: env.configurationSet } : {}),
    }),
    clock,
    logger,
    metrics: overrides.metrics ?? new Metrics(),
    ...(env.ticketLinks && linkSecret
      ? { ticketLinks: ticketLinkSigner(env.ticketLinks.baseUrl, linkSecret) }
      : {}),
  };
}
