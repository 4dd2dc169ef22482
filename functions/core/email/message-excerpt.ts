import { cutAt } from '../text/text-cut';

/**
 * How much of the customer's message an email carries. An outbox item holds the text and the
 * HTML part, and the HTML escapes `"` into six characters: a 256 KiB body would pass DynamoDB's
 * 400 KB item limit, gzip or not (random text does not shrink), and the ticket could never be
 * recorded. 32 Ki characters are ten pages of text, at most 7 bytes each in both parts together.
 */
export const MAX_EMAIL_MESSAGE_CHARS = 32 * 1024;

export interface MessageExcerpt {
  readonly text: string;
  /** Sizes in UTF-8 bytes, for the note that says the message was shortened. */
  readonly shownBytes: number;
  readonly totalBytes: number;
  readonly shortened: boolean;
}

/** The start of `body` that an email shows: whole when it fits, else cut at a line break. */
export function messageExcerpt(body: string, max = MAX_EMAIL_MESSAGE_CHARS): MessageExcerpt {
  const totalBytes = Buffer.byteLength(body);
  if (body.length <= max)
    return { text: body, shownBytes: totalBytes, totalBytes, shortened: false };
  const text = cutAt(body, max);
  return { text, shownBytes: Buffer.byteLength(text), totalBytes, shortened: true };
}
