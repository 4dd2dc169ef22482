import { InboundEmailError } from './inbound-email-error';

/** The bytes are not an RFC 5322 message postal-mime can read: empty, no header, over a limit. */
export class UnparseableEmailError extends InboundEmailError {
  override readonly name = 'UnparseableEmailError';
  readonly code = 'unparseable-email';

  constructor(
    /** What is wrong, phrased to follow "the message": `is empty`. */
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`the message ${problem}`, options);
  }
}
