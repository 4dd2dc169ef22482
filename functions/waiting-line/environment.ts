import type { Environment } from '../shared/required-environment';
import { readRoutingEnvironment, type RoutingEnvironment } from '../shared/routing-environment';

/** What the waiting-line function learns from its environment: the scheduler's. */
export type WaitingLineEnvironment = RoutingEnvironment;

export function readWaitingLineEnvironment(env: Environment): WaitingLineEnvironment {
  return readRoutingEnvironment(env, 'waiting line');
}
