import type { FieldError } from '../validation/field-error';
import { InboundEmailError } from './inbound-email-error';

/**
 * The ticket built from a mail breaks the ticket schema (docs/ticket-format.md). The builder trims
 * every field to its limit first, so this means a rule changed under it; the paths say which
 * fields. Only the paths: the rules quote the values, which are the customer's, and this error is
 * logged and dead-lettered.
 */
export class EmailTicketInvalidError extends InboundEmailError {
  override readonly name = 'EmailTicketInvalidError';
  readonly code = 'invalid-ticket';
  readonly fields: readonly string[];

  constructor(errors: readonly FieldError[]) {
    const fields = errors.map((error) => error.path);
    super(`the ticket built from the mail is invalid at ${fields.join(', ')}`);
    this.fields = fields;
  }
}
