import {
  ADDRESS,
  DATE_OR_TIME,
  DECORATION,
  DIGIT,
  endsLikeHeader,
  endsWithColon,
  firstChar,
  fold,
  hasFieldColon,
  isBlank,
  isQuoted,
  lastChar,
  literal,
  MAX_HEADER_CHARS,
  undecorate,
} from './mail-client/folded-line';
import { isFooterText, mayBeFooter } from './mail-client/footer';
import { isTitledSeparator, lineTable, type FieldKind } from './mail-client/line-table';
import {
  innerHeader,
  isReplyHeaderText,
  joinWrapped,
  opensHeader,
  opensWithWord,
  reply,
} from './mail-client/reply-header';

export { isQuoted } from './mail-client/folded-line';

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

/** Longer lines are no forward line ("Begin forwarded message:"). */
const MAX_FORWARD_LINE_CHARS = 80;
/** A header wrapped by the client spans at most this many lines, blank ones included. */
const MAX_WRAPPED_LINES = 6;
/** …of which at most this many hold text. */
const MAX_WRAPPED_PARTS = 4;
/** Outlook's header block: the fields after "From:" lie within this many lines. */
const HEADER_BLOCK_LINES = 6;
/** Underscore lines this long separate Outlook's quoted header and mailing-list footers. */
const MIN_UNDERSCORE_RULE = 20;
/** Dash or equals lines this long separate a quote when a header follows them. */
const MIN_RULE = 10;

export interface ReplyHeader {
  /** Index of the first line after the header. */
  readonly end: number;
  /** The customer's text before the header on its first line ("Thanks!" in "Thanks! On … wrote:"). */
  readonly prefix?: string;
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
    const quoteFollows = this.quoteFollows(index);
    const alone =
      endsLikeHeader(line) || quoteFollows || (DIGIT.test(line) && DATE_OR_TIME.test(line));
    const stop = Math.min(this.lines.length, index + MAX_WRAPPED_LINES);
    if (!alone && !this.headerEndWithin(index + 1, stop)) return undefined;
    const folded = this.fold(index)!;
    const whole = alone && isReplyHeaderText(folded, line, quoteFollows);
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
    return lineTable().fields.get(undecorate(folded.slice(0, colon)).core);
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
    return mayBeFooter(this.lines[index]!) && isFooterText(this.fold(index)!);
  }
}
