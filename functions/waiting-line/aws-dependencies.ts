import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbFollowUpStore } from '../adapters/dynamodb/dynamodb-follow-up-store';
import { DynamoDbWaitingLineStore } from '../adapters/dynamodb/dynamodb-waiting-line-store';
import { awsRoutingDependencies, type RoutingOverrides } from '../shared/aws-routing-dependencies';
import type { WaitingLineDependencies } from './dependencies';
import type { WaitingLineEnvironment } from './environment';

/** What tests and the local stack may supply instead of the defaults; never the Lambda. */
export type WaitingLineOverrides = RoutingOverrides;

/** The waiting-line function on the AWS adapters, configured by the environment. */
export function awsWaitingLineDependencies(
  env: WaitingLineEnvironment,
  overrides: WaitingLineOverrides = {},
): WaitingLineDependencies {
  const documents = documentClient(overrides.dynamodb);
  return {
    ...awsRoutingDependencies(env, overrides, 'filling waiting lines', documents),
    followUps: new DynamoDbFollowUpStore(documents, env.ticketsTable),
    line: new DynamoDbWaitingLineStore(documents, env.ticketsTable),
  };
}
