import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dateHolidaysCalendar } from '../core/holidays/date-holidays-calendar';
import { systemClock, type Clock } from '../adapters/clock';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbConfigStore } from '../adapters/dynamodb/dynamodb-config-store';
import { DynamoDbTicketReader } from '../adapters/dynamodb/dynamodb-ticket-reader';
import { DynamoDbTicketStore } from '../adapters/dynamodb/dynamodb-ticket-store';
import type { AdminDependencies } from './dependencies';
import type { AdminEnvironment } from './environment';
import { lambdaLogger } from '../shared/lambda-logger';

export interface AdminDependencyOverrides {
  readonly dynamodb?: DynamoDBClient;
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
  return {
    config: new DynamoDbConfigStore(documents, env.configTable, clock),
    tickets: new DynamoDbTicketReader(documents, env.ticketsTable),
    routingState: new DynamoDbTicketStore(documents, env.ticketsTable),
    holidays: dateHolidaysCalendar,
    clock,
    logger: overrides.logger ?? lambdaLogger(),
  };
}
