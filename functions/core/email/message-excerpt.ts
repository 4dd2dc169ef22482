/**
 * How much of the customer's message an email carries. An outbox item holds the text and the
 * HTML part, and the HTML escapes `"` into six characters: a 256 KiB body would pass DynamoDB's
 * 400 KB item limit, gzip or not (random text does not shrink), and the ticket could never be
 * recorded. 32 Ki characters are ten pages of text, at most 7 bytes each in both parts together.
 */
export const MAX_EMAIL_MESSAGE_CHARS = 32 * 1024;

/** A cut that lands this close to a line break moves back to it, so lines stay whole. */
const LINE_BACKTRACK = 2000;

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
  let end = max;
  const before = body.charCodeAt(end - 1);
  if (before >= 0xd800 && before <= 0xdbff) end -= 1;
  const lineBreak = body.lastIndexOf('\n', end - 1);
  if (lineBreak > 0 && end - lineBreak <= LINE_BACKTRACK) end = lineBreak;
  const text = body.slice(0, end).trimEnd();
  return { text, shownBytes: Buffer.byteLength(text), totalBytes, shortened: true };
}

/** Bytes as a reader counts them: whole KiB, rounded up. */
export function kibibytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}
