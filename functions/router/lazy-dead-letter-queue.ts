import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DeadLetter, DeadLetterQueue } from '../adapters/dead-letter-queue';
import { onDemand } from '../adapters/on-demand';

/**
 * The ticket queue's dead-letter queue, with the SQS client and its adapter loaded on the first
 * dead letter: a router container may never send one, and loading the client at import would be
 * part of every cold start. `sqs` is the client tests and benchmarks supply; without it one is
 * built from the environment, as for the Lambda.
 */
export function lazyDeadLetterQueue(queueUrl: string, sqs?: SQSClient): DeadLetterQueue {
  const queue = onDemand(() =>
    import('./sqs-dead-letters').then(({ sqsDeadLetters }) => sqsDeadLetters(queueUrl, sqs)),
  );
  return {
    async send(letter: DeadLetter): Promise<void> {
      await (await queue()).send(letter);
    },
  };
}
