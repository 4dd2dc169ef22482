import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbFollowUpStore } from '../adapters/dynamodb/dynamodb-follow-up-store';
import { awsRoutingDependencies, type RoutingOverrides } from '../shared/aws-routing-dependencies';
import type { SchedulerDependencies } from './dependencies';
import type { SchedulerEnvironment } from './environment';

/** What tests and the local stack may supply instead of the defaults; never the Lambda. */
export type SchedulerOverrides = RoutingOverrides;

/** The scheduler on the AWS adapters, configured by the environment (locally: the stand-ins'). */
export function awsSchedulerDependencies(
  env: SchedulerEnvironment,
  overrides: SchedulerOverrides = {},
): SchedulerDependencies {
  // One document client for both stores, so that they share its connections.
  const documents = documentClient(overrides.dynamodb);
  return {
    ...awsRoutingDependencies(env, overrides, 'following up', documents),
    followUps: new DynamoDbFollowUpStore(documents, env.ticketsTable),
  };
}
