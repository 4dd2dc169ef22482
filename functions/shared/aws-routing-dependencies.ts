import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { systemClock, type Clock } from '../adapters/clock';
import type { ConfigCache } from './config-cache';
import { liveConfigCache } from './live-config-cache';
import { ticketLinkSigner, type TicketLinkSigner } from './ticket-link-signer';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbTicketStore } from '../adapters/dynamodb/dynamodb-ticket-store';
import type { Mailer } from '../adapters/mailer';
import { lazySesMailer } from '../adapters/ses/lazy-ses-mailer';
import { ticketLinkSecret } from './ticket-link-secret';
import type { RoutingEnvironment } from './routing-environment';
import { lambdaLogger } from './lambda-logger';

/** What tests, benchmarks and the local stack may supply instead of the defaults; never the Lambda. */
export interface RoutingOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly sesv2?: SESv2Client;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  readonly configRefreshMs?: number;
}

/** The adapters the router and the scheduler share: the tickets, the configuration, the mail. */
export interface AwsRoutingDependencies {
  readonly tickets: DynamoDbTicketStore;
  readonly config: ConfigCache;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly ticketLinks?: TicketLinkSigner;
}

/**
 * By default the clients are configured only by the environment (region, credentials and,
 * locally, AWS_ENDPOINT_URL_<SERVICE> for the stand-ins). `activity` is what a stale
 * configuration warning says the function carries on doing; `documents` is given by a function
 * that builds more stores of its own on the same client.
 */
export function awsRoutingDependencies(
  env: RoutingEnvironment,
  overrides: RoutingOverrides,
  activity: string,
  documents: DynamoDBDocumentClient = documentClient(overrides.dynamodb),
): AwsRoutingDependencies {
  const logger = overrides.logger ?? lambdaLogger();
  const clock = overrides.clock ?? systemClock;
  const linkSecret = env.ticketLinks && ticketLinkSecret(env.ticketLinks.secretEnv);
  return {
    tickets: new DynamoDbTicketStore(documents, env.ticketsTable),
    config: liveConfigCache({
      documents,
      table: env.configTable,
      clock,
      logger,
      activity,
      ...(overrides.configRefreshMs === undefined ? {} : { refreshMs: overrides.configRefreshMs }),
    }),
    mailer: lazySesMailer(
      {
        from: env.senderEmail,
        ...(env.configurationSet ? { configurationSet: env.configurationSet } : {}),
      },
      overrides.sesv2,
    ),
    clock,
    logger,
    metrics: overrides.metrics ?? new Metrics(),
    ...(env.ticketLinks && linkSecret
      ? {
          ticketLinks: ticketLinkSigner(
            env.ticketLinks.baseUrl,
            linkSecret,
            env.ticketLinks.replyDomain,
          ),
        }
      : {}),
  };
}
