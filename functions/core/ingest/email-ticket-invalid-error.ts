import { formatFieldError, type FieldError } from '../validation/field-error';
import { InboundEmailError } from './inbound-email-error';

/**
 * The ticket built from a mail breaks the ticket schema (docs/ticket-format.md). The builder trims
 * every field to its limit first, so this means a rule changed under it; the field errors say
 * which.
 */
export class EmailTicketInvalidError extends InboundEmailError {
  override readonly name = 'EmailTicketInvalidError';
  readonly code = 'invalid-ticket';

  constructor(readonly errors: readonly FieldError[]) {
    super(`the ticket built from the mail is invalid: ${errors.map(formatFieldError).join('; ')}`);
  }
}
