import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsDeadLetterQueue } from '../adapters/sqs/sqs-dead-letter-queue';
import type { DeadLetterQueue } from '../adapters/dead-letter-queue';

/**
 * The dead-letter queue on SQS, on `sqs` or else a client configured by the environment. Its own
 * module so that lazy-dead-letter-queue.ts loads it, and the SQS client with it, only when needed.
 */
export function sqsDeadLetters(queueUrl: string, sqs?: SQSClient): DeadLetterQueue {
  return new SqsDeadLetterQueue(sqs ?? new SQSClient({}), queueUrl);
}
