import type { OutboxEmail } from '../adapters/ticket-store';

/**
 * SES did not accept an outbox email. Only this record fails; its retry finds the ticket recorded
 * and sends the email without assigning again.
 */
export class EmailSendError extends Error {
  override readonly name = 'EmailSendError';

  constructor(
    readonly email: OutboxEmail,
    options: { cause: unknown },
  ) {
    super(
      `ticket ${email.ticketId}: the ${email.recipient} email #${email.sequence} was not sent: ${
        options.cause instanceof Error ? options.cause.message : String(options.cause)
      }`,
      options,
    );
  }
}
