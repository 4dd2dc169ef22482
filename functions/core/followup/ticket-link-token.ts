import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a link in the assignment email lets its holder do to the ticket. */
export type TicketLinkAction = 'ack' | 'resolve';

export const TICKET_LINK_ACTIONS: readonly TicketLinkAction[] = ['ack', 'resolve'];

/**
 * How long a link works. Long enough for an agent back from a long weekend and holiday, shorter
 * than the tickets' retention, so a forwarded old email stops working on its own.
 */
export const TICKET_LINK_LIFETIME_MS = 14 * 24 * 3_600_000;

export type TokenCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'expired' };

// Newlines cannot occur in a ticket id that reaches a link (the path segment is URL-encoded and
// decoded back), so they separate the signed fields without ambiguity.
function signature(secret: string, ticketId: string, action: TicketLinkAction, expires: number) {
  return createHmac('sha256', secret)
    .update(`${ticketId}\n${action}\n${expires}`)
    .digest('base64url');
}

/**
 * `<expiry in epoch seconds>.<HMAC-SHA256 of ticket id, action and expiry, base64url>`: the expiry
 * is readable so an expired link can be told from a forged one, and signed so it cannot be moved.
 */
export function signTicketLink(
  secret: string,
  ticketId: string,
  action: TicketLinkAction,
  expiresAtMs: number,
): string {
  const expires = Math.floor(expiresAtMs / 1000);
  return `${expires}.${signature(secret, ticketId, action, expires)}`;
}

/** Checks the signature before the expiry, so a forged token never learns whether it expired. */
export function checkTicketLink(
  secret: string,
  ticketId: string,
  action: TicketLinkAction,
  token: string | undefined,
  now: number,
): TokenCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return { ok: false, reason: 'malformed' };
  const expires = Number(match[1]);
  const expected = Buffer.from(signature(secret, ticketId, action, expires));
  if (!timingSafeEqual(expected, Buffer.from(match[2]!))) return { ok: false, reason: 'signature' };
  if (now >= expires * 1000) return { ok: false, reason: 'expired' };
  return { ok: true };
}

/** The two links of an assignment email. `baseUrl` is the HTTP API's URL, without a trailing /. */
export function ticketLinks(
  baseUrl: string,
  secret: string,
  ticketId: string,
  now: number,
): { readonly acknowledge: string; readonly resolve: string } {
  const expires = now + TICKET_LINK_LIFETIME_MS;
  const link = (action: TicketLinkAction) =>
    `${baseUrl.replace(/\/+$/, '')}/tickets/${encodeURIComponent(ticketId)}/${action}?token=${signTicketLink(secret, ticketId, action, expires)}`;
  return { acknowledge: link('ack'), resolve: link('resolve') };
}
