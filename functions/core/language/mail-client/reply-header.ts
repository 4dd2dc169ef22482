import { MAIL_CLIENT_PHRASES, type MailClientPhrases } from '../mail-client-phrases';
import {
  ADDRESS,
  DATE_OR_TIME,
  DIGIT,
  endsWithColon,
  fold,
  INVISIBLE,
  isSpacedScript,
  isWordChar,
  literal,
  MAX_HEADER_CHARS,
  phrase,
  TIME,
  undecorate,
  WEEKDAY,
  withoutColon,
} from './folded-line';

/**
 * Reply headers ("On … wrote:", "Am … schrieb …:", "ti 4.3.2025 klo 9.12 … kirjoitti:"): the
 * grammar compiled from the templates of the phrase table, and the test of a (folded) line or of
 * wrapped lines joined.
 */

/** At most this many words follow a verb written before the sender ("Am … schrieb Acme <a@b>:"). */
const MAX_WORDS_AFTER_VERB = 12;
/** Openers looked at inside one line, for a header that follows the customer's text. */
const MAX_INNER_OPENERS = 8;

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

export interface ReplyGrammar {
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

let replyGrammar: ReplyGrammar | undefined;

/** The reply-header grammar, compiled on first use: most messages never need it. */
export function reply(): ReplyGrammar {
  return (replyGrammar ??= compileReplyHeaders(Object.values(MAIL_CLIENT_PHRASES)));
}

/** Whether `text` starts with `words` followed by something other than a letter or digit. */
function startsWithPhrase(text: string, words: string): boolean {
  return text.startsWith(words) && !isWordChar(text[words.length]);
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
export function opensHeader(folded: string): boolean {
  return opensWithWord(folded) || startsWithDate(folded);
}

export function opensWithWord(folded: string): boolean {
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
export function isReplyHeaderText(folded: string, original: string, quoteFollows = false): boolean {
  if (folded.length === 0 || folded.length > MAX_HEADER_CHARS * 2) return false;
  const { core, leading, trailing } = undecorate(folded);
  const colon = endsWithColon(core);
  const dashed = leading >= 2 && trailing >= 2;
  if (!colon && !dashed && !quoteFollows && !DATE_OR_TIME.test(core)) return false;
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
  const dated = DATE_OR_TIME.test(text);
  if (dated && startsWithOpener(text) && endsWithVerb(text)) return true;
  if (!quoteFollows) return false;
  // Over a quote: "Acme <a@b> wrote", or Gmail's date-first "2011/4/7 Acme <a@b>".
  if (endsWithVerb(text)) return dated || startsWithOpener(text) || ADDRESS.test(text);
  return dated && endsWithAddress(text);
}

/** Joins a header the client wrapped: "<" and ">" stay next to the address they enclose. */
export function joinWrapped(head: string, next: string): string {
  if (head.endsWith('<') || next.startsWith('>') || next.startsWith('@')) return head + next;
  return `${head} ${next}`;
}

/**
 * The customer's words before a header that starts mid-line ("Thanks! On Tue, … wrote:"), when
 * one does: the last opener on the line that has a date within its next few words and starts a
 * header from there.
 */
export function innerHeader(line: string): string | undefined {
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
