import { InboundEmailError } from './inbound-email-error';

/**
 * No instant for `receivedAt`: the caller passed none (or an invalid Date) and either did not ask
 * for the Date header fallback or the header does not parse. Routing depends on this instant to
 * the minute (docs/calendar.md), so it is never guessed from the current clock inside the core.
 */
export class ReceiveTimeError extends InboundEmailError {
  override readonly name = 'ReceiveTimeError';
  readonly code = 'receive-time';

  constructor(readonly problem: string) {
    super(`receivedAt ${problem}`);
  }
}
