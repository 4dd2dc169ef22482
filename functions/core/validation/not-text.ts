/**
 * Characters text never holds: control characters other than tab and line breaks, and U+FFFD,
 * which is what bytes that are not UTF-8 become when a file or body is read as text. A binary
 * file, named where a text one was meant, is full of them.
 */
const NOT_TEXT = /[^\P{Cc}\t\n\r]|\uFFFD/gu;

/** Where the first character that is not text sits in `text`, and what it is; undefined if none. */
export function firstNotText(text: string): { index: number; character: string } | undefined {
  NOT_TEXT.lastIndex = 0;
  const match = NOT_TEXT.exec(text);
  return match ? { index: match.index, character: match[0] } : undefined;
}

/** How many characters of `text` are not text. */
export function countNotText(text: string): number {
  return text.match(NOT_TEXT)?.length ?? 0;
}
