import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookSecretError } from './webhook-secret-error';

/**
 * The chat/web webhook's authentication (docs/ingest.md):
 *
 *     Sunroute-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
 *
 * The timestamp is inside the signed text, so it cannot be moved without the secret, and a
 * captured request stops working once it is five minutes old. Several `v1=` entries may be sent
 * (Stripe's scheme): during a secret rotation a client signs with the old and the new secret and
 * whichever the server still lists matches. Unknown keys (`v0=`, a future `v2=`) are ignored so
 * the scheme can grow.
 */

export const SIGNATURE_HEADER = 'Sunroute-Signature';

/** How far the signed timestamp may be from the server's clock, either way (docs/guarantees.md). */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

/** A header longer than this is not a signature header; parsing it would only cost time. */
const MAX_HEADER_LENGTH = 4096;
/** More than a handful of signatures is not rotation but someone guessing. */
const MAX_SIGNATURES = 8;
/** SHA-256 is 32 bytes, 64 hex digits. */
const SIGNATURE_HEX = /^[0-9a-fA-F]{64}$/;
/** Unix seconds, no sign or fraction; 12 digits reach the year 33658. */
const TIMESTAMP = /^\d{1,12}$/;

export type WebhookVerification =
  | {
      readonly ok: true;
      readonly timestamp: number;
      /** The signature that matched, in hex: what makes this request this one. */
      readonly signature: string;
    }
  | { readonly ok: false; readonly reason: 'missing-header'; readonly message: string }
  | { readonly ok: false; readonly reason: 'malformed-header'; readonly message: string }
  | {
      readonly ok: false;
      readonly reason: 'stale-timestamp';
      readonly message: string;
      /** How old the timestamp is, in seconds (more than the window). */
      readonly ageSeconds: number;
    }
  | {
      readonly ok: false;
      readonly reason: 'future-timestamp';
      readonly message: string;
      /** How far ahead of the server's clock, in seconds (more than the window). */
      readonly aheadSeconds: number;
    }
  | { readonly ok: false; readonly reason: 'no-matching-signature'; readonly message: string };

export type WebhookFailure = Extract<WebhookVerification, { ok: false }>;

export interface WebhookVerifyInput {
  /** The header's value as received; `undefined` or `null` when the request had none. */
  readonly header: string | null | undefined;
  /** The raw body, byte for byte as received: re-serialized JSON would not match. */
  readonly body: string | Uint8Array;
  /** The integration's active secrets, newest first; any of them may have signed. */
  readonly secrets: readonly string[];
  /** The server's clock, as a Date or epoch milliseconds. */
  readonly now: Date | number;
  readonly windowSeconds?: number;
}

interface ParsedHeader {
  readonly timestamp: number;
  readonly signatures: readonly Buffer[];
}

function malformed(message: string): WebhookFailure {
  return { ok: false, reason: 'malformed-header', message };
}

function parseHeader(header: string): ParsedHeader | WebhookFailure {
  if (header.length > MAX_HEADER_LENGTH)
    return malformed(`is longer than ${MAX_HEADER_LENGTH} characters`);
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const equals = part.indexOf('=');
    if (equals === -1) return malformed(`has an entry without "=": ${JSON.stringify(part.trim())}`);
    const key = part.slice(0, equals).trim();
    const value = part.slice(equals + 1).trim();
    if (key === 't') {
      if (timestamp !== undefined) return malformed('has more than one t=');
      if (!TIMESTAMP.test(value))
        return malformed(`t=${JSON.stringify(value)} is not unix seconds`);
      timestamp = value;
    } else if (key === 'v1') {
      if (!SIGNATURE_HEX.test(value))
        return malformed('has a v1= that is not 64 hex digits (HMAC-SHA256)');
      signatures.push(Buffer.from(value, 'hex'));
    }
  }
  if (timestamp === undefined) return malformed('has no t=<unix seconds>');
  if (signatures.length === 0) return malformed('has no v1=<signature>');
  if (signatures.length > MAX_SIGNATURES)
    return malformed(`has more than ${MAX_SIGNATURES} v1= signatures`);
  return { timestamp: Number(timestamp), signatures };
}

function checkSecrets(secrets: readonly string[]): void {
  if (secrets.length === 0)
    throw new WebhookSecretError('none are configured, so no request could ever be accepted');
  // An empty key is a key everybody knows.
  if (secrets.some((secret) => secret === '')) throw new WebhookSecretError('one of them is empty');
}

function hmac(secret: string, timestamp: number, body: string | Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

function toMilliseconds(now: Date | number): number {
  return typeof now === 'number' ? now : now.getTime();
}

/**
 * Checks a webhook request. The signature is checked before the time window, so that a
 * "stale" or "future" answer always means a genuine request (a replay, or a client clock that
 * is off) and a forged one always reads "no matching signature" in the logs.
 *
 * Throws WebhookSecretError when the secrets cannot verify anything (none, or an empty one): a
 * configuration fault, not the caller's, which must not look like a forged request.
 */
export function verifyWebhookSignature(input: WebhookVerifyInput): WebhookVerification {
  checkSecrets(input.secrets);
  const window = input.windowSeconds ?? REPLAY_WINDOW_SECONDS;
  if (input.header === undefined || input.header === null || input.header.trim() === '')
    return {
      ok: false,
      reason: 'missing-header',
      message: `the request has no ${SIGNATURE_HEADER} header`,
    };
  const parsed = parseHeader(input.header);
  if ('ok' in parsed) return parsed;

  const expected = input.secrets.map((secret) => hmac(secret, parsed.timestamp, input.body));
  // Every pair is compared, with no early exit, so the time taken says nothing about which
  // secret or which entry came close. Lengths are equal by construction (32 bytes each);
  // timingSafeEqual would throw otherwise.
  let matched: Buffer | undefined;
  for (const signature of parsed.signatures)
    for (const digest of expected)
      if (signature.length === digest.length && timingSafeEqual(signature, digest))
        matched = digest;
  if (matched === undefined)
    return {
      ok: false,
      reason: 'no-matching-signature',
      message: 'no v1= signature matches the body and timestamp under an active secret',
    };

  const nowSeconds = Math.floor(toMilliseconds(input.now) / 1000);
  const age = nowSeconds - parsed.timestamp;
  if (age > window)
    return {
      ok: false,
      reason: 'stale-timestamp',
      ageSeconds: age,
      message: `the timestamp is ${age} s old, ${age - window} s beyond the ${window} s window`,
    };
  if (-age > window)
    return {
      ok: false,
      reason: 'future-timestamp',
      aheadSeconds: -age,
      message: `the timestamp is ${-age} s ahead of the server's clock (at most ${window} s allowed)`,
    };
  return { ok: true, timestamp: parsed.timestamp, signature: matched.toString('hex') };
}

/**
 * The header value a client sends: `t=<now in unix seconds>,v1=<hex>`. With several secrets (a
 * client mid-rotation) it carries one `v1=` per secret.
 */
export function signWebhook(
  body: string | Uint8Array,
  secret: string | readonly string[],
  now: Date | number,
): string {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  checkSecrets(secrets);
  const timestamp = Math.floor(toMilliseconds(now) / 1000);
  const signatures = secrets.map((key) => `v1=${hmac(key, timestamp, body).toString('hex')}`);
  return [`t=${timestamp}`, ...signatures].join(',');
}
