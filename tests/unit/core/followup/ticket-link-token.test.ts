import { describe, expect, it } from 'vitest';
import {
  checkTicketLink,
  signTicketLink,
  ticketLinks,
  TICKET_LINK_LIFETIME_MS,
  type TicketLinkGrant,
} from '../../../../functions/core/followup/ticket-link-token';
import { createHmac } from 'node:crypto';

const SECRET = 'test-secret';
const NOW = Date.parse('2026-12-22T09:15:00Z');
const LATER = NOW + 3_600_000;
const GRANT: TicketLinkGrant = {
  ticketId: 'chat-7f3a9c',
  action: 'ack',
  agent: 'jonas',
  assignment: 1,
  expiresAt: LATER,
};

/** A token of the first format: ticket, action and expiry only, as emails sent before carry. */
function legacyToken(ticketId: string, action: string, expiresAtMs: number): string {
  const expires = Math.floor(expiresAtMs / 1000);
  const mac = createHmac('sha256', SECRET)
    .update(`${ticketId}\n${action}\n${expires}`)
    .digest('base64url');
  return `${expires}.${mac}`;
}

describe('ticket link tokens', () => {
  it('accepts the token it signed and names the agent and assignment it was signed for', () => {
    const token = signTicketLink(SECRET, GRANT);
    expect(checkTicketLink(SECRET, 'chat-7f3a9c', 'ack', token, NOW)).toEqual({
      ok: true,
      kind: 'bound',
      holder: { agent: 'jonas', assignment: 1 },
    });
  });

  it('refuses it for another ticket, another action or under another secret', () => {
    const token = signTicketLink(SECRET, GRANT);
    const refused = { ok: false, reason: 'signature' };
    expect(checkTicketLink(SECRET, 'chat-7f3a9d', 'ack', token, NOW)).toEqual(refused);
    expect(checkTicketLink(SECRET, 'chat-7f3a9c', 'resolve', token, NOW)).toEqual(refused);
    expect(checkTicketLink('other', 'chat-7f3a9c', 'ack', token, NOW)).toEqual(refused);
  });

  it('refuses a token whose agent or assignment was changed, as forged', () => {
    const token = signTicketLink(SECRET, GRANT);
    const [version, assignment, expires, agent, mac] = token.split('.');
    const otherAgent = Buffer.from('mei').toString('base64url');
    const refused = { ok: false, reason: 'signature' };
    expect(
      checkTicketLink(
        SECRET,
        'chat-7f3a9c',
        'ack',
        [version, assignment, expires, otherAgent, mac].join('.'),
        NOW,
      ),
    ).toEqual(refused);
    expect(
      checkTicketLink(
        SECRET,
        'chat-7f3a9c',
        'ack',
        [version, Number(assignment) + 1, expires, agent, mac].join('.'),
        NOW,
      ),
    ).toEqual(refused);
  });

  it('signs the agent and the assignment: the same link for the next assignment differs', () => {
    expect(signTicketLink(SECRET, GRANT)).not.toBe(
      signTicketLink(SECRET, { ...GRANT, assignment: 2 }),
    );
    expect(signTicketLink(SECRET, GRANT)).not.toBe(
      signTicketLink(SECRET, { ...GRANT, agent: 'mei' }),
    );
  });

  it('refuses it from the second of its expiry on', () => {
    const token = signTicketLink(SECRET, { ...GRANT, action: 'resolve' });
    expect(checkTicketLink(SECRET, GRANT.ticketId, 'resolve', token, LATER - 1000).ok).toBe(true);
    expect(checkTicketLink(SECRET, GRANT.ticketId, 'resolve', token, LATER)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token whose expiry was moved, as forged rather than expired', () => {
    const token = signTicketLink(SECRET, { ...GRANT, expiresAt: NOW - 1000 });
    const parts = token.split('.');
    parts[2] = String(Math.floor(LATER / 1000));
    expect(checkTicketLink(SECRET, GRANT.ticketId, 'ack', parts.join('.'), NOW)).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('accepts a token of the first format as unbound, with the same signature and expiry rules', () => {
    const token = legacyToken('t-1', 'ack', LATER);
    expect(checkTicketLink(SECRET, 't-1', 'ack', token, NOW)).toEqual({ ok: true, kind: 'legacy' });
    expect(checkTicketLink(SECRET, 't-1', 'resolve', token, NOW)).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(checkTicketLink(SECRET, 't-1', 'ack', token, LATER)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it.each([
    undefined,
    '',
    'abc',
    '123.',
    '123.short',
    `${'9'.repeat(13)}.${'a'.repeat(43)}`,
    `2.1.123.${'a'.repeat(121)}.${'a'.repeat(43)}`,
    `3.1.123.am9uYXM.${'a'.repeat(43)}`,
    `2.1.123.am9uYXM.${'a'.repeat(43)}${'b'.repeat(300)}`,
  ])('calls %j malformed', (token) => {
    expect(checkTicketLink(SECRET, 't-1', 'ack', token, NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('builds both links under the base URL, the id encoded, for the agent, in their language', () => {
    const recipient = { ticketId: 'mail/42 ä', agent: 'jonas', assignment: 3, language: 'de' };
    const links = ticketLinks('https://api.example.com/', SECRET, recipient, NOW);
    const ack = new URL(links.acknowledge);
    const resolve = new URL(links.resolve);
    expect(ack.pathname).toBe('/tickets/mail%2F42%20%C3%A4/ack');
    expect(resolve.pathname).toBe('/tickets/mail%2F42%20%C3%A4/resolve');
    expect(ack.searchParams.get('lang')).toBe('de');
    const token = ack.searchParams.get('token')!;
    expect(checkTicketLink(SECRET, 'mail/42 ä', 'ack', token, NOW)).toEqual({
      ok: true,
      kind: 'bound',
      holder: { agent: 'jonas', assignment: 3 },
    });
    expect(
      checkTicketLink(SECRET, 'mail/42 ä', 'ack', token, NOW + TICKET_LINK_LIFETIME_MS),
    ).toEqual({ ok: false, reason: 'expired' });
  });

  it('names an agent whose id holds characters a token separates fields with', () => {
    const token = signTicketLink(SECRET, { ...GRANT, agent: 'ann.lee_2-x' });
    expect(checkTicketLink(SECRET, GRANT.ticketId, 'ack', token, NOW)).toMatchObject({
      holder: { agent: 'ann.lee_2-x' },
    });
  });
});
