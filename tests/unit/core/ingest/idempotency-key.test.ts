import { describe, expect, it } from 'vitest';
import {
  idempotentTicketId,
  parseIdempotencyKey,
} from '../../../../functions/core/ingest/idempotency-key';

const BODY = Buffer.from('{"body":"Hallo, meine Bestellung ist nicht angekommen."}');

describe('parseIdempotencyKey', () => {
  it('takes a bare key and the same key in the IETF draft’s quotes', () => {
    const uuid = '8e03978e-40d5-43e8-bc93-6894a57f9324';
    expect(parseIdempotencyKey(uuid)).toEqual({ ok: true, key: uuid });
    expect(parseIdempotencyKey(`"${uuid}"`)).toEqual({ ok: true, key: uuid });
    expect(parseIdempotencyKey('order:42/retry=ok')).toEqual({
      ok: true,
      key: 'order:42/retry=ok',
    });
  });

  it('takes 255 characters and refuses 256, saying how long it was', () => {
    expect(parseIdempotencyKey('k'.repeat(255))).toEqual({ ok: true, key: 'k'.repeat(255) });
    expect(parseIdempotencyKey('k'.repeat(256))).toEqual({
      ok: false,
      message: 'is 256 characters long; at most 255 are allowed',
    });
  });

  it.each([
    ['empty', ''],
    ['empty quotes', '""'],
  ])('refuses an %s key', (_case, value) => {
    expect(parseIdempotencyKey(value)).toEqual({ ok: false, message: 'is empty' });
  });

  it.each([
    ['a space', 'order 42'],
    ['a tab', 'order\t42'],
    ['a line break', 'order\r\n42'],
    ['a non-ASCII letter', 'bestellung-ä'],
    ['a quote inside quotes', '"a"b"'],
    ['a backslash inside quotes', '"a\\b"'],
  ])('refuses a key with %s', (_case, value) => {
    expect(parseIdempotencyKey(value)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^may hold only visible ASCII characters/),
    });
  });
});

describe('idempotentTicketId', () => {
  const base = { integration: 'chat-widget', key: 'attempt-key-1', body: BODY };

  it('gives every attempt of one post the same short id', () => {
    const id = idempotentTicketId(base);
    expect(id).toMatch(/^key-[0-9a-f]{32}$/);
    expect(idempotentTicketId({ ...base, body: Buffer.from(BODY) })).toBe(id);
  });

  it('gives another key, another integration or another body another id', () => {
    const ids = new Set([
      idempotentTicketId(base),
      idempotentTicketId({ ...base, key: 'attempt-key-2' }),
      idempotentTicketId({ ...base, integration: 'web-form' }),
      idempotentTicketId({ ...base, body: Buffer.from(`${BODY.toString()} `) }),
    ]);
    expect(ids.size).toBe(4);
  });

  it('cannot be steered by moving text between the integration and the key', () => {
    expect(idempotentTicketId({ ...base, integration: 'web', key: 'form-1' })).not.toBe(
      idempotentTicketId({ ...base, integration: 'webf', key: 'orm-1' }),
    );
  });
});
