import { codePointBoundary, cutAt, kibibytes } from '../text/text-cut';

/**
 * Limits for text taken from a mail. A customer's mail is never refused for its size: what does
 * not fit is cut, visibly, and the rest stays in the original mail.
 */

/**
 * The body's limit, measured as it is written inside the ticket's JSON (UTF-8, with JSON's
 * escapes: a line break is two bytes). The schema allows 256 KiB of body, but the whole ticket
 * must fit one 256 KiB SQS message; 192 KiB leaves 64 KiB for the subject (2 KiB at most),
 * customer, tags and the JSON around them.
 */
export const MAX_EMAIL_BODY_BYTES = 192 * 1024;

export interface TruncatedBody {
  readonly body: string;
  /** Bytes of the body before any cut, measured like the limit. */
  readonly originalBytes: number;
  readonly truncated: boolean;
}

/** The size of `text` inside a JSON string, without the quotes. */
export function jsonStringBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text)) - 2;
}

/**
 * The note that ends a cut body; it says the rest exists, so an agent knows to look for it.
 * Without `originalBytes` the size is unknown: reading stopped before the end of the part.
 */
export function truncationMarker(originalBytes: number | undefined, limit: number): string {
  const size =
    originalBytes === undefined ? 'the text is longer' : `the text is ${kibibytes(originalBytes)}`;
  return `\n\n[sunroute: message truncated; ${size} and a ticket carries at most ${kibibytes(limit)}. The rest is in the original email.]`;
}

/**
 * `body` when it fits `limit`; otherwise its longest start that fits together with the marker,
 * cut at a line break when one is near, never inside a character. `incomplete` says `body` is
 * already only the start of the text (ingest stopped reading): it gets the marker either way.
 */
export function truncateBody(
  body: string,
  limit = MAX_EMAIL_BODY_BYTES,
  incomplete = false,
): TruncatedBody {
  const originalBytes = jsonStringBytes(body);
  if (originalBytes <= limit && !incomplete) return { body, originalBytes, truncated: false };
  const marker = truncationMarker(incomplete ? undefined : originalBytes, limit);
  const budget = limit - jsonStringBytes(marker);
  // Every UTF-16 unit costs at least one byte, so no longer start can fit: searching only this
  // far keeps a 20 MB mail as cheap as a 200 KB one.
  let low = 0;
  let high = Math.min(body.length, Math.max(0, budget));
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (jsonStringBytes(body.slice(0, middle)) <= budget) low = middle;
    else high = middle - 1;
  }
  return { body: `${cutAt(body, low)}${marker}`, originalBytes, truncated: true };
}

/**
 * `text` cut to `max` UTF-16 units (the unit zod's `max` counts), with an ellipsis where it was
 * cut, never inside a character: for the subject and the customer's name.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, codePointBoundary(text, max - 1))}…`;
}
