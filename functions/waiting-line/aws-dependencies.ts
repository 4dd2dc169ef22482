import { awsLineDependencies } from '../shared/aws-line-dependencies';
import type { RoutingOverrides } from '../shared/aws-routing-dependencies';
import type { WaitingLineDependencies } from './dependencies';
import type { WaitingLineEnvironment } from './environment';

/** What tests and the local stack may supply instead of the defaults; never the Lambda. */
export type WaitingLineOverrides = RoutingOverrides;

/** The waiting-line function on the AWS adapters, configured by the environment. */
export function awsWaitingLineDependencies(
  env: WaitingLineEnvironment,
  overrides: WaitingLineOverrides = {},
): WaitingLineDependencies {
  return awsLineDependencies(env, overrides, 'filling waiting lines');
}
