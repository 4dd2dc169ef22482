// The ticket queue and its dead-letter queue from the shared definition, created through the
// real SDK with the redrive policy that Lambda's event source relies on for poison messages.
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { TICKET_QUEUE, type QueueDefinition } from '../definitions/queues';
import { ResourceCreationError } from './stand-in-errors';

const SECONDS_PER_DAY = 86_400;

export function localQueueName(prefix: string, id: string): string {
  return `${prefix}-${id}`;
}

async function createQueue(sqs: SQSClient, name: string, attributes: Record<string, string>) {
  // CreateQueue returns the existing queue when the attributes match, so reruns are harmless.
  const { QueueUrl } = await sqs.send(
    new CreateQueueCommand({ QueueName: name, Attributes: attributes }),
  );
  if (!QueueUrl) throw new ResourceCreationError(`CreateQueue ${name} returned no URL`);
  return QueueUrl;
}

/**
 * Creates the queue pair; returns their URLs keyed by the definition's env var names. Tests pass
 * a variant of TICKET_QUEUE (a one-second visibility timeout) to watch redelivery quickly.
 */
export async function createQueues(
  sqs: SQSClient,
  prefix: string,
  queue: QueueDefinition = TICKET_QUEUE,
): Promise<Record<string, string>> {
  const deadLetterUrl = await createQueue(sqs, localQueueName(prefix, queue.deadLetter.id), {
    MessageRetentionPeriod: String(queue.deadLetter.retentionDays * SECONDS_PER_DAY),
  });
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: deadLetterUrl, AttributeNames: ['QueueArn'] }),
  );
  const deadLetterArn = Attributes?.QueueArn;
  if (!deadLetterArn) throw new ResourceCreationError(`no QueueArn for ${deadLetterUrl}`);
  const queueUrl = await createQueue(sqs, localQueueName(prefix, queue.id), {
    MessageRetentionPeriod: String(queue.retentionDays * SECONDS_PER_DAY),
    VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
    RedrivePolicy: JSON.stringify({
      deadLetterTargetArn: deadLetterArn,
      maxReceiveCount: queue.maxReceiveCount,
    }),
  });
  return { [queue.queueUrlEnv]: queueUrl, [queue.deadLetter.queueUrlEnv]: deadLetterUrl };
}
