/**
 * How the mail-client recognizers see a line: folded (lowercase, whitespace collapsed, invisible
 * marks removed), its first and last characters, the decoration around it, and whether it holds
 * a date, a time or an address. None of it backtracks: each costs time in proportion to the line.
 */

/** Longer lines are customer text: no client writes a header this long. */
export const MAX_HEADER_CHARS = 400;

/** Marks, zero-width and bidirectional controls that clients put into headers (Gmail in Hebrew). */
export const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * `line` as the recognizers compare it: invisible marks removed, whitespace collapsed, lowercase.
 */
export function fold(line: string): string {
  return line.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether `char` is of a script that separates words with spaces, where a verb must start a word:
 * everything but Thai and the Chinese and Japanese scripts (Hangul is spaced).
 */
export function isSpacedScript(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code >= 0x0e00 && code <= 0x0e7f) return false;
  return code < 0x2e80 || (code >= 0xac00 && code <= 0xd7af);
}

/** Whether `char` is a letter or a digit: a phrase that ends or starts next to one is inside a word. */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  if (char < '\u0080') return /[A-Za-z0-9]/.test(char);
  return /[\p{L}\p{N}]/u.test(char);
}

/** A date or a time in any of the clients' local formats. */
export const DATE_OR_TIME =
  /\d{1,2}[:.h]\d{2}(?!\d)|(?:^|\D)(?:19|20)\d{2}(?!\d)|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d\s?[年月日년월일]/;
export const DIGIT = /\d/;
/** A weekday as clients abbreviate it before a date: "tir.", "ti", "wt.,", "út", "вт,". */
export const WEEKDAY = /^[^\s\d.,:;!?]{1,6}[.,]{0,2}$/;
export const TIME = /\d{1,2}[:.h]\d{2}(?!\d)/;
export const ADDRESS = /[^\s@<>()[\]:;,"']@[^\s@<>()[\]:;,"'.]+\.[^\s@<>()[\]:;,"'.]/;

/** A colon where a header field's name ends ("Von:", "Envoyé le :", "*From:*"). */
export function hasFieldColon(line: string): boolean {
  const colon = line.indexOf(':');
  const wide = line.indexOf('：');
  const first = colon === -1 ? wide : wide === -1 ? colon : Math.min(colon, wide);
  return first >= 1 && first <= 60;
}

/** Characters a client puts around a header or separator ("---- … ----", "==== … ===="). */
export const DECORATION = new Set(['-', '=', '_', '*', '–', '—', ' ']);

interface Decorated {
  readonly core: string;
  /** Decoration characters before and after the core, spaces and asterisks not counted. */
  readonly leading: number;
  readonly trailing: number;
}

export function undecorate(folded: string): Decorated {
  let start = 0;
  let end = folded.length;
  let leading = 0;
  let trailing = 0;
  while (start < end && DECORATION.has(folded[start]!)) {
    if (folded[start] !== ' ' && folded[start] !== '*') leading += 1;
    start += 1;
  }
  while (end > start && DECORATION.has(folded[end - 1]!)) {
    if (folded[end - 1] !== ' ' && folded[end - 1] !== '*') trailing += 1;
    end -= 1;
  }
  return { core: folded.slice(start, end), leading, trailing };
}

export function endsWithColon(text: string): boolean {
  const last = text.at(-1);
  return last === ':' || last === '：';
}

export function withoutColon(text: string): string {
  return endsWithColon(text) ? text.slice(0, -1).trimEnd() : text;
}

/** A phrase of the table as folded lines are compared with it (the table has single spaces). */
export function phrase(text: string): string {
  return text.trim().toLowerCase();
}

/** A folded phrase without decoration, colon and the commas around it. */
export function literal(folded: string): string {
  const { core } = undecorate(withoutColon(folded));
  let start = 0;
  let end = core.length;
  while (start < end && COMMAS.has(core[start]!)) start += 1;
  while (end > start && COMMAS.has(core[end - 1]!)) end -= 1;
  return core.slice(start, end);
}

const COMMAS = new Set([',', '،', '、', '，', ' ']);

/** The first characters of `line` that are not whitespace ('' when it is blank). */
export function firstChars(line: string, count = 1): string {
  for (let i = 0; i < line.length; i += 1) {
    if (!isSpace(line.charCodeAt(i))) return line.slice(i, i + count);
  }
  return '';
}

export function firstChar(line: string): string {
  return firstChars(line, 1);
}

/** The last characters of `line` that are neither whitespace nor in `skip`. */
export function lastChars(line: string, count = 1, skip: ReadonlySet<string> = NO_CHARS): string {
  for (let i = line.length - 1; i >= 0; i -= 1) {
    if (!isSpace(line.charCodeAt(i)) && !skip.has(line[i]!))
      return line.slice(Math.max(0, i + 1 - count), i + 1);
  }
  return '';
}

export function lastChar(line: string): string {
  return lastChars(line, 1);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000;
}

const NO_CHARS: ReadonlySet<string> = new Set();

/** A line that quotes with ">". */
export function isQuoted(line: string): boolean {
  return firstChar(line) === '>';
}

export function isBlank(line: string): boolean {
  return firstChar(line) === '';
}

/** Whether `line` ends the way a header can: with a colon or with dashes. */
export function endsLikeHeader(line: string): boolean {
  const last = lastChar(line);
  return last === ':' || last === '：' || last === '-';
}
