/** At most this many characters of the customer's words are quoted in a decision's reasons. */
const QUOTE_CHARS = 60;

/** Control and format characters (bidirectional overrides, zero-width marks): never quoted. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const COMBINING = /\p{M}/u;

/**
 * The first words of `text` in quotation marks, for a reason: one line (every run of whitespace,
 * line breaks included, becomes a space), without control or bidirectional-override characters,
 * at most 60 characters cut at a word where one is near, with an ellipsis when cut.
 *
 * @example
 * quoteWords('Bonjour,\nma commande n’est pas arrivée. Elle devait arriver lundi dernier, mais rien.');
 * // → '“Bonjour, ma commande n’est pas arrivée. Elle devait arriver…”'
 */
export function quoteWords(text: string): string {
  // Only the beginning is quoted, so only the beginning is cleaned, however long the text.
  const head = text.slice(0, QUOTE_CHARS * 4);
  const clean = head.replace(/\s+/g, ' ').replace(INVISIBLE, '').trim();
  const chars = Array.from(clean);
  if (chars.length <= QUOTE_CHARS && head.length === text.length) return `“${clean}”`;
  let end = Math.min(QUOTE_CHARS, chars.length);
  while (end < chars.length && COMBINING.test(chars[end]!)) end += 1;
  const space = chars.lastIndexOf(' ', end);
  if (space > QUOTE_CHARS / 2) end = space;
  return `“${chars.slice(0, end).join('').trimEnd()}…”`;
}
