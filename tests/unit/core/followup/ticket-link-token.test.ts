import { describe, expect, it } from 'vitest';
import {
  checkTicketLink,
  signTicketLink,
  ticketLinks,
  TICKET_LINK_LIFETIME_MS,
} from '../../../../functions/core/followup/ticket-link-token';

const SECRET = 'test-secret';
const NOW = Date.parse('2026-12-22T09:15:00Z');
const LATER = NOW + 3_600_000;

describe('ticket link tokens', () => {
  it('accepts the token it signed for the same ticket and action before it expires', () => {
    const token = signTicketLink(SECRET, 'chat-7f3a9c', 'ack', LATER);
    expect(checkTicketLink(SECRET, 'chat-7f3a9c', 'ack', token, NOW)).toEqual({ ok: true });
  });

  it('refuses it for another ticket, another action or under another secret', () => {
    const token = signTicketLink(SECRET, 'chat-7f3a9c', 'ack', LATER);
    expect(checkTicketLink(SECRET, 'chat-7f3a9d', 'ack', token, NOW)).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(checkTicketLink(SECRET, 'chat-7f3a9c', 'resolve', token, NOW)).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(checkTicketLink('other', 'chat-7f3a9c', 'ack', token, NOW)).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('refuses it from the second of its expiry on', () => {
    const token = signTicketLink(SECRET, 't-1', 'resolve', LATER);
    expect(checkTicketLink(SECRET, 't-1', 'resolve', token, LATER - 1000).ok).toBe(true);
    expect(checkTicketLink(SECRET, 't-1', 'resolve', token, LATER)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token whose expiry was moved, as forged rather than expired', () => {
    const token = signTicketLink(SECRET, 't-1', 'ack', NOW - 1000);
    const [, mac] = token.split('.');
    const moved = `${Math.floor(LATER / 1000)}.${mac}`;
    expect(checkTicketLink(SECRET, 't-1', 'ack', moved, NOW)).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it.each([undefined, '', 'abc', '123.', '123.short', `${'9'.repeat(13)}.${'a'.repeat(43)}`])(
    'calls %j malformed',
    (token) => {
      expect(checkTicketLink(SECRET, 't-1', 'ack', token, NOW)).toEqual({
        ok: false,
        reason: 'malformed',
      });
    },
  );

  it('builds both links under the base URL, the id encoded, valid for the link lifetime', () => {
    const links = ticketLinks('https://api.example.com/', SECRET, 'mail/42 ä', NOW);
    const ack = new URL(links.acknowledge);
    const resolve = new URL(links.resolve);
    expect(ack.pathname).toBe('/tickets/mail%2F42%20%C3%A4/ack');
    expect(resolve.pathname).toBe('/tickets/mail%2F42%20%C3%A4/resolve');
    const token = ack.searchParams.get('token')!;
    expect(checkTicketLink(SECRET, 'mail/42 ä', 'ack', token, NOW).ok).toBe(true);
    expect(
      checkTicketLink(SECRET, 'mail/42 ä', 'ack', token, NOW + TICKET_LINK_LIFETIME_MS),
    ).toEqual({ ok: false, reason: 'expired' });
  });
});
