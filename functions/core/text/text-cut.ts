/**
 * Where to cut a text that is too long for where it goes (a ticket, an email), the same way
 * everywhere: never inside a character, and back at a line break when one is near, so the last
 * line a reader sees is whole.
 */

/** A cut that lands this close after a line break moves back to it. */
const LINE_BACKTRACK = 2000;

/** `end`, moved back one unit when it would split a surrogate pair. */
export function codePointBoundary(text: string, end: number): number {
  const before = text.charCodeAt(end - 1);
  return end > 0 && end < text.length && before >= 0xd800 && before <= 0xdbff ? end - 1 : end;
}

/** The start of `text` up to about `end`: on a character boundary, at a near line break. */
export function cutAt(text: string, end: number): string {
  let cut = codePointBoundary(text, end);
  const lineBreak = text.lastIndexOf('\n', cut - 1);
  if (lineBreak > 0 && cut - lineBreak <= LINE_BACKTRACK) cut = lineBreak;
  return text.slice(0, cut).trimEnd();
}

/** Bytes as a reader counts them: whole KiB, rounded up. */
export function kibibytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}
