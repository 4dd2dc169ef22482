/**
 * Inbox lists show well under 100 characters of a subject; 200 keeps what a person can use while
 * a customer's 2 KiB subject (the ticket schema allows 2048) cannot bloat the header, which SES
 * must still RFC 2047-encode and fold for non-ASCII text.
 */
export const MAX_SUBJECT_LENGTH = 200;

// C0 and C1 controls and DEL (CR and LF among them), Unicode line and paragraph separators, which
// some clients treat as line breaks, and bidi overrides, which can make a subject read backwards.
const BREAKING = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/gu;

/** One line of plain text: no control characters, runs of whitespace as one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(BREAKING, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A value that may go into a mail header: one line, and at most `max` characters (counted in
 * code points so an emoji is never cut in half), with an ellipsis where it was cut.
 */
export function headerText(text: string, max = MAX_SUBJECT_LENGTH): string {
  const chars = Array.from(oneLine(text));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
