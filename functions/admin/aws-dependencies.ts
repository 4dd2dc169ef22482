import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDbErasureLog } from '../adapters/dynamodb/dynamodb-erasure-log';
import { SqsErasureQueue } from '../adapters/sqs/sqs-erasure-queue';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { dateHolidaysCalendar } from '../core/holidays/date-holidays-calendar';
import { systemClock, type Clock } from '../adapters/clock';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbConfigStore } from '../adapters/dynamodb/dynamodb-config-store';
import { DynamoDbReportsStore } from '../adapters/dynamodb/dynamodb-reports-store';
import { DynamoDbTicketReader } from '../adapters/dynamodb/dynamodb-ticket-reader';
import { DynamoDbTicketStore } from '../adapters/dynamodb/dynamodb-ticket-store';
import type { AdminDependencies } from './dependencies';
import type { AdminEnvironment } from './environment';
import { WeekCoverageCache } from './week-coverage-cache';
import { lambdaLogger } from '../shared/lambda-logger';
import { assignByHand } from '../shared/assign-by-hand';
import { awsLineDependencies } from '../shared/aws-line-dependencies';
import { awsCustomerPrivacy } from '../shared/aws-customer-privacy';
import type { CustomerPrivacy } from '../shared/customer-privacy';
import { ticketLinkSecret } from '../shared/ticket-link-secret';

export interface AdminDependencyOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly sesv2?: SESv2Client;
  readonly sqs?: SQSClient;
  readonly s3?: S3Client;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** The admin API on DynamoDB; the client is configured by the environment unless given. */
export function awsAdminDependencies(
  env: AdminEnvironment,
  overrides: AdminDependencyOverrides = {},
): AdminDependencies {
  const documents = documentClient(overrides.dynamodb);
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? lambdaLogger();
  const { delivery } = env;
  // Built on first use: most requests read, and only an assignment needs SES and the link key.
  let assignments: ReturnType<typeof awsLineDependencies> | undefined;
  let privacy: CustomerPrivacy | undefined;
  const auditSecret = ticketLinkSecret(env.env);
  const places = env.privacy;
  const sqs = () => (sqsClient ??= overrides.sqs ?? new SQSClient({}));
  let sqsClient: SQSClient | undefined;
  const erasureQueueUrl = places?.erasureQueueUrl;
  return {
    erasureRecords: () => new DynamoDbErasureLog(documents, env.ticketsTable),
    ...(erasureQueueUrl ? { erasureQueue: () => new SqsErasureQueue(sqs(), erasureQueueUrl) } : {}),
    ...(places && auditSecret
      ? {
          privacy: () =>
            (privacy ??= awsCustomerPrivacy({
              documents,
              sqs: sqs(),
              ticketsTable: env.ticketsTable,
              deadLetterQueues: places.deadLetterQueues,
              ...(places.mailBucket
                ? { mail: { s3: overrides.s3 ?? new S3Client({}), bucket: places.mailBucket } }
                : {}),
              auditSecret,
              clock,
            })),
        }
      : {}),
    ...(delivery
      ? {
          assign: (request) => {
            assignments ??= awsLineDependencies(
              delivery,
              {
                clock,
                logger,
                ...(overrides.sesv2 ? { sesv2: overrides.sesv2 } : {}),
              },
              'assigning by hand',
              documents,
            );
            return assignByHand(assignments, request);
          },
        }
      : {}),
    config: new DynamoDbConfigStore(documents, env.configTable, clock),
    tickets: new DynamoDbTicketReader(documents, env.ticketsTable),
    routingState: new DynamoDbTicketStore(documents, env.ticketsTable),
    reports: new DynamoDbReportsStore(documents, env.reportsTable),
    holidays: dateHolidaysCalendar,
    clock,
    logger,
    weekCoverage: new WeekCoverageCache(),
  };
}
