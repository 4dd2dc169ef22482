import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock, type Clock } from '../adapters/clock';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbReportsStore } from '../adapters/dynamodb/dynamodb-reports-store';
import { resolvedBeforeInThread } from '../adapters/dynamodb/dynamodb-thread-history';
import { REPORTS } from '../definitions/reports';
import type { ReportsDependencies } from './dependencies';
import type { ReportsEnvironment } from './environment';

/** What tests and the local stack may supply instead of the defaults; never the Lambda. */
export interface ReportsOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
}

export function awsReportsDependencies(
  env: ReportsEnvironment,
  overrides: ReportsOverrides = {},
): ReportsDependencies {
  const documents = documentClient(overrides.dynamodb);
  return {
    reports: new DynamoDbReportsStore(documents, env.reportsTable),
    resolvedBeforeInThread: (threadKey, receivedAt) =>
      resolvedBeforeInThread(documents, env.ticketsTable, threadKey, receivedAt),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? new Logger({ serviceName: REPORTS.service }),
    metrics:
      overrides.metrics ??
      new Metrics({ namespace: REPORTS.namespace, serviceName: REPORTS.service }),
  };
}
