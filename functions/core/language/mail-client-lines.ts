import {
  DEVICE_WORDS,
  MAIL_CLIENT_PHRASES,
  type HeaderFieldNames,
  type MailClientPhrases,
} from './mail-client-phrases';

/**
 * Recognizers for the lines mail clients write around a customer's words, compiled from the
 * phrase table in `mail-client-phrases.ts`: reply headers ("On … wrote:", on one line or wrapped,
 * with or without the colon, after the customer's text on the same line), separators, forward
 * lines, Outlook header blocks and device footers.
 *
 * Every test is a handful of set lookups and `startsWith`/`endsWith` calls on a line folded once
 * (lowercase, whitespace collapsed). Lines longer than a header or footer can be are not examined
 * at all, and the few regular expressions have no nested or adjacent unbounded repetition, so a
 * hostile body costs time in proportion to its length.
 */

/** Longer lines are customer text: no client writes a header this long. */
const MAX_HEADER_CHARS = 400;
/** Longer lines are no forward line ("Begin forwarded message:"). */
const MAX_FORWARD_LINE_CHARS = 80;
/** Longer lines are not device or app footers. */
const MAX_FOOTER_CHARS = 160;
/** A header wrapped by the client spans at most this many lines, blank ones included. */
const MAX_WRAPPED_LINES = 6;
/** …of which at most this many hold text. */
const MAX_WRAPPED_PARTS = 4;
/** Outlook's header block: the fields after "From:" lie within this many lines. */
const HEADER_BLOCK_LINES = 6;
/** At most this many words follow a verb written before the sender ("Am … schrieb Acme <a@b>:"). */
const MAX_WORDS_AFTER_VERB = 12;
/** Underscore lines this long separate Outlook's quoted header and mailing-list footers. */
const MIN_UNDERSCORE_RULE = 20;
/** Dash or equals lines this long separate a quote when a header follows them. */
const MIN_RULE = 10;
/** A name of this many words after "Sent from my" is a device's, whatever it is. */
const MAX_OWN_WORDS = 4;
/** A footer's device or app is named within its first words. */
const DEVICE_WITHIN_WORDS = 3;
/** Openers looked at inside one line, for a header that follows the customer's text. */
const MAX_INNER_OPENERS = 8;

type FieldKind = keyof HeaderFieldNames;

/** Marks, zero-width and bidirectional controls that clients put into headers (Gmail in Hebrew). */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * `line` as the recognizers compare it: invisible marks removed, whitespace collapsed, lowercase.
 */
function fold(line: string): string {
  return line.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether `char` is of a script that separates words with spaces, where a verb must start a word:
 * everything but Thai and the Chinese and Japanese scripts (Hangul is spaced).
 */
function isSpacedScript(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code >= 0x0e00 && code <= 0x0e7f) return false;
  return code < 0x2e80 || (code >= 0xac00 && code <= 0xd7af);
}

/** Whether `char` is a letter or a digit: a phrase that ends or starts next to one is inside a word. */
function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  if (char < '\u0080') return /[A-Za-z0-9]/.test(char);
  return /[\p{L}\p{N}]/u.test(char);
}

/** A date or a time in any of the clients' local formats. */
const DATE_OR_TIME =
  /\d{1,2}[:.h]\d{2}(?!\d)|(?:^|\D)(?:19|20)\d{2}(?!\d)|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d\s?[年月日년월일]/;
const DIGIT = /\d/;
/** A weekday as clients abbreviate it before a date: "tir.", "ti", "wt.,", "út", "вт,". */
const WEEKDAY = /^[^\s\d.,:;!?]{1,6}[.,]{0,2}$/;
const TIME = /\d{1,2}[:.h]\d{2}(?!\d)/;
const ADDRESS = /[^\s@<>()[\]:;,"']@[^\s@<>()[\]:;,"'.]+\.[^\s@<>()[\]:;,"'.]/;

/** The sentence end after a footer ("Sent with Proton Mail secure email."). */
const FOOTER_STOP = /[.!。]+$/;
/** A colon where a header field's name ends ("Von:", "Envoyé le :", "*From:*"). */
function hasFieldColon(line: string): boolean {
  const colon = line.indexOf(':');
  const wide = line.indexOf('：');
  const first = colon === -1 ? wide : wide === -1 ? colon : Math.min(colon, wide);
  return first >= 1 && first <= 60;
}

/** Characters a client puts around a header or separator ("---- … ----", "==== … ===="). */
const DECORATION = new Set(['-', '=', '_', '*', '–', '—', ' ']);

interface Decorated {
  readonly core: string;
  /** Decoration characters before and after the core, spaces and asterisks not counted. */
  readonly leading: number;
  readonly trailing: number;
}

function undecorate(folded: string): Decorated {
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

function endsWithColon(text: string): boolean {
  const last = text.at(-1);
  return last === ':' || last === '：';
}

function withoutColon(text: string): string {
  return endsWithColon(text) ? text.slice(0, -1).trimEnd() : text;
}

/** A phrase of the table as folded lines are compared with it (the table has single spaces). */
function phrase(text: string): string {
  return text.trim().toLowerCase();
}

/** A folded phrase without decoration, colon and the commas around it. */
function literal(folded: string): string {
  const { core } = undecorate(withoutColon(folded));
  let start = 0;
  let end = core.length;
  while (start < end && COMMAS.has(core[start]!)) start += 1;
  while (end > start && COMMAS.has(core[end - 1]!)) end -= 1;
  return core.slice(start, end);
}

const COMMAS = new Set([',', '،', '、', '，', ' ']);

/** The first characters of `line` that are not whitespace ('' when it is blank). */
function firstChars(line: string, count = 1): string {
  for (let i = 0; i < line.length; i += 1) {
    if (!isSpace(line.charCodeAt(i))) return line.slice(i, i + count);
  }
  return '';
}

function firstChar(line: string): string {
  return firstChars(line, 1);
}

/** The last characters of `line` that are neither whitespace nor in `skip`. */
function lastChars(line: string, count = 1, skip: ReadonlySet<string> = NO_CHARS): string {
  for (let i = line.length - 1; i >= 0; i -= 1) {
    if (!isSpace(line.charCodeAt(i)) && !skip.has(line[i]!))
      return line.slice(Math.max(0, i + 1 - count), i + 1);
  }
  return '';
}

function lastChar(line: string): string {
  return lastChars(line, 1);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000;
}

const NO_CHARS: ReadonlySet<string> = new Set();

interface Verb {
  readonly text: string;
  /** The verb is in a script with spaces, so it must not be the end of a longer word. */
  readonly wordStart: boolean;
}

/** A verb written between the date and the sender: "Am {date} schrieb {sender}:". */
interface MidVerb {
  readonly words: readonly string[];
  /** The sender follows the verb ("schrieb Acme:"), or else comes first ("Acme schrieb am …:"). */
  readonly senderAfter: boolean;
}

/** Phrases by their first (or, for verbs, last) character, longest first. */
type PhraseIndex<T> = ReadonlyMap<string, readonly T[]>;

interface ReplyGrammar {
  /** Every opener, strong or not, for a header that starts mid-line; and the longest one's length. */
  readonly allOpeners: PhraseIndex<string>;
  readonly longestOpener: number;
  /** Words before the date: "on", "am", "il giorno", "w dniu". */
  readonly openers: PhraseIndex<string>;
  /** Words before the sender that mark a header by themselves: "wiadomość napisana przez". */
  readonly strongOpeners: PhraseIndex<string>;
  /** Verbs between date and sender: "schrieb", "skrev", "كتب". */
  readonly midVerbs: readonly MidVerb[];
  /** What a header ends with: "wrote", "a écrit", "kirjoitti", "写道". */
  readonly lastVerbs: PhraseIndex<Verb>;
}

function indexBy<T>(items: Iterable<T>, key: (item: T) => string): PhraseIndex<T> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const list = index.get(key(item));
    if (list === undefined) index.set(key(item), [item]);
    else list.push(item);
  }
  return index;
}

function compileReplyHeaders(table: readonly MailClientPhrases[]): ReplyGrammar {
  const openers = new Set<string>();
  const strongOpeners = new Set<string>();
  const midVerbs = new Map<string, boolean>();
  const lastVerbs = new Set<string>();
  for (const template of table.flatMap((phrases) => phrases.replyHeaders)) {
    const parts = template.split(/(\{date\}|\{sender\})/);
    const placeholders = parts.filter((_, index) => index % 2 === 1);
    const literals = parts
      .filter((_, index) => index % 2 === 0)
      .map((part) => literal(phrase(part)));
    const first = literals[0] ?? '';
    const last = literals.at(-1) ?? '';
    if (first !== '') (placeholders[0] === '{date}' ? openers : strongOpeners).add(first);
    if (last !== '') lastVerbs.add(last);
    // "Am {date} schrieb {sender}:", "{sender} schrieb am {date}:": the verb stands between.
    const between = literals[1] ?? '';
    const endsWithSender = placeholders.at(-1) === '{sender}';
    const senderFirst = first === '' && placeholders[0] === '{sender}';
    if (
      placeholders.length === 2 &&
      last === '' &&
      between !== '' &&
      (endsWithSender || senderFirst)
    )
      midVerbs.set(between, endsWithSender);
  }
  const longestFirst = (a: string, b: string) => b.length - a.length;
  const everyOpener = [...openers, ...strongOpeners].sort(longestFirst);
  return {
    allOpeners: indexBy(everyOpener, (opener) => opener[0]!),
    longestOpener: everyOpener[0]?.length ?? 0,
    openers: indexBy([...openers].sort(longestFirst), (opener) => opener[0]!),
    strongOpeners: indexBy([...strongOpeners].sort(longestFirst), (opener) => opener[0]!),
    midVerbs: [...midVerbs].map(([verb, senderAfter]) => ({ words: verb.split(' '), senderAfter })),
    lastVerbs: indexBy(
      [...lastVerbs].sort(longestFirst).map((text) => ({ text, wordStart: isSpacedScript(text) })),
      (verb) => verb.text.at(-1)!,
    ),
  };
}

interface Footer {
  readonly before: string;
  readonly after: string;
  /** `{own}`: any short name will do; `{device}`: the name must be a known device or app. */
  readonly own: boolean;
}

/** Footers by the first two characters of their text before the name, or else the last two after. */
interface FooterIndex {
  readonly byStart: ReadonlyMap<string, readonly Footer[]>;
  readonly byEnd: ReadonlyMap<string, readonly Footer[]>;
}

function compileFooters(table: readonly MailClientPhrases[]): FooterIndex {
  const byStart = new Map<string, Footer[]>();
  const byEnd = new Map<string, Footer[]>();
  for (const template of table.flatMap((phrases) => phrases.footers)) {
    const own = template.includes('{own}');
    const [before = '', after = ''] = template
      .split(/\{own\}|\{device\}/)
      .map((part) => part.toLowerCase());
    const footer = { before, after: after.trimEnd(), own };
    const [index, key] =
      before.trim() !== '' ? [byStart, before.slice(0, 2)] : [byEnd, footer.after.slice(-2)];
    const list = index.get(key);
    if (list === undefined) index.set(key, [footer]);
    else list.push(footer);
  }
  return { byStart, byEnd };
}

const PHRASES = Object.values(MAIL_CLIENT_PHRASES);
let replyGrammar: ReplyGrammar | undefined;

/** The reply-header grammar, compiled on first use: most messages never need it. */
function reply(): ReplyGrammar {
  return (replyGrammar ??= compileReplyHeaders(PHRASES));
}
const FOOTERS = compileFooters(PHRASES);
const FOOTER_STOPS = new Set(['.', '!', '。']);

/** Separator titles, forward lines and header-field names, folded as lines are. */
interface LinePhrases {
  readonly separators: ReadonlySet<string>;
  readonly forwardLines: ReadonlySet<string>;
  readonly fields: ReadonlyMap<string, FieldKind>;
}

let linePhrases: LinePhrases | undefined;

/** The separators, forward lines and header fields, compiled on first use. */
function lineTable(): LinePhrases {
  return (linePhrases ??= {
    separators: new Set(
      PHRASES.flatMap((p) => p.separators.map((title) => literal(phrase(title)))),
    ),
    forwardLines: new Set(
      PHRASES.flatMap((p) => p.forwardLines.map((line) => literal(phrase(line)))),
    ),
    fields: new Map<string, FieldKind>(
      PHRASES.flatMap((p) =>
        Object.entries(p.headerFields).flatMap(([kind, names]) =>
          (names as readonly string[]).map((name) => [phrase(name), kind as FieldKind] as const),
        ),
      ),
    ),
  });
}

/** Whether `text` starts with `phrase` followed by something other than a letter or digit. */
function startsWithPhrase(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && !isWordChar(text[phrase.length]);
}

function startsWithOpener(text: string, openers: PhraseIndex<string> = reply().openers): boolean {
  const candidates = openers.get(text[0] ?? '');
  return candidates !== undefined && candidates.some((opener) => startsWithPhrase(text, opener));
}

function endsWithVerb(text: string): boolean {
  const candidates = reply().lastVerbs.get(text.at(-1) ?? '');
  return (
    candidates !== undefined &&
    candidates.some(
      (verb) =>
        text.endsWith(verb.text) &&
        !(verb.wordStart && isWordChar(text[text.length - verb.text.length - 1])),
    )
  );
}

/**
 * Whether a verb written next to the sender stands in `text` (folded; `original` as written),
 * with a name on the sender's side: "Am … schrieb Acme Support:", but not the customer's "Op
 * maandag om 09:12 schreef ik u al:".
 */
function hasMidVerb(text: string, original: string): boolean {
  const present = reply().midVerbs.filter((verb) => text.includes(verb.words[0]!));
  if (present.length === 0) return false;
  const words = text.split(' ').map((word) => word.replace(/[,،、，]+$/, ''));
  for (const verb of present) {
    for (let i = 0; i + verb.words.length <= words.length; i += 1) {
      if (!verb.words.every((part, k) => words[i + k] === part)) continue;
      const after = i + verb.words.length;
      if (words.length - after > MAX_WORDS_AFTER_VERB) return false;
      const written = original.replace(INVISIBLE, '').trim().split(/\s+/);
      return namesSender(verb.senderAfter ? written.slice(after) : written.slice(0, i));
    }
  }
  return false;
}

/**
 * Words that name someone: an address, a capital letter, or letters of a script without capitals
 * (Arabic, Hebrew, CJK, where a name cannot be told by its look).
 */
function namesSender(words: readonly string[]): boolean {
  const text = words.join(' ');
  return ADDRESS.test(text) || /\p{Lu}/u.test(text) || !/\p{Ll}/u.test(text);
}

/** "… <a@b>", "… a@b", "… (a@b)", "… <mailto:a@b>": a header naming the sender's address last. */
function endsWithAddress(text: string): boolean {
  const lastWord = text.slice(text.lastIndexOf(' ') + 1);
  return ADDRESS.test(lastWord) || (/[>)\]]$/.test(text) && ADDRESS.test(text.slice(-260)));
}

/**
 * A header's first words: an opener with a date ("On Tue, 4 Mar 2025…"), or a date and a time
 * ("tir. 18. apr. 2017 kl. 13:09…", "2014-10-17 11:28 GMT+03:00 …").
 */
function opensHeader(folded: string): boolean {
  return opensWithWord(folded) || startsWithDate(folded);
}

function opensWithWord(folded: string): boolean {
  const { core } = undecorate(folded);
  if (startsWithOpener(core, reply().strongOpeners)) return true;
  return startsWithOpener(core) && DATE_OR_TIME.test(core);
}

/** A date first, then a time: the first word has a digit, or is a short weekday before one. */
function startsWithDate(folded: string): boolean {
  const { core } = undecorate(folded);
  const [first = '', second = ''] = core.split(' ', 2);
  const dateFirst = DIGIT.test(first) || (WEEKDAY.test(first) && DIGIT.test(second));
  return dateFirst && TIME.test(core);
}

/**
 * Whether `folded` (one line, or wrapped lines joined) is a reply header. With the colon, the
 * header's own words must show it is one: an opener, a date or an address. Without it, the header
 * must be set off by dashes ("---- Acme wrote ----"), or open with an opener and a date, or have a
 * quote right under it.
 */
function isReplyHeaderText(folded: string, original: string, quoteFollows = false): boolean {
  if (folded.length === 0 || folded.length > MAX_HEADER_CHARS * 2) return false;
  const { core, leading, trailing } = undecorate(folded);
  const colon = endsWithColon(core);
  const dashed = leading >= 2 && trailing >= 2;
  if (!colon && !dashed && !DATE_OR_TIME.test(core)) return false;
  const text = withoutColon(core);
  if (text === '') return false;
  if (colon) {
    if (endsWithVerb(text))
      return startsWithOpener(text) || DATE_OR_TIME.test(text) || ADDRESS.test(text);
    if (endsWithAddress(text)) return true;
    return (
      DATE_OR_TIME.test(text) &&
      (hasMidVerb(text, original) || startsWithOpener(text, reply().strongOpeners))
    );
  }
  if (dashed) return endsWithVerb(text) || hasMidVerb(text, original);
  if (startsWithOpener(text) && endsWithVerb(text)) return true;
  return quoteFollows && (endsWithVerb(text) || endsWithAddress(text));
}

/** Joins a header the client wrapped: "<" and ">" stay next to the address they enclose. */
function joinWrapped(head: string, next: string): string {
  if (head.endsWith('<') || next.startsWith('>') || next.startsWith('@')) return head + next;
  return `${head} ${next}`;
}

export interface ReplyHeader {
  /** Index of the first line after the header. */
  readonly end: number;
  /** The customer's text before the header on its first line ("Thanks!" in "Thanks! On … wrote:"). */
  readonly prefix?: string;
}

/** A line that quotes with ">". */
export function isQuoted(line: string): boolean {
  return firstChar(line) === '>';
}

function isBlank(line: string): boolean {
  return firstChar(line) === '';
}

/** Whether `line` ends the way a header can: with a colon or with dashes. */
function endsLikeHeader(line: string): boolean {
  const last = lastChar(line);
  return last === ':' || last === '：' || last === '-';
}

/** The lines of a message as mail clients lay them out. Each line is folded once, on first use. */
export class MailLines {
  private readonly folded: (string | undefined)[];

  constructor(readonly lines: readonly string[]) {
    this.folded = new Array<string | undefined>(lines.length);
  }

  /** The folded line, or `undefined` when it is too long to be anything but customer text. */
  private fold(index: number): string | undefined {
    const line = this.lines[index];
    if (line === undefined || line.length > MAX_HEADER_CHARS) return undefined;
    return (this.folded[index] ??= fold(line));
  }

  private nextText(index: number, within: number): number | undefined {
    for (let i = index; i < this.lines.length && i < index + within; i += 1) {
      if (!isBlank(this.lines[i]!)) return i;
    }
    return undefined;
  }

  private quoteFollows(index: number): boolean {
    const next = this.nextText(index + 1, 3);
    return next !== undefined && isQuoted(this.lines[next]!);
  }

  /** A reply header starting at line `index` (or inside it), on one line or wrapped. */
  replyHeaderAt(index: number): ReplyHeader | undefined {
    const line = this.lines[index]!;
    if (line.length > MAX_HEADER_CHARS || isBlank(line) || isQuoted(line)) return undefined;
    const alone = endsLikeHeader(line) || (DIGIT.test(line) && DATE_OR_TIME.test(line));
    const stop = Math.min(this.lines.length, index + MAX_WRAPPED_LINES);
    if (!alone && !this.headerEndWithin(index + 1, stop)) return undefined;
    const folded = this.fold(index)!;
    const whole = alone && isReplyHeaderText(folded, line, this.quoteFollows(index));
    if (whole && opensHeader(folded)) return { end: index + 1 };
    const prefix = endsLikeHeader(line) ? innerHeader(line) : undefined;
    if (prefix !== undefined) return { end: index + 1, prefix };
    if (whole) return { end: index + 1 };
    const wrapped = this.wrappedHeaderEnd(index);
    return wrapped === undefined ? undefined : { end: wrapped };
  }

  /**
   * The end of a header the client wrapped over several lines ("On Tue, 4 Mar 2025 at 09:12,
   * Acme Support\n<support@acme.example>\nwrote:"). The header starts at `index` only when this
   * line opens it, or when no later line of the window is a header on its own (so the customer's
   * line above "support@acme.example wrote:" stays theirs).
   */
  private wrappedHeaderEnd(index: number): number | undefined {
    const stop = Math.min(this.lines.length, index + MAX_WRAPPED_LINES);
    // A line that ends with a colon is a header's end, not its wrapped start.
    if (endsWithColon(lastChar(this.lines[index]!))) return undefined;
    if (!this.headerEndWithin(index + 1, stop)) return undefined;
    // Every header that opens itself has a digit in its first line, or a strong opener.
    const line = this.lines[index]!;
    const mayOpen = DIGIT.test(line) || reply().strongOpeners.has(firstChar(line).toLowerCase());
    if (!mayOpen && isBlank(this.lines[index + 1] ?? '')) return undefined;
    const first = this.fold(index)!;
    const opens = mayOpen && opensHeader(first);
    let joined = first;
    let written = line.trim();
    let previous = first;
    let parts = 1;
    let crossedBlank = false;
    for (let i = index + 1; i < stop && parts < MAX_WRAPPED_PARTS; i += 1) {
      const line = this.lines[i]!;
      if (isBlank(line)) {
        // Only an opener's line ("On …") may be wrapped across a blank line (Polymail), and a
        // sentence's end is no wrap.
        if (!opensWithWord(first) || /[.!?]$/.test(previous)) return undefined;
        crossedBlank = true;
        continue;
      }
      const folded = this.fold(i);
      if (folded === undefined) return undefined;
      if (isQuoted(line) && !(folded.length <= 40 && endsWithColon(folded))) return undefined;
      joined = joinWrapped(joined, folded);
      written = joinWrapped(written, line.trim());
      previous = folded;
      parts += 1;
      if (!isReplyHeaderText(joined, written, this.quoteFollows(i))) continue;
      if (crossedBlank && !opens) return undefined;
      // A later line that is a whole header by itself starts the header there.
      for (let k = index + 1; k <= i; k += 1) {
        const alone = this.fold(k);
        if (alone === undefined || !isReplyHeaderText(alone, this.lines[k]!)) continue;
        if (!opens || opensHeader(alone)) return undefined;
      }
      return i + 1;
    }
    return undefined;
  }

  private headerEndWithin(from: number, to: number): boolean {
    for (let i = from; i < to; i += 1) if (endsLikeHeader(this.lines[i]!)) return true;
    return false;
  }

  /** The kind of Outlook header field line `index` is ("Von: …" → `from`), if it is one. */
  fieldAt(index: number): FieldKind | undefined {
    const line = this.lines[index]!;
    if (line.length > MAX_HEADER_CHARS || !hasFieldColon(line)) return undefined;
    const folded = this.fold(index)!;
    const colon = folded.search(/[:：]/);
    if (colon < 1 || colon > 60) return undefined;
    return lineTable().fields.get(folded.slice(0, colon).replace(/\*/g, '').trim());
  }

  /**
   * An Outlook-style header block at `index` ("From:", "Sent:", "To:", "Subject:", in any of the
   * languages and any order), returning the line after its last field. It needs two kinds of
   * field and something only mail has (a "Sent:" or "Subject:" field, or an address), so that a
   * customer's "From: Berlin / To: Munich / Date: 12 March" stays theirs.
   */
  headerBlockAt(index: number): ReplyHeader | undefined {
    const first = this.fieldAt(index);
    if (first === undefined) return undefined;
    const kinds = new Set<FieldKind>([first]);
    let mailOnly = first === 'sent' || first === 'subject' || this.hasAddress(index);
    let last = index;
    const stop = Math.min(this.lines.length, index + HEADER_BLOCK_LINES);
    for (let i = index + 1; i < stop; i += 1) {
      const kind = this.fieldAt(i);
      if (kind === undefined) continue;
      kinds.add(kind);
      mailOnly ||= kind === 'sent' || kind === 'subject' || this.hasAddress(i);
      last = i;
    }
    const opens = first === 'from' || first === 'sent' || first === 'date' || kinds.size >= 3;
    return kinds.size >= 2 && mailOnly && opens ? { end: last + 1 } : undefined;
  }

  private hasAddress(index: number): boolean {
    const folded = this.fold(index);
    return folded !== undefined && ADDRESS.test(folded);
  }

  /**
   * "-----Original Message-----" and its translations; a line of 20 or more underscores (Outlook,
   * mailing lists); a line of dashes or equals signs with a header under it ("====" over
   * "Message du : …").
   */
  isSeparator(index: number): boolean {
    const line = this.lines[index]!;
    const first = firstChar(line);
    if (line.length > MAX_HEADER_CHARS || first === '' || !DECORATION.has(first)) return false;
    const folded = this.fold(index)!;
    if (isTitledSeparator(folded)) return true;
    const { core, leading } = undecorate(folded);
    if (core !== '') return false;
    if (/^[_ ]+$/.test(folded)) return leading >= MIN_UNDERSCORE_RULE;
    if (leading < MIN_RULE) return false;
    const next = this.nextText(index + 1, 3);
    if (next === undefined) return false;
    const following = this.fold(next);
    return (
      this.fieldAt(next) !== undefined ||
      this.isForwardLine(next) ||
      (following !== undefined && isTitledSeparator(following)) ||
      this.replyHeaderAt(next) !== undefined
    );
  }

  /** Apple Mail's "Begin forwarded message:" and its translations. */
  isForwardLine(index: number): boolean {
    const line = this.lines[index]!;
    if (line.length > MAX_FORWARD_LINE_CHARS || !endsWithColon(lastChar(line))) return false;
    return lineTable().forwardLines.has(literal(this.fold(index)!));
  }

  /**
   * Where the ">" quote that starts at `index` (after blank lines) ends: the first line of the
   * customer's that follows it, its closing blank lines skipped. An unmarked line right under a
   * quoted one belongs to the quote (a client that wrapped a long quoted line or a link), as in
   * Markdown. `undefined` when what starts there is not marked with ">": the rest of the message
   * is then the quote.
   */
  quoteEnd(index: number): number | undefined {
    const { lines } = this;
    let i = index;
    while (i < lines.length && isBlank(lines[i]!)) i += 1;
    if (i === lines.length) return i;
    if (!isQuoted(lines[i]!)) return undefined;
    while (i < lines.length) {
      if (!isBlank(lines[i]!)) {
        i += 1;
        continue;
      }
      let next = i;
      while (next < lines.length && isBlank(lines[next]!)) next += 1;
      if (next === lines.length || !isQuoted(lines[next]!)) return next;
      i = next;
    }
    return i;
  }

  /** A device or app footer ("Sent from my iPhone", "Von meinem Galaxy gesendet"). */
  isFooter(index: number): boolean {
    const line = this.lines[index]!;
    if (line.length > MAX_FOOTER_CHARS) return false;
    const first = firstChars(line, 2).toLowerCase();
    const last = lastChars(line, 2, FOOTER_STOPS).toLowerCase();
    if (!FOOTERS.byStart.has(first) && !FOOTERS.byEnd.has(last)) return false;
    return isFooterText(this.fold(index)!);
  }
}

function isTitledSeparator(folded: string): boolean {
  const { core, leading, trailing } = undecorate(folded);
  return core !== '' && leading + trailing >= 4 && lineTable().separators.has(literal(core));
}

/**
 * The customer's words before a header that starts mid-line ("Thanks! On Tue, … wrote:"), when
 * one does: the last opener on the line that has a date within its next few words and starts a
 * header from there.
 */
function innerHeader(line: string): string | undefined {
  let found: string | undefined;
  let tries = 0;
  for (let i = 1; i < line.length && tries < MAX_INNER_OPENERS; i += 1) {
    const before = line[i - 1]!;
    if (before !== ' ' && before !== '\t' && before !== '-') continue;
    const start = line.slice(i, i + reply().longestOpener + 1).toLowerCase();
    if (!startsWithOpener(start, reply().allOpeners)) continue;
    tries += 1;
    const prefix = line.slice(0, i).replace(/[\s\-–—]+$/, '');
    const tail = fold(line.slice(i));
    const opening = tail.split(' ', 4).slice(1).join(' ');
    if (prefix.trim() !== '' && /\d/.test(opening) && isReplyHeaderText(tail, line.slice(i)))
      found = prefix;
  }
  return found;
}

/** Whether `text`, folded, is a footer of the phrase table. */
function isFooterText(folded: string): boolean {
  const text = folded.replace(FOOTER_STOP, '');
  const starting = FOOTERS.byStart.get(text.slice(0, 2));
  const ending = FOOTERS.byEnd.get(text.slice(-2));
  if (starting === undefined && ending === undefined) return false;
  return [...(starting ?? []), ...(ending ?? [])].some((footer) => {
    if (!text.startsWith(footer.before) || !text.endsWith(footer.after)) return false;
    if (text.length <= footer.before.length + footer.after.length) return false;
    const name = text.slice(footer.before.length, text.length - footer.after.length).trim();
    return footerName(name, footer.own);
  });
}

/**
 * Whether `name` fits a footer's placeholder: for `{device}` (or a long `{own}`), a device or
 * app among its first three words ("the Samsung Galaxy S23, an AT&T 5G smartphone", "BlackBerry
 * device on the Bell network"); for `{own}`, also any name of up to four words without
 * punctuation ("my Verizon Wireless BlackBerry", "my Wiko RIDGE FAB 4G"). "Sent from my desk, is
 * much easier than my phone" and "Sent from my laptop because my phone broke" are sentences.
 */
function footerName(name: string, own: boolean): boolean {
  const words = name.split(' ');
  if (words.length > 12) return false;
  if (own && words.length <= MAX_OWN_WORDS && !/[,;:?]/.test(name)) return true;
  const head = words.slice(0, DEVICE_WITHIN_WORDS).join(' ').split(',')[0]!;
  return DEVICE_WORDS.some((word) => head.includes(word));
}
