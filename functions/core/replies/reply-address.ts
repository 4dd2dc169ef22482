import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The per-ticket Reply-To of agent emails: `reply-<key>-<assignment>-<mac>@<inbound domain>`.
 *
 * - `key` names the ticket without being its id (an id may be 256 characters; a local part holds
 *   64): the first 80 bits of SHA-256 over the ticket id, in hex, which the ticket item carries as
 *   `replyKey` so the address can be looked up. It is no secret; the MAC is.
 * - `assignment` is the ticket's assignment number when the email was written: after a handover
 *   the address of the earlier email is stale and takes no reply.
 * - `mac` is 96 bits of HMAC-SHA256 with the ticket-link secret over the ticket id and the
 *   assignment, so an address cannot be guessed, and one ticket's cannot serve another.
 *
 * Hex and one case only: mail systems may change a local part's case, and SES receiving treats
 * addresses without regard to it.
 */
const KEY_HEX = 20;
const MAC_HEX = 24;
const PREFIX = 'reply-';
const LOCAL_PART = new RegExp(
  `^${PREFIX}([0-9a-f]{${KEY_HEX}})-(\\d{1,9})-([0-9a-f]{${MAC_HEX}})$`,
);

/** The ticket item's `replyKey`, by which a reply address finds its ticket. */
export function replyKeyOf(ticketId: string): string {
  return createHash('sha256').update(ticketId).digest('hex').slice(0, KEY_HEX);
}

function mac(secret: string, ticketId: string, assignment: number): string {
  return createHmac('sha256', secret)
    .update(JSON.stringify(['reply-to', ticketId, assignment]))
    .digest('hex')
    .slice(0, MAC_HEX);
}

export interface ReplyAddressGrant {
  readonly ticketId: string;
  readonly assignment: number;
}

/** The Reply-To of an agent email about `grant`'s ticket at `grant`'s assignment. */
export function replyAddress(secret: string, grant: ReplyAddressGrant, domain: string): string {
  const local = `${PREFIX}${replyKeyOf(grant.ticketId)}-${grant.assignment}-${mac(secret, grant.ticketId, grant.assignment)}`;
  return `${local}@${domain.toLowerCase()}`;
}

/** A recipient that has the shape of a reply address at `domain`; its MAC is not checked yet. */
export interface ParsedReplyAddress {
  readonly key: string;
  readonly assignment: number;
  readonly mac: string;
}

/** The first of `recipients` that is a reply address at `domain`, read but not yet trusted. */
export function findReplyAddress(
  recipients: readonly string[],
  domain: string,
): ParsedReplyAddress | undefined {
  const suffix = `@${domain.toLowerCase()}`;
  for (const recipient of recipients) {
    const address = recipient.trim().toLowerCase();
    if (!address.endsWith(suffix)) continue;
    const match = LOCAL_PART.exec(address.slice(0, -suffix.length));
    if (match) return { key: match[1]!, assignment: Number(match[2]), mac: match[3]! };
  }
  return undefined;
}

/** True when `recipients` holds any address at `domain` that starts like a reply address. */
export function addressedToReplies(recipients: readonly string[], domain: string): boolean {
  const suffix = `@${domain.toLowerCase()}`;
  return recipients.some((recipient) => {
    const address = recipient.trim().toLowerCase();
    return address.endsWith(suffix) && address.startsWith(PREFIX);
  });
}

/** Whether `parsed` was signed for `ticketId` (found by its key) with `secret`. */
export function replyAddressSigned(
  secret: string,
  ticketId: string,
  parsed: ParsedReplyAddress,
): boolean {
  if (replyKeyOf(ticketId) !== parsed.key) return false;
  const expected = Buffer.from(mac(secret, ticketId, parsed.assignment));
  const given = Buffer.from(parsed.mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
