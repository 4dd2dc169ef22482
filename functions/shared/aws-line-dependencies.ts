import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbFollowUpStore } from '../adapters/dynamodb/dynamodb-follow-up-store';
import { DynamoDbWaitingLineStore } from '../adapters/dynamodb/dynamodb-waiting-line-store';
import {
  awsRoutingDependencies,
  type AwsRoutingDependencies,
  type RoutingOverrides,
} from './aws-routing-dependencies';
import type { FillDependencies } from './fill-line';
import type { RoutingEnvironment } from './routing-environment';

/**
 * What moving tickets out of a waiting line needs on AWS (the waiting-line function, a lead's
 * assignment from the admin API or the CLI): the router's adapters, the follow-up writes and the
 * lines, on one document client.
 */
export function awsLineDependencies(
  env: RoutingEnvironment,
  overrides: RoutingOverrides,
  activity: string,
  documents: DynamoDBDocumentClient = documentClient(overrides.dynamodb),
): FillDependencies & AwsRoutingDependencies {
  return {
    ...awsRoutingDependencies(env, overrides, activity, documents),
    followUps: new DynamoDbFollowUpStore(documents, env.ticketsTable),
    line: new DynamoDbWaitingLineStore(documents, env.ticketsTable),
  };
}
