import { PERSONAL_DEAD_LETTER_QUEUES } from '../definitions/privacy';
import { requiredEnvironment, type Environment } from './required-environment';

/** A dead-letter queue that can hold customer data, by its name, at its URL. */
export interface NamedQueue {
  readonly name: string;
  readonly url: string;
}

/**
 * Every queue of PERSONAL_DEAD_LETTER_QUEUES, read from the environment the stack sets for
 * `reader`. One missing is an error, not a queue left out: a sweep that skipped one would
 * report an erasure it did not finish.
 */
export function personalDeadLetterQueues(env: Environment, reader: string): NamedQueue[] {
  const required = requiredEnvironment(env, reader);
  return PERSONAL_DEAD_LETTER_QUEUES.map((queue) => ({
    name: queue.name,
    url: required(queue.queueUrlEnv),
  }));
}
