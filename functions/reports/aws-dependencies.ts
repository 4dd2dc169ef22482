import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsChatDeliveryQueue } from '../adapters/sqs/sqs-chat-delivery-queue';
import { DynamoDbSurveyStore } from '../adapters/dynamodb/dynamodb-survey-store';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { requiredTicketLinkSecret } from '../shared/ticket-link-secret';
import { systemClock, type Clock } from '../adapters/clock';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbReportsStore } from '../adapters/dynamodb/dynamodb-reports-store';
import {
  customerReturns,
  resolvedBeforeInThread,
} from '../adapters/dynamodb/dynamodb-thread-history';
import { REPORTS } from '../definitions/reports';
import type { ReportsDependencies } from './dependencies';
import type { ReportsEnvironment } from './environment';

/** What tests and the local stack may supply instead of the defaults; never the Lambda. */
export interface ReportsOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly sesv2?: SESv2Client;
  readonly sqs?: SQSClient;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
}

export function awsReportsDependencies(
  env: ReportsEnvironment,
  overrides: ReportsOverrides = {},
): ReportsDependencies {
  const documents = documentClient(overrides.dynamodb);
  const { surveys } = env;
  return {
    ...(surveys
      ? {
          surveys: {
            store: new DynamoDbSurveyStore(documents, env.ticketsTable),
            mailer: new SesMailer(overrides.sesv2 ?? new SESv2Client({}), {
              from: surveys.senderEmail,
              ...(surveys.configurationSet ? { configurationSet: surveys.configurationSet } : {}),
            }),
            secret: requiredTicketLinkSecret(surveys.links.secretEnv, 'reports'),
            baseUrl: surveys.links.baseUrl,
            ...(surveys.chatDeliveryQueueUrl
              ? {
                  chatDeliveries: new SqsChatDeliveryQueue(
                    overrides.sqs ?? new SQSClient({}),
                    surveys.chatDeliveryQueueUrl,
                  ),
                }
              : {}),
          },
        }
      : {}),
    reports: new DynamoDbReportsStore(documents, env.reportsTable),
    resolvedBeforeInThread: (threadKey, receivedAt) =>
      resolvedBeforeInThread(documents, env.ticketsTable, threadKey, receivedAt),
    customerReturns: (ticketId) => customerReturns(documents, env.ticketsTable, ticketId),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? new Logger({ serviceName: REPORTS.service }),
    metrics:
      overrides.metrics ??
      new Metrics({ namespace: REPORTS.namespace, serviceName: REPORTS.service }),
  };
}
