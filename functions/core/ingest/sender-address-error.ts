import { InboundEmailError } from './inbound-email-error';

/**
 * The mail names no sender a ticket could belong to: no `From` (nor `Sender`), only a group, or an
 * address the ticket schema refuses. RFC 5322 requires `From`, so real clients always send one.
 * The message names the header, never the address: it is logged and dead-lettered.
 */
export class SenderAddressError extends InboundEmailError {
  override readonly name = 'SenderAddressError';
  readonly code = 'sender-address';

  constructor(
    /** The header that was read, `From` or `Sender`, or `From` when neither exists. */
    readonly header: string,
    /** What is wrong, phrased to follow the header: `is missing`. */
    readonly problem: string,
  ) {
    super(`${header} ${problem}`);
  }
}
