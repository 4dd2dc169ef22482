import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock, type Clock } from '../router/clock';
import { ConfigCache } from '../router/config-cache';
import { ticketLinkSigner } from '../router/ticket-link-signer';
import { DynamoDbConfigReader } from '../store/dynamodb/dynamodb-config-reader';
import { DynamoDbTicketStore } from '../store/dynamodb/dynamodb-ticket-store';
import { SesMailer } from '../store/ses/ses-mailer';
import { ticketLinkSecret } from '../ticket-links/ticket-link-secret';
import type { SchedulerDependencies } from './scheduler-dependencies';
import type { SchedulerEnvironment } from './scheduler-environment';

/** What tests and the local stack may supply instead of the defaults; never the Lambda. */
export interface SchedulerOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly sesv2?: SESv2Client;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
}

/** The scheduler on the AWS adapters, configured by the environment (locally: the stand-ins'). */
export function awsSchedulerDependencies(
  env: SchedulerEnvironment,
  overrides: SchedulerOverrides = {},
): SchedulerDependencies {
  const documents = DynamoDBDocumentClient.from(overrides.dynamodb ?? new DynamoDBClient({}), {
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
      onStale: (error, kept) =>
        logger.warn('configuration check failed; following up with the version already loaded', {
          error,
          configVersion: kept,
        }),
    }),
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
