import type { EmailMailbox, InboundEmail } from './parse-inbound-email';

/**
 * Addresses nobody reads: `noreply@`, `no-reply@`, `do-not-reply@`, `donotreply@` and their
 * `_`/`.` spellings, with a suffix such as `noreply+forms@` or `no-reply-eu@`.
 */
const NO_REPLY = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)(?:[-_.+][^@]*)?@/i;

export function isNoReplyAddress(address: string): boolean {
  return NO_REPLY.test(address);
}

/** Which header the customer was taken from, for the log and the tests. */
export type CustomerSource = 'from' | 'reply-to' | 'sender';

export interface EmailCustomer {
  readonly mailbox: EmailMailbox;
  readonly source: CustomerSource;
}

/**
 * The person the ticket is for. `From` is the author (RFC 5322 §3.6.2) and so the customer.
 * `Reply-To` is not: it may name an assistant, a shared mailbox or a list, and the customer who
 * wrote is the one support serves and the one whose open ticket keeps its agent (docs/routing.md).
 *
 * One exception: when `From` is a no-reply address, the mail was relayed by a machine (a contact
 * form, a shop's "message the seller" relay) and the person is in `Reply-To`. Taking the no-reply
 * address would make every form ticket one customer, all sticky to one agent. A no-reply
 * `Reply-To` is never the customer either.
 *
 * Without `From` (RFC 5322 requires it; a broken gateway may drop it) `Sender`, the mailbox that
 * actually sent, is the best remaining author.
 */
export function emailCustomer(
  email: Pick<InboundEmail, 'from' | 'replyTo' | 'sender'>,
): EmailCustomer | undefined {
  const { from, sender } = email;
  if (from !== undefined && isNoReplyAddress(from.address)) {
    const person = email.replyTo.find((mailbox) => !isNoReplyAddress(mailbox.address));
    if (person !== undefined) return { mailbox: person, source: 'reply-to' };
  }
  if (from !== undefined) return { mailbox: from, source: 'from' };
  if (sender !== undefined) return { mailbox: sender, source: 'sender' };
  return undefined;
}
