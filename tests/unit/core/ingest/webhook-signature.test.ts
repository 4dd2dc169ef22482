import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  REPLAY_WINDOW_SECONDS,
  signWebhook,
  verifyWebhookSignature,
} from '../../../../functions/core/ingest/webhook-signature';
import { WebhookSecretError } from '../../../../functions/core/ingest/webhook-secret-error';

const SECRET = 'whsec_current_3f9a1c7e5b2d';
const OLD_SECRET = 'whsec_previous_8e4b0d6a1f37';
const NOW = Date.UTC(2026, 11, 22, 9, 15, 0);
const T = NOW / 1000;
const BODY = '{"id":"chat-7f3a9c","channel":"chat","body":"Hallo, meine Bestellung …"}';

function sign(body: string, secret: string, t: number): string {
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
}

function verify(
  header: string | undefined,
  options: { body?: string; now?: number; secrets?: string[] } = {},
) {
  return verifyWebhookSignature({
    header,
    body: options.body ?? BODY,
    secrets: options.secrets ?? [SECRET],
    now: options.now ?? NOW,
  });
}

describe('signWebhook', () => {
  it('writes t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    expect(signWebhook(BODY, SECRET, NOW)).toBe(`t=${T},v1=${sign(BODY, SECRET, T)}`);
  });

  it('signs with every secret during a rotation', () => {
    expect(signWebhook(BODY, [SECRET, OLD_SECRET], new Date(NOW))).toBe(
      `t=${T},v1=${sign(BODY, SECRET, T)},v1=${sign(BODY, OLD_SECRET, T)}`,
    );
  });
});

describe('verifyWebhookSignature', () => {
  it('accepts a good signature, on a string or on the raw bytes', () => {
    const header = signWebhook(BODY, SECRET, NOW);
    // The signature that matched is reported, to remember the request by (no replays).
    expect(verify(header)).toEqual({ ok: true, timestamp: T, signature: header.split('v1=')[1] });
    expect(
      verifyWebhookSignature({
        header: signWebhook(BODY, SECRET, NOW),
        body: Buffer.from(BODY, 'utf8'),
        secrets: [SECRET],
        now: new Date(NOW),
      }).ok,
    ).toBe(true);
  });

  it('refuses a tampered body, even by one character or by re-serialized JSON', () => {
    const header = signWebhook(BODY, SECRET, NOW);
    expect(verify(header, { body: BODY.replace('chat-7f3a9c', 'chat-7f3a9d') })).toMatchObject({
      ok: false,
      reason: 'no-matching-signature',
    });
    expect(verify(header, { body: JSON.stringify(JSON.parse(BODY), null, 1) }).ok).toBe(false);
  });

  it('refuses a timestamp moved forward to slip a captured request into the window', () => {
    const captured = signWebhook(BODY, SECRET, NOW - 3_600_000);
    const forged = captured.replace(`t=${T - 3600}`, `t=${T}`);
    expect(verify(forged)).toMatchObject({ ok: false, reason: 'no-matching-signature' });
  });

  it('refuses a replay older than five minutes, and says by how much', () => {
    const header = signWebhook(BODY, SECRET, NOW - 420_000);
    expect(verify(header)).toEqual({
      ok: false,
      reason: 'stale-timestamp',
      ageSeconds: 420,
      message: 'the timestamp is 420 s old, 120 s beyond the 300 s window',
    });
  });

  it('accepts exactly five minutes, in either direction, and refuses one second more', () => {
    expect(REPLAY_WINDOW_SECONDS).toBe(300);
    expect(verify(signWebhook(BODY, SECRET, NOW - 300_000)).ok).toBe(true);
    expect(verify(signWebhook(BODY, SECRET, NOW + 300_000)).ok).toBe(true);
    expect(verify(signWebhook(BODY, SECRET, NOW - 301_000))).toMatchObject({
      reason: 'stale-timestamp',
      ageSeconds: 301,
    });
    // The server's clock inside its second does not move the edge.
    expect(verify(signWebhook(BODY, SECRET, NOW - 300_000), { now: NOW + 999 }).ok).toBe(true);
  });

  it('refuses a timestamp from the future, and says by how much', () => {
    expect(verify(signWebhook(BODY, SECRET, NOW + 301_000))).toEqual({
      ok: false,
      reason: 'future-timestamp',
      aheadSeconds: 301,
      message: "the timestamp is 301 s ahead of the server's clock (at most 300 s allowed)",
    });
  });

  it('accepts the old secret while it is still listed after a rotation, and refuses it once removed', () => {
    const oldClient = signWebhook(BODY, OLD_SECRET, NOW);
    expect(verify(oldClient, { secrets: [SECRET, OLD_SECRET] }).ok).toBe(true);
    expect(verify(oldClient, { secrets: [SECRET] })).toMatchObject({
      ok: false,
      reason: 'no-matching-signature',
    });
  });

  it('accepts any matching v1= among several, and ignores unknown schemes', () => {
    const good = sign(BODY, SECRET, T);
    const wrong = sign(BODY, 'someone-else', T);
    expect(verify(`t=${T}, v1=${wrong}, v0=abc, v1=${good}`).ok).toBe(true);
    expect(verify(`v1=${good.toUpperCase()},t=${T}`).ok).toBe(true);
  });

  it('tells a missing header from a malformed one', () => {
    expect(verify(undefined)).toMatchObject({ reason: 'missing-header' });
    expect(verify('   ')).toMatchObject({ reason: 'missing-header' });
    const good = sign(BODY, SECRET, T);
    const cases: [string, string][] = [
      [`v1=${good}`, 'has no t=<unix seconds>'],
      [`t=${T}`, 'has no v1=<signature>'],
      [`t=${T},t=${T},v1=${good}`, 'has more than one t='],
      [`t=-${T},v1=${good}`, `t="-${T}" is not unix seconds`],
      [`t=${T}.5,v1=${good}`, `t="${T}.5" is not unix seconds`],
      [`t=${T},v1=${good.slice(2)}`, 'has a v1= that is not 64 hex digits (HMAC-SHA256)'],
      [`t=${T},v1=${'z'.repeat(64)}`, 'has a v1= that is not 64 hex digits (HMAC-SHA256)'],
      [`t=${T};v1=${good}`, `t="${T};v1=${good}" is not unix seconds`],
      [`t=${T},garbage,v1=${good}`, 'has an entry without "=": "garbage"'],
      [`t=${T}${`,v1=${good}`.repeat(9)}`, 'has more than 8 v1= signatures'],
      [`t=${T},v1=${good},x=${'a'.repeat(5000)}`, 'is longer than 4096 characters'],
    ];
    for (const [header, message] of cases)
      expect(verify(header), header.slice(0, 80)).toEqual({
        ok: false,
        reason: 'malformed-header',
        message,
      });
  });

  it('throws on secrets that could never verify anything: none, or an empty one', () => {
    const header = signWebhook(BODY, SECRET, NOW);
    expect(() => verify(header, { secrets: [] })).toThrow(WebhookSecretError);
    expect(() => verify(header, { secrets: [SECRET, ''] })).toThrow('one of them is empty');
    expect(() => signWebhook(BODY, '', NOW)).toThrow(WebhookSecretError);
  });
});
