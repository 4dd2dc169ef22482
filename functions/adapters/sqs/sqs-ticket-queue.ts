import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Ticket } from '../../core/ticket/ticket-schema';
import type { TicketQueue } from '../ticket-queue';
import { TicketTooLargeError } from '../ticket-too-large-error';
import { SqsResponseError } from './sqs-response-error';

/** SQS's classic message limit, which the stand-in and queues created before 2025 keep. */
export const MAX_TICKET_MESSAGE_BYTES = 256 * 1024;

/**
 * The ticket queue: one SendMessage per ticket, its body the ticket's JSON (docs/ticket-format.md).
 */
export class SqsTicketQueue implements TicketQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async put(ticket: Ticket): Promise<{ readonly messageId: string }> {
    const body = JSON.stringify(ticket);
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > MAX_TICKET_MESSAGE_BYTES)
      throw new TicketTooLargeError(ticket.id, bytes, MAX_TICKET_MESSAGE_BYTES);
    const { MessageId } = await this.sqs.send(
      new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: body }),
    );
    if (!MessageId)
      throw new SqsResponseError(`SQS accepted ticket ${ticket.id} without a MessageId`);
    return { messageId: MessageId };
  }
}
