import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a link in the assignment email lets its holder do to the ticket. */
export type TicketLinkAction = 'ack' | 'resolve';

export const TICKET_LINK_ACTIONS: readonly TicketLinkAction[] = ['ack', 'resolve'];

/**
 * How long a link works. Long enough for an agent back from a long weekend and holiday, shorter
 * than the tickets' retention, so a forwarded old email stops working on its own.
 */
export const TICKET_LINK_LIFETIME_MS = 14 * 24 * 3_600_000;

/**
 * The assignment a link was sent for: the agent it went to and the ticket's assignment number
 * then, which every handover or reassignment raises.
 */
export interface LinkAssignment {
  readonly agent: string;
  readonly assignment: number;
}

/** What a link is signed for. */
export interface TicketLinkGrant extends LinkAssignment {
  readonly ticketId: string;
  readonly action: TicketLinkAction;
  /** Epoch ms. */
  readonly expiresAt: number;
}

export type TokenCheck =
  /** Signed for `holder`: it acts only while the ticket is still that agent's at that assignment. */
  | { readonly ok: true; readonly kind: 'bound'; readonly holder: LinkAssignment }
  /** Signed before links named their agent: ticket, action and expiry only. */
  | { readonly ok: true; readonly kind: 'legacy' }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'expired' };

const BOUND_VERSION = '2';
const MAC = '([A-Za-z0-9_-]{43})';
// Agent ids are at most 64 characters (the configuration's id rule); 120 base64url characters
// leave room for that rule to grow without letting a token grow without bound.
const BOUND_TOKEN = new RegExp(
  `^${BOUND_VERSION}\\.(\\d{1,9})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{1,120})\\.${MAC}$`,
);
const LEGACY_TOKEN = new RegExp(`^(\\d{1,12})\\.${MAC}$`);

/** Longer than any token this module signs: a caller may refuse a longer one unread. */
export const MAX_TICKET_LINK_TOKEN_LENGTH = 256;

function mac(secret: string, fields: string): string {
  return createHmac('sha256', secret).update(fields).digest('base64url');
}

// A JSON array separates the fields without ambiguity whatever characters an id holds.
function boundFields(grant: TicketLinkGrant, expires: number): string {
  const { ticketId, action, agent, assignment } = grant;
  return JSON.stringify([BOUND_VERSION, ticketId, action, agent, assignment, expires]);
}

// The fields the first links signed; kept so that their emails keep working where it is safe.
function legacyFields(ticketId: string, action: TicketLinkAction, expires: number): string {
  return `${ticketId}\n${action}\n${expires}`;
}

function sameMac(expected: string, given: string): boolean {
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}

/**
 * `2.<assignment>.<expiry, epoch seconds>.<agent, base64url>.<HMAC-SHA256, base64url>`, the HMAC
 * over the ticket id, the action, the agent, the assignment and the expiry. The bound fields are
 * readable so the link function can say where a ticket went without trusting them: the HMAC is
 * checked first.
 *
 * @example
 * signTicketLink(secret, { ticketId: 'chat-7f3a9c', action: 'ack', agent: 'jonas',
 *   assignment: 1, expiresAt: Date.parse('2027-01-05T09:15:00Z') });
 * // '2.1.1799140500.am9uYXM.<43 characters>'
 */
export function signTicketLink(secret: string, grant: TicketLinkGrant): string {
  const expires = Math.floor(grant.expiresAt / 1000);
  const agent = Buffer.from(grant.agent, 'utf8').toString('base64url');
  return [
    BOUND_VERSION,
    grant.assignment,
    expires,
    agent,
    mac(secret, boundFields(grant, expires)),
  ].join('.');
}

/**
 * Checks a token for `ticketId` and `action`: the signature before the expiry, so a forged token
 * never learns whether it expired. Tokens of the first format (no agent, no assignment) are told
 * apart by their shape and checked against the fields they were signed with.
 */
export function checkTicketLink(
  secret: string,
  ticketId: string,
  action: TicketLinkAction,
  token: string | undefined,
  now: number,
): TokenCheck {
  const given = token ?? '';
  if (given.length > MAX_TICKET_LINK_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const bound = BOUND_TOKEN.exec(given);
  if (bound) {
    const assignment = Number(bound[1]);
    const expires = Number(bound[2]);
    const agent = Buffer.from(bound[3]!, 'base64url').toString('utf8');
    const grant = { ticketId, action, agent, assignment, expiresAt: expires * 1000 };
    if (!sameMac(mac(secret, boundFields(grant, expires)), bound[4]!)) {
      return { ok: false, reason: 'signature' };
    }
    if (now >= expires * 1000) return { ok: false, reason: 'expired' };
    return { ok: true, kind: 'bound', holder: { agent, assignment } };
  }
  const legacy = LEGACY_TOKEN.exec(given);
  if (!legacy) return { ok: false, reason: 'malformed' };
  const expires = Number(legacy[1]);
  if (!sameMac(mac(secret, legacyFields(ticketId, action, expires)), legacy[2]!)) {
    return { ok: false, reason: 'signature' };
  }
  if (now >= expires * 1000) return { ok: false, reason: 'expired' };
  return { ok: true, kind: 'legacy' };
}

/** Whom one assignment email's links are for, and in which language their page speaks. */
export interface LinkRecipient extends LinkAssignment {
  readonly ticketId: string;
  /** The language of the agent's email; the page falls back to English without it. */
  readonly language?: string;
}

/**
 * The two links of an assignment email, valid for TICKET_LINK_LIFETIME_MS from `now`. `baseUrl`
 * is the HTTP API's URL. Following one shows a page; only its button acts.
 */
export function ticketLinks(
  baseUrl: string,
  secret: string,
  recipient: LinkRecipient,
  now: number,
): { readonly acknowledge: string; readonly resolve: string } {
  const expiresAt = now + TICKET_LINK_LIFETIME_MS;
  const { ticketId, agent, assignment, language } = recipient;
  const link = (action: TicketLinkAction) => {
    const query = new URLSearchParams({
      token: signTicketLink(secret, { ticketId, action, agent, assignment, expiresAt }),
      ...(language ? { lang: language } : {}),
    });
    return `${baseUrl.replace(/\/+$/, '')}/tickets/${encodeURIComponent(ticketId)}/${action}?${query}`;
  };
  return { acknowledge: link('ack'), resolve: link('resolve') };
}
