import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';

export interface DeadLetterSeen {
  readonly body: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * What the dead-letter queue holds now, with its message attributes as strings; nothing is
 * deleted. `visibilityTimeout` hides what was seen from the next look, else the queue's own.
 */
export async function readDeadLetters(
  sqs: SQSClient,
  queueUrl: string | undefined,
  visibilityTimeout?: number,
): Promise<DeadLetterSeen[]> {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
      ...(visibilityTimeout === undefined ? {} : { VisibilityTimeout: visibilityTimeout }),
      WaitTimeSeconds: 0,
    }),
  );
  return Messages.map((message) => ({
    body: message.Body ?? '',
    attributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        value.StringValue ?? '',
      ]),
    ),
  }));
}
