import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** SendMessageBatch takes ten entries at most. */
const BATCH = 10;

export class MessagesRefusedError extends Error {
  override readonly name = 'MessagesRefusedError';
}

/**
 * Sends message bodies to a queue, ten per call, for the demo and the tests that feed the local
 * stack; returns the SQS message ids in the order of `bodies`. Any refused entry throws, naming
 * why, so nothing a caller waits for is silently missing.
 */
export async function sendMessageBodies(
  sqs: SQSClient,
  queueUrl: string,
  bodies: readonly string[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < bodies.length; start += BATCH) {
    const chunk = bodies.slice(start, start + BATCH);
    const { Successful = [], Failed = [] } = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: chunk.map((body, index) => ({ Id: String(index), MessageBody: body })),
      }),
    );
    if (Failed.length > 0) {
      throw new MessagesRefusedError(
        `${queueUrl} refused ${Failed.length} messages: ${Failed.map((f) => `${f.Code}: ${f.Message}`).join('; ')}`,
      );
    }
    const byIndex = new Map(Successful.map((entry) => [Number(entry.Id), entry.MessageId!]));
    ids.push(...chunk.map((_, index) => byIndex.get(index)!));
  }
  return ids;
}
