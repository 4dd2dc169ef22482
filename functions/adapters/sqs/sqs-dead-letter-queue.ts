import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { DEAD_LETTER_ATTRIBUTES } from '../../definitions/queues';
import type { DeadLetter, DeadLetterQueue } from '../dead-letter-queue';

/** Attribute values are for people to read; a long list of problems is cut here. */
export const MAX_ATTRIBUTE_CHARS = 1024;

/**
 * SQS refuses a message attribute with characters outside XML's (control characters a customer
 * or integration put in a field end up in the rule text), which would fail the send and so the
 * record: they become U+FFFD.
 */
// Tab, line feed, carriage return and everything from space up, minus surrogates and U+FFFE/F.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHARACTER = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function attributeText(value: string): string {
  const clean = value.replace(NOT_XML_CHARACTER, '\uFFFD');
  const chars = [...clean];
  return chars.length <= MAX_ATTRIBUTE_CHARS
    ? clean || '(empty)'
    : `${chars.slice(0, MAX_ATTRIBUTE_CHARS - 1).join('')}…`;
}

/** The ticket queue's dead-letter queue, written to directly with the reason as attributes. */
export class SqsDeadLetterQueue implements DeadLetterQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(letter: DeadLetter): Promise<void> {
    const attribute = (value: string) => ({
      DataType: 'String',
      StringValue: attributeText(value),
    });
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: letter.body,
        MessageAttributes: {
          [DEAD_LETTER_ATTRIBUTES.reason]: attribute(letter.reason),
          [DEAD_LETTER_ATTRIBUTES.field]: attribute(letter.field),
          [DEAD_LETTER_ATTRIBUTES.rule]: attribute(letter.rule),
          [DEAD_LETTER_ATTRIBUTES.sourceMessageId]: attribute(letter.sourceMessageId),
        },
      }),
    );
  }
}
