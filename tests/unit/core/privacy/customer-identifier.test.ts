import { describe, expect, it } from 'vitest';
import {
  lookupKey,
  mailboxOf,
  normalizePhone,
  parseIdentifier,
  ticketIndexKeys,
} from '../../../../functions/core/privacy/customer-identifier';
import { IdentifierError } from '../../../../functions/core/privacy/identifier-error';
import { textMentions } from '../../../../functions/core/privacy/text-mentions';
import { parseTicket, type Ticket } from '../../../../functions/core/ticket/ticket-schema';

function ticket(customer: Record<string, unknown>): Ticket {
  const parsed = parseTicket({ id: 't', receivedAt: '2026-12-22T09:00:00Z', body: 'x', customer });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.ticket;
}

describe('customer identifiers', () => {
  it('lower-case addresses and keep a +tag distinct unless asked to treat it as the mailbox', () => {
    const tagged = parseIdentifier('email', ' Alice+Shop@Example.COM ');
    expect(tagged).toEqual({ kind: 'email', value: 'alice+shop@example.com' });
    expect(lookupKey(tagged, 'distinct')).toBe('email:alice+shop@example.com');
    expect(lookupKey(tagged, 'same-mailbox')).toBe('email-mailbox:alice@example.com');
    expect(mailboxOf('+only@example.com')).toBe('+only@example.com');
  });

  it('write phones in E.164, reading one without a code in the customer’s country', () => {
    expect(parseIdentifier('phone', '+49 (30) 123-4567').value).toBe('+49301234567');
    expect(parseIdentifier('phone', '0049 30 1234567').value).toBe('+49301234567');
    expect(normalizePhone('030 1234567', 'DE')).toBe('+49301234567');
    expect(normalizePhone('030 1234567')).toBeUndefined();
  });

  it('refuse what is no identifier, naming the kind', () => {
    expect(() => parseIdentifier('email', 'not-an-address')).toThrow(IdentifierError);
    expect(() => parseIdentifier('phone', '12')).toThrow(/^phone: is not a phone number/);
    expect(() => parseIdentifier('customer-id', '   ')).toThrow(
      'customer-id: must be 1 to 256 characters',
    );
    expect(() => parseIdentifier('phone', '1'.repeat(10_000))).toThrow(IdentifierError);
    expect(() => parseIdentifier('email', `a@${'b.'.repeat(500_000)}<`)).toThrow(IdentifierError);
  });

  it('index a ticket by every way its customer can be named, and a chat ticket without an id too', () => {
    expect(
      ticketIndexKeys(
        ticket({ id: 'C-1', email: 'Bob+x@Example.com', phone: '030 1234567', country: 'DE' }),
      ),
    ).toEqual([
      'email:bob+x@example.com',
      'email-mailbox:bob@example.com',
      'phone:+49301234567',
      'customer-id:C-1',
    ]);
    expect(ticketIndexKeys(ticket({ email: 'carol@example.com' }))).toEqual([
      'email:carol@example.com',
      'email-mailbox:carol@example.com',
    ]);
    // A phone that cannot be placed is left out; nothing is indexed for an anonymous ticket.
    expect(ticketIndexKeys(ticket({ phone: '1234567' }))).toEqual([]);
  });
});

describe('what a dead letter or raw mail mentions', () => {
  const alice = parseIdentifier('email', 'alice@example.com');

  it('finds an address anywhere in text that is no ticket, whatever its case', () => {
    expect(textMentions('{"broken": "ALICE@example.com', alice, 'distinct')).toBe(true);
    expect(textMentions('From: Alice <alice+news@example.com>', alice, 'distinct')).toBe(false);
    expect(textMentions('From: Alice <alice+news@example.com>', alice, 'same-mailbox')).toBe(true);
    expect(textMentions('malice@example.com', alice, 'distinct')).toBe(false);
  });

  it('matches a ticket message’s customer id and phone', () => {
    const body = JSON.stringify({ customer: { id: 'C-9', phone: '030 1234567', country: 'de' } });
    expect(textMentions(body, parseIdentifier('customer-id', 'C-9'), 'distinct')).toBe(true);
    expect(textMentions(body, parseIdentifier('customer-id', 'C-90'), 'distinct')).toBe(false);
    expect(textMentions(body, parseIdentifier('phone', '+49 30 1234567'), 'distinct')).toBe(true);
    expect(
      textMentions('call +49 30 1234567', parseIdentifier('phone', '+49301234567'), 'distinct'),
    ).toBe(true);
  });

  it('reads a large hostile body in bounded time', () => {
    const text = `${'a@'.repeat(100_000)}${'x'.repeat(100_000)}`;
    expect(textMentions(text, alice, 'distinct')).toBe(false);
  });
});
