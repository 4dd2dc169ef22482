import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock, type Clock } from '../adapters/clock';
import { documentClient } from '../adapters/dynamodb/document-client';
import { lambdaLogger } from '../shared/lambda-logger';
import { liveConfigCache } from '../shared/live-config-cache';
import type { AvailabilityDependencies } from './dependencies';
import type { AvailabilityEnvironment } from './environment';

/** What the local stack and tests may supply instead of the defaults; never the Lambda. */
export interface AvailabilityOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

export function availabilityDependencies(
  env: AvailabilityEnvironment,
  overrides: AvailabilityOverrides = {},
): AvailabilityDependencies {
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? lambdaLogger();
  return {
    config: liveConfigCache({
      documents: documentClient(overrides.dynamodb),
      table: env.configTable,
      clock,
      logger,
      activity: 'answering availability',
    }),
    clock,
    logger,
  };
}
