import { TICKET_QUEUE } from '../definitions/queues';
import { requiredEnvironment } from '../shared/required-environment';
import { readRoutingEnvironment, type RoutingEnvironment } from '../shared/routing-environment';

/** What the router learns from its environment, under the names the CDK stack sets. */
export interface RouterEnvironment extends RoutingEnvironment {
  readonly deadLetterQueueUrl: string;
}

export function readRouterEnvironment(env: NodeJS.ProcessEnv): RouterEnvironment {
  return {
    ...readRoutingEnvironment(env, 'router'),
    deadLetterQueueUrl: requiredEnvironment(env, 'router')(TICKET_QUEUE.deadLetter.queueUrlEnv),
  };
}
