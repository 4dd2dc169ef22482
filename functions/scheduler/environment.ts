import type { Environment } from '../shared/required-environment';
import { readRoutingEnvironment, type RoutingEnvironment } from '../shared/routing-environment';

/** What the scheduler learns from its environment: the router's, without the dead-letter queue. */
export type SchedulerEnvironment = RoutingEnvironment;

export function readSchedulerEnvironment(env: Environment): SchedulerEnvironment {
  return readRoutingEnvironment(env, 'scheduler');
}
