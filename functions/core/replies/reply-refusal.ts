/**
 * Why a mail to a reply address sent nothing to the customer. Logged with the ticket id when one
 * is known, never with addresses or text.
 */
export type ReplyRefusal =
  /** At the inbound domain and starting like a reply address, but not one. */
  | 'malformed-address'
  /** No ticket carries the address's key. */
  | 'unknown-address'
  /** The key names a ticket, but the address was not signed for it. */
  | 'forged-address'
  /** Signed for an earlier assignment: the ticket has been handed over since that email. */
  | 'stale-address'
  /** The ticket is resolved. */
  | 'ticket-resolved'
  /** The sender is not an agent allowed to answer (`replies.from`). */
  | 'sender-not-allowed'
  /** The mail server's checks say the sender's `From` may be forged. */
  | 'sender-unverified'
  /** Nothing is left once quotes and signatures are cut away. */
  | 'no-words'
  /** The ticket has no customer address this product may write to. */
  | 'customer-unreachable';
