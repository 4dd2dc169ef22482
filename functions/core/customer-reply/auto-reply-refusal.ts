import type { AutoReplyConfig } from '../config/config-schema';
import { isNoReplyAddress } from '../ingest/email-customer';
import type { SenderCheck } from '../routing/sender-check';
import type { Ticket } from '../ticket/ticket-schema';

/** Why a ticket gets no email acknowledgement, for the router's log. */
export type AutoReplyRefusal =
  | 'disabled'
  | 'not-email'
  | 'no-address'
  | 'no-reply-sender'
  | 'unverified-sender'
  | 'asked-for-none'
  | 'own-address';

/**
 * Why the customer of `ticket` must not get an email acknowledgement, or undefined when they may
 * (at most one per thread a day is the store's to keep). Only mail is answered by mail; never an
 * address nobody reads, a sender whose domain failed its checks (`senderCheck`) (it may be forged: the reply
 * would go to someone who never wrote), a mail that asked for no automatic replies, or the
 * acknowledgement's own sender, which would answer itself.
 */
export function autoReplyRefusal(
  ticket: Ticket,
  senderCheck: SenderCheck | undefined,
  autoReply: AutoReplyConfig | undefined,
  sender: string | undefined,
): AutoReplyRefusal | undefined {
  if (autoReply?.enabled !== true) return 'disabled';
  if (ticket.channel !== 'email') return 'not-email';
  const address = ticket.customer.email;
  if (address === undefined) return 'no-address';
  if (isNoReplyAddress(address)) return 'no-reply-sender';
  if (senderCheck?.verified === false) return 'unverified-sender';
  if (ticket.mail?.autoReplySuppressed !== undefined) return 'asked-for-none';
  if (sender !== undefined && address.toLowerCase() === sender.toLowerCase()) return 'own-address';
  return undefined;
}
