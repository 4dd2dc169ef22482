import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REPLY_IDENTIFIER_PREFIX,
  replyIdentifierKey,
} from '../../../functions/adapters/dynamodb/ticket-items';
import {
  PLUS_ADDRESSING,
  lookupKey,
  parseIdentifier,
  ticketIndexKeys,
} from '../../../functions/core/privacy/customer-identifier';
import { replyKeyOf } from '../../../functions/core/replies/reply-address';
import type { Ticket } from '../../../functions/core/ticket/ticket-schema';

const ticket: Ticket = {
  id: 'email:reply-key-1@example.de',
  channel: 'email',
  receivedAt: '2026-12-22T15:00:00Z',
  subject: 'Paket',
  body: 'Hallo',
  customer: { email: 'reply:lena@example.de', id: 'reply:abc', phone: '+49 30 123456' },
} as Ticket;

describe('the reply key on the byIdentifier index', () => {
  it('is a kind of its own on the ticket item', () => {
    expect(replyIdentifierKey(replyKeyOf(ticket.id))).toBe(`reply:${replyKeyOf(ticket.id)}`);
    const keys = ticketIndexKeys(ticket);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.startsWith(REPLY_IDENTIFIER_PREFIX)).toBe(false);
  });

  it('is never what a privacy search for a customer looks up, whatever was typed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('email', 'phone', 'customer-id') as fc.Arbitrary<
          'email' | 'phone' | 'customer-id'
        >,
        fc.string({ minLength: 1, maxLength: 60 }).map((text) => `reply:${text}`),
        fc.constantFrom(...PLUS_ADDRESSING),
        (kind, raw, plus) => {
          let key: string;
          try {
            key = lookupKey(parseIdentifier(kind, raw), plus);
          } catch {
            return;
          }
          expect(key.startsWith(REPLY_IDENTIFIER_PREFIX)).toBe(false);
        },
      ),
    );
  });
});
