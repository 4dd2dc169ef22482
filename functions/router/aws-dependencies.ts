import type { SQSClient } from '@aws-sdk/client-sqs';
import { awsRoutingDependencies, type RoutingOverrides } from '../shared/aws-routing-dependencies';
import type { RouterDependencies } from './dependencies';
import type { RouterEnvironment } from './environment';
import { lazyDeadLetterQueue } from './lazy-dead-letter-queue';

/** What a caller may supply instead of the defaults: tests and benchmarks, never the Lambda. */
export interface AwsDependencyOverrides extends RoutingOverrides {
  readonly sqs?: SQSClient;
}

/** The router's dependencies on the AWS adapters, configured by the environment unless given. */
export function awsDependencies(
  env: RouterEnvironment,
  overrides: AwsDependencyOverrides = {},
): RouterDependencies {
  return {
    ...awsRoutingDependencies(env, overrides, 'routing'),
    deadLetters: lazyDeadLetterQueue(env.deadLetterQueueUrl, overrides.sqs),
  };
}
