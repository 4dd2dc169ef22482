import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { DeadLetterSweep, SweptLetter } from '../privacy-stores';

/** SQS hands out at most ten messages per receive and takes ten per batch call. */
const BATCH = 10;

/**
 * Long enough to look at a whole dead-letter queue (it holds what could never be routed: tens,
 * not thousands) before the first message it hid shows again.
 */
const HIDDEN_SECONDS = 300;

/** Bounds one sweep, so a flooded queue cannot hold a request for ever; docs/privacy.md. */
const MAX_MESSAGES = 5_000;

/**
 * Receives every message of a dead-letter queue, hiding each while the sweep runs so that none
 * is seen twice, deletes the customer's, and makes the others visible again at once.
 */
export class SqsDeadLetterSweep implements DeadLetterSweep {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
    readonly queue: string,
  ) {}

  async sweep(
    belongs: (letter: SweptLetter) => Promise<boolean>,
    remove: boolean,
  ): Promise<SweptLetter[]> {
    const found: SweptLetter[] = [];
    const release: string[] = [];
    const seen = new Set<string>();
    try {
      for (;;) {
        const { Messages = [] } = await this.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: this.queueUrl,
            MaxNumberOfMessages: BATCH,
            VisibilityTimeout: HIDDEN_SECONDS,
            WaitTimeSeconds: 0,
            MessageAttributeNames: ['All'],
            MessageSystemAttributeNames: ['SentTimestamp'],
          }),
        );
        const fresh = Messages.filter((message) => !seen.has(message.MessageId ?? ''));
        if (fresh.length === 0 || seen.size >= MAX_MESSAGES) {
          release.push(...Messages.map((message) => message.ReceiptHandle!));
          break;
        }
        for (const message of fresh) {
          seen.add(message.MessageId!);
          const letter: SweptLetter = {
            messageId: message.MessageId!,
            body: message.Body ?? '',
            attributes: Object.fromEntries(
              Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
                name,
                value.StringValue ?? '',
              ]),
            ),
            ...(message.Attributes?.SentTimestamp
              ? { sentAt: Number(message.Attributes.SentTimestamp) }
              : {}),
          };
          if (await belongs(letter)) {
            found.push(letter);
            if (remove) {
              await this.sqs.send(
                new DeleteMessageCommand({
                  QueueUrl: this.queueUrl,
                  ReceiptHandle: message.ReceiptHandle!,
                }),
              );
              continue;
            }
          }
          release.push(message.ReceiptHandle!);
        }
      }
    } finally {
      await this.release(release);
    }
    return found;
  }

  private async release(handles: readonly string[]): Promise<void> {
    for (let start = 0; start < handles.length; start += BATCH) {
      await this.sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: handles.slice(start, start + BATCH).map((handle, index) => ({
            Id: String(index),
            ReceiptHandle: handle,
            VisibilityTimeout: 0,
          })),
        }),
      );
    }
  }
}
