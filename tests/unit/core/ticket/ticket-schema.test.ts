import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_BODY_BYTES,
  parseTicket,
  parseTicketJson,
} from '../../../../functions/core/ticket/ticket-schema';

const TICKET = { id: 'chat-7f3a9c', receivedAt: '2026-12-22T09:15:00Z', body: 'Hallo' };

function errorsOf(value: unknown) {
  const result = parseTicket(value);
  return result.ok ? [] : result.errors;
}

const RULES: [string, unknown, string, string][] = [
  ['id missing', { ...TICKET, id: undefined }, 'id', 'is required'],
  ['id empty', { ...TICKET, id: '' }, 'id', 'must not be empty'],
  ['id too long', { ...TICKET, id: 'x'.repeat(257) }, 'id', 'is longer than 256 characters'],
  ['id a number', { ...TICKET, id: 42 }, 'id', 'must be text, not number 42'],
  ['receivedAt missing', { ...TICKET, receivedAt: undefined }, 'receivedAt', 'is required'],
  [
    'receivedAt without offset',
    { ...TICKET, receivedAt: '2026-12-22T09:15:00' },
    'receivedAt',
    '"2026-12-22T09:15:00" is not an ISO-8601 instant with an offset or Z (e.g. 2026-12-22T09:15:00Z)',
  ],
  ['body missing', { ...TICKET, body: undefined }, 'body', 'is required'],
  ['body a number', { ...TICKET, body: 5 }, 'body', 'must be text, not number 5'],
  [
    'channel unknown',
    { ...TICKET, channel: 'fax' },
    'channel',
    '"fax" is not one of email, chat, web, phone, social',
  ],
  [
    'priority unknown',
    { ...TICKET, priority: 'p1' },
    'priority',
    '"p1" is not one of low, normal, high, urgent',
  ],
  [
    'customer email',
    { ...TICKET, customer: { email: 'jonas at example.de' } },
    'customer.email',
    '"jonas at example.de" is not an email address',
  ],
  [
    'customer phone',
    { ...TICKET, customer: { phone: 'call me' } },
    'customer.phone',
    '"call me" is not a phone number',
  ],
  [
    'customer country',
    { ...TICKET, customer: { country: 'Germany' } },
    'customer.country',
    '"GERMANY" is not an ISO 3166-1 alpha-2 country code',
  ],
  [
    'customer time zone',
    { ...TICKET, customer: { timeZone: 'Berlin' } },
    'customer.timeZone',
    '"Berlin" is not an IANA time zone',
  ],
  [
    'customer locale',
    { ...TICKET, customer: { locale: 'x_' } },
    'customer.locale',
    '"x_" is not a BCP 47 locale (e.g. de-DE)',
  ],
  [
    'customer a string',
    { ...TICKET, customer: 'Jonas' },
    'customer',
    'must be an object, not "Jonas"',
  ],
  ['threadId empty', { ...TICKET, threadId: '' }, 'threadId', 'must not be empty'],
  ['tag a number', { ...TICKET, tags: ['order', 7] }, 'tags[1]', 'must be text, not number 7'],
  ['too many tags', { ...TICKET, tags: Array(51).fill('x') }, 'tags', 'has more than 50 tags'],
  [
    'body over the SQS limit',
    { ...TICKET, body: 'a'.repeat(MAX_BODY_BYTES + 1) },
    'body',
    'is larger than 256 KiB',
  ],
  [
    'body over the limit in UTF-8 bytes, not characters',
    { ...TICKET, body: 'ä'.repeat(MAX_BODY_BYTES / 2 + 1) },
    'body',
    'is larger than 256 KiB',
  ],
  ['a list', [TICKET], '$', 'must be an object, not a list'],
  ['null', null, '$', 'must be an object, not null'],
];

describe('parseTicket — the ticket message (docs/ticket-format.md)', () => {
  it.each(RULES)('%s', (_name, value, path, message) => {
    expect(errorsOf(value)).toEqual([{ path, message }]);
  });

  it('names every missing required field at once', () => {
    expect(errorsOf({})).toEqual([
      { path: 'id', message: 'is required' },
      { path: 'receivedAt', message: 'is required' },
      { path: 'body', message: 'is required' },
    ]);
  });

  it('accepts a body of exactly the limit', () => {
    expect(parseTicket({ ...TICKET, body: 'a'.repeat(MAX_BODY_BYTES) }).ok).toBe(true);
  });

  it('treats null fields as absent, and fills the defaults', () => {
    const result = parseTicket({
      ...TICKET,
      subject: null,
      channel: null,
      priority: null,
      threadId: null,
      customer: { email: null, phone: null, country: 'DE' },
    });
    expect(result).toEqual({
      ok: true,
      ticket: { ...TICKET, customer: { country: 'DE' }, priority: 'normal' },
    });
  });

  it('treats a null customer as no customer', () => {
    expect(parseTicket({ ...TICKET, customer: null })).toEqual({
      ok: true,
      ticket: { ...TICKET, customer: {}, priority: 'normal' },
    });
  });

  it('upper-cases the country', () => {
    const result = parseTicket({ ...TICKET, customer: { country: 'de' } });
    expect(result.ok && result.ticket.customer.country).toBe('DE');
  });

  it('drops unknown fields at the top and in the customer', () => {
    const result = parseTicket({ ...TICKET, crmId: 991, customer: { vip: true, name: 'Jonas' } });
    expect(result).toEqual({
      ok: true,
      ticket: { ...TICKET, customer: { name: 'Jonas' }, priority: 'normal' },
    });
  });

  it('keeps a phone number with spaces and a trunk prefix as written', () => {
    const result = parseTicket({ ...TICKET, customer: { phone: '+44 (0)20 7946 0958' } });
    expect(result.ok && result.ticket.customer.phone).toBe('+44 (0)20 7946 0958');
  });
});

describe('parseTicketJson', () => {
  it('reports text that is not JSON at $', () => {
    const result = parseTicketJson('{"id": "x",');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '$', message: expect.stringMatching(/^is not valid JSON: /) as unknown as string },
    ]);
  });

  it('reports an empty message at $', () => {
    const result = parseTicketJson('');
    expect(!result.ok && result.errors[0]?.path).toBe('$');
  });

  it('validates the parsed value against the schema', () => {
    expect(parseTicketJson('{"id": 1}')).toEqual({
      ok: false,
      errors: [
        { path: 'id', message: 'must be text, not number 1' },
        { path: 'receivedAt', message: 'is required' },
        { path: 'body', message: 'is required' },
      ],
    });
  });
});

describe('the example tickets', () => {
  const directory = new URL('../../../../examples/tickets/', import.meta.url);
  const files = readdirSync(directory).filter((name) => name.endsWith('.json'));

  it('are there, eight to ten of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.length).toBeLessThanOrEqual(10);
  });

  it.each(files)('%s is a valid ticket', (file) => {
    const result = parseTicketJson(readFileSync(new URL(file, directory), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
