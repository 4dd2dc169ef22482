import type { EmailRecipientKind, OutboxEmail } from '../adapters/ticket-store';
import { addressFreeError } from './address-free-error';

/**
 * SES did not accept an outbox email. Only this record fails; its retry finds the ticket recorded
 * and sends the email without assigning again. It names the email by its ticket and place in the
 * outbox, never by its content: it is logged, and the email holds the customer's message.
 */
export class EmailSendError extends Error {
  override readonly name = 'EmailSendError';
  readonly ticketId: string;
  readonly recipient: EmailRecipientKind;
  readonly sequence: number;

  constructor(email: OutboxEmail, options: { cause: unknown }) {
    const cause = addressFreeError(options.cause);
    super(
      `ticket ${email.ticketId}: the ${email.recipient} email #${email.sequence} was not sent: ${cause.message}`,
      { cause },
    );
    this.ticketId = email.ticketId;
    this.recipient = email.recipient;
    this.sequence = email.sequence;
  }
}
