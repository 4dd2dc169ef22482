import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTicket, parseTicketJson } from '../../../../functions/core/ticket/ticket-schema';

function expectWellFormed(result: ReturnType<typeof parseTicket>) {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path.length).toBeGreaterThan(0);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

const FIELDS = [
  'id',
  'channel',
  'receivedAt',
  'subject',
  'body',
  'customer',
  'priority',
  'threadId',
  'tags',
];
const CUSTOMER_FIELDS = ['id', 'name', 'email', 'phone', 'country', 'timeZone', 'locale'];

describe('parseTicket — properties', () => {
  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => expectWellFormed(parseTicket(value))),
      {
        numRuns: 300,
      },
    );
  });

  it('never throws on any string as an SQS body', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectWellFormed(parseTicketJson(text))),
      {
        numRuns: 300,
      },
    );
  });

  it('never throws on ticket-shaped objects, and only names the fields it was given', () => {
    const ticket = fc.record({
      top: fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 1 })),
      customer: fc.option(fc.dictionary(fc.constantFrom(...CUSTOMER_FIELDS), fc.jsonValue()), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(ticket, ({ top, customer }) => {
        const value = customer === undefined ? top : { ...top, customer };
        const result = parseTicket(value);
        expectWellFormed(result);
        for (const error of result.ok ? [] : result.errors) {
          const root = /^[A-Za-z]+/.exec(error.path)?.[0];
          expect(FIELDS).toContain(root);
        }
      }),
      { numRuns: 300 },
    );
  });
});
