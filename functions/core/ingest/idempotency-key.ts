import { createHash } from 'node:crypto';

/**
 * A chat post's retry key (the common `Idempotency-Key` convention): a client that has no ticket
 * id of its own sends the same key with every attempt of one post, and every attempt becomes the
 * same ticket id, which the router records once (docs/guarantees.md).
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Stripe's limit; a UUID takes 36. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** Prefix of derived ids, apart from random UUIDs and from ids integrations choose themselves. */
export const IDEMPOTENT_TICKET_ID_PREFIX = 'key-';

/** Visible ASCII: what any HTTP client sends unchanged, with no room for header tricks. */
const KEY = /^[\x21-\x7e]+$/;

export type IdempotencyKeyParse =
  { readonly ok: true; readonly key: string } | { readonly ok: false; readonly message: string };

/**
 * The key in a header value: visible ASCII, 1 to 255 characters. The IETF draft
 * (draft-ietf-httpapi-idempotency-key-header) writes it as a quoted string, `"8e03978e-…"`, and
 * Stripe bare; both spellings are the same key.
 */
export function parseIdempotencyKey(value: string): IdempotencyKeyParse {
  const quoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"');
  const key = quoted ? value.slice(1, -1) : value;
  if (key.length === 0) return { ok: false, message: 'is empty' };
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH)
    return {
      ok: false,
      message: `is ${key.length} characters long; at most ${MAX_IDEMPOTENCY_KEY_LENGTH} are allowed`,
    };
  if (!KEY.test(key) || (quoted && /["\\]/.test(key)))
    return {
      ok: false,
      message:
        'may hold only visible ASCII characters (letters, digits, punctuation; no spaces), ' +
        'optionally in double quotes',
    };
  return { ok: true, key };
}

/**
 * The ticket id of a post without one: the same integration, key and body bytes always give the
 * same id. The body is part of it because the header is outside the signature: someone replaying
 * a captured request under a key of their choosing can only make another copy of that request's
 * ticket, never take the id of a different ticket the integration posts later with that key.
 */
export function idempotentTicketId(input: {
  readonly integration: string;
  readonly key: string;
  readonly body: Uint8Array;
}): string {
  const bodyDigest = createHash('sha256').update(input.body).digest('hex');
  // Integration names and keys hold no line break, so the joined text is unambiguous.
  const digest = createHash('sha256')
    .update(`${input.integration}\n${input.key}\n${bodyDigest}`)
    .digest('hex');
  // 128 bits: no two posts meet by chance, and the id stays short in subjects and links.
  return `${IDEMPOTENT_TICKET_ID_PREFIX}${digest.slice(0, 32)}`;
}
