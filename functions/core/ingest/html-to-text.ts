import { decodeHtmlEntities } from './html-entities';

/**
 * Readable text from the HTML of an email, for mail that has no text part (a ticket's `body` is
 * text, docs/ticket-format.md). It renders what a person sees, close to how a browser lays it out:
 * blocks on their own lines, `<br>`, lists with markers, quotes as `> ` lines (so the language
 * detector can drop them like plain-text quotes, docs/routing.md), link targets after their words,
 * entities decoded; scripts, styles, the head and comments (Outlook's conditional ones too)
 * dropped.
 *
 * A single forward scan: each `<` is looked at once and quoted attribute values are found with
 * `indexOf`, so a hostile message costs time linear in its size; quote and list depth are capped
 * so the text stays linear in it too, and the output limit stops the scan early. No dependency:
 * the HTML of mail is a small, well-worn subset, and a full parser would weigh more than the whole
 * ingest core.
 */

/** Elements whose content is never shown; skipped up to their end tag. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template', 'xml', 'svg', 'object']);

/** Blocks that a browser sets apart by a blank line (their default margins). */
const PARAGRAPHS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'dl',
  'figure',
  'hr',
  'address',
]);

/** Blocks that only start a new line. */
const LINES = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'center',
  'form',
  'fieldset',
  'legend',
  'figcaption',
  'caption',
  'details',
  'summary',
  'tbody',
  'thead',
  'tfoot',
]);

/** What Outlook's plain-text alternative puts above a quoted message; an `<hr>` means the same. */
const RULE = '________________________________';

/** Characters with no width that HTML mail uses to pad preview text; nothing a customer wrote. */
const INVISIBLE = /[\u200b\ufeff\u00ad]/g;

/** How far a list item is indented per level, like the text alternative Gmail writes. */
const LIST_INDENT = '  ';

/**
 * Quote markers and list indentation stop growing at this depth. Each level costs characters on
 * every line inside it, so without a cap a mail of thousands of nested blockquotes turns a few
 * hundred kilobytes of HTML into gigabytes of `> `. Ten levels are more than a reader can follow.
 */
export const MAX_QUOTE_DEPTH = 10;
export const MAX_LIST_DEPTH = 10;

/** The text of an HTML part, and whether the conversion stopped at its output limit. */
export interface HtmlText {
  readonly text: string;
  /** The HTML held more text than `maxTextChars`: `text` is its start only. */
  readonly truncated: boolean;
}

interface Line {
  readonly text: string;
  /** Blockquote depth: each level is a `> ` in front of the line. */
  readonly depth: number;
}

interface List {
  readonly ordered: boolean;
  next: number;
}

interface Link {
  readonly href: string;
  text: string;
}

/** The text being laid out: finished lines, the open one and the breaks owed before the next. */
class TextLayout {
  private readonly lines: Line[] = [];
  private current = '';
  private currentEndsInSpace = false;
  private currentDepth = 0;
  /** Blank lines owed before the next text, from the margins of the blocks in between. */
  private blankLines = 0;
  private spacePending = false;
  /** Characters in finished lines, with their quote markers and line breaks. */
  private written = 0;
  depth = 0;
  /** The open link, if any: like a browser, a new `<a>` ends the one before it. */
  link: Link | undefined;

  constructor(private readonly maxChars: number) {}

  /** The text has reached the output limit; the caller stops reading. */
  get full(): boolean {
    return this.written + this.current.length > this.maxChars;
  }

  /** Text in normal flow: whitespace runs are one space, none at the start of a line. */
  text(raw: string): void {
    const decoded = decodeHtmlEntities(raw).replace(INVISIBLE, '');
    // Only HTML's own whitespace collapses; a no-break space is content, so Outlook's empty
    // paragraph (`<p class=MsoNormal>&nbsp;</p>`) still makes its empty line.
    const collapsed = decoded.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === '') return;
    const words = collapsed.replace(/^ | $/g, '');
    if (collapsed.startsWith(' ')) this.spacePending = true;
    if (words !== '') {
      this.write(words);
      this.spacePending = collapsed.endsWith(' ');
    }
  }

  /** Text inside `<pre>`: every space and line break as written. */
  preformatted(raw: string): void {
    const decoded = decodeHtmlEntities(raw).replace(INVISIBLE, '').replace(/\r\n?/g, '\n');
    const parts = decoded.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) this.lineBreak();
      if (part !== '') this.write(part);
    });
  }

  /** A list marker or other text that must sit at the start of its own line. */
  marker(text: string): void {
    this.block(1);
    this.write(text);
    this.spacePending = false;
  }

  /** `<br>`: ends the line, so two of them make an empty line and one after a block adds none. */
  lineBreak(): void {
    this.flushBlankLines();
    this.lines.push(this.finish());
    this.spacePending = false;
  }

  /** The edge of a block: its content starts a new line, with `blank` empty lines in between. */
  block(lines: 1 | 2): void {
    if (this.current !== '') this.lines.push(this.finish());
    this.blankLines = Math.max(this.blankLines, lines - 1);
    this.spacePending = false;
  }

  get spaceIsPending(): boolean {
    return this.spacePending;
  }

  /** A word boundary that has no text of its own, such as between two table cells. */
  space(): void {
    this.spacePending = true;
  }

  rule(): void {
    this.block(2);
    this.write(RULE);
    this.block(2);
  }

  result(): string {
    if (this.current !== '') this.lines.push(this.finish());
    const out: string[] = [];
    for (const line of this.lines) {
      // Text never starts with a space (see text()), so leading spaces are list indentation.
      const text = line.text.replace(/\u00a0/g, ' ').trimEnd();
      const quoted = line.depth > 0 ? `${quoteMarkers(line.depth)}${text}`.trimEnd() : text;
      // One empty line between paragraphs is all a reader needs; runs of them are layout.
      if (quoted === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
      out.push(quoted);
    }
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\n');
  }

  private write(text: string): void {
    this.flushBlankLines();
    if (this.current === '') {
      this.currentDepth = this.depth;
    } else if (this.spacePending && !this.currentEndsInSpace) {
      // A flag rather than looking at the line: reading the end of a string built by `+=`
      // flattens it, once per word, which is quadratic on a mail that is one long line.
      this.current += ' ';
      if (this.link !== undefined) this.link.text += ' ';
    }
    this.current += text;
    this.currentEndsInSpace = text.endsWith(' ');
    if (this.link !== undefined) this.link.text += text;
    this.spacePending = false;
  }

  private flushBlankLines(): void {
    if (this.blankLines === 0) return;
    const previous = this.lines[this.lines.length - 1];
    if (this.current === '' && previous !== undefined) {
      // A blank line between a quote and what surrounds it belongs to the shallower of the two.
      const depth = Math.min(previous.depth, this.depth);
      for (let i = 0; i < this.blankLines; i += 1) this.lines.push({ text: '', depth });
    }
    this.blankLines = 0;
  }

  private finish(): Line {
    const line = {
      text: this.current,
      depth: this.current === '' ? this.depth : this.currentDepth,
    };
    this.written += line.text.length + Math.min(line.depth, MAX_QUOTE_DEPTH) * 2 + 1;
    this.current = '';
    return line;
  }
}

function quoteMarkers(depth: number): string {
  return '> '.repeat(Math.min(depth, MAX_QUOTE_DEPTH));
}

const TAG_NAME = /^\/?([A-Za-z][A-Za-z0-9:-]*)/;

const ATTRIBUTES = new Map(
  ['href', 'start', 'class'].map((name) => [
    name,
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i'),
  ]),
);

function attribute(tag: string, name: 'href' | 'start' | 'class'): string | undefined {
  const match = ATTRIBUTES.get(name)!.exec(tag);
  if (match === null) return undefined;
  return decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

/** Only targets a reader can follow; `cid:` images, anchors and scripts are not. */
function linkTarget(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  return /^(?:https?:\/\/|mailto:)\S+$/i.test(href) ? href : undefined;
}

/** The link's address after its words, unless the words already are the address. */
function linkSuffix(link: Link): string {
  const words = link.text.trim();
  const address = link.href.replace(/^mailto:/i, '');
  if (words === '' || words.includes(address) || words === link.href) return '';
  return ` (${address})`;
}

/**
 * Where the tag that opens at `start` ends (the index of its `>`), reading quoted attribute values
 * whole so that a `>` inside one does not end it; `-1` when the document ends first.
 */
function tagEnd(html: string, start: number, lastQuote: { '"': number; "'": number }): number {
  let index = start + 1;
  while (index < html.length) {
    const char = html[index];
    if (char === '>') return index;
    if (
      (char === '"' || char === "'") &&
      /=\s*$/.test(html.slice(Math.max(start, index - 8), index))
    ) {
      // An unclosed quote would swallow the rest of the mail; browsers would too, but a reader
      // is better served by ending the tag at the next `>`.
      const close = index < lastQuote[char] ? html.indexOf(char, index + 1) : -1;
      if (close === -1) return html.indexOf('>', index);
      index = close + 1;
      continue;
    }
    index += 1;
  }
  return -1;
}

/**
 * Where hidden elements end. A search that found no end tag from one position finds none from
 * any later one, so it is remembered: otherwise every one of thousands of unclosed `<head>` tags
 * would search the rest of the mail again, quadratic in its size.
 */
class HiddenEnds {
  private readonly unclosed = new Set<string>();
  private bodyMissing = false;

  constructor(private readonly html: string) {}

  /** After the element's end tag, or at the end of the mail. */
  after(name: string, from: number): number {
    if (!this.unclosed.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = from;
      const match = end.exec(this.html);
      if (match !== null) return match.index + match[0].length;
      this.unclosed.add(name);
    }
    // An unclosed <head> must not hide the whole body: it ends where the body starts.
    if (name !== 'head') return this.html.length;
    if (!this.bodyMissing) {
      const body = /<body\b/gi;
      body.lastIndex = from;
      const start = body.exec(this.html);
      if (start !== null) return start.index;
      this.bodyMissing = true;
    }
    return from;
  }
}

/**
 * Readable text from the HTML of a mail, at most `maxTextChars` characters of it: the conversion
 * stops there, so its cost is bounded by the output as well as by the input.
 */
export function convertHtml(html: string, maxTextChars = Number.POSITIVE_INFINITY): HtmlText {
  const layout = new TextLayout(maxTextChars);
  const lists: List[] = [];
  const lastQuote = { '"': html.lastIndexOf('"'), "'": html.lastIndexOf("'") };
  const hidden = new HiddenEnds(html);
  let pre = 0;
  let outlookParagraph = false;
  let index = 0;
  const emit = (text: string) => (pre > 0 ? layout.preformatted(text) : layout.text(text));
  const endLink = () => {
    const link = layout.link;
    layout.link = undefined;
    if (link === undefined) return;
    // The space after the link's words still separates them from what follows the suffix.
    const spaceAfter = layout.spaceIsPending;
    layout.text(linkSuffix(link));
    if (spaceAfter) layout.space();
  };

  while (index < html.length && !layout.full) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      emit(html.slice(index));
      index = html.length;
      break;
    }
    if (open > index) emit(html.slice(index, open));
    const next = html[open + 1] ?? '';

    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close === -1 ? html.length : close + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      // <!DOCTYPE …>, <![CDATA[…]]> and <?xml …?>: declarations, not text.
      const close = html.indexOf('>', open + 2);
      index = close === -1 ? html.length : close + 1;
      continue;
    }
    const name = TAG_NAME.exec(html.slice(open + 1, open + 64))?.[1]?.toLowerCase();
    if (name === undefined) {
      // "a < b" is text: only a letter or a slash after `<` starts a tag.
      emit('<');
      index = open + 1;
      continue;
    }
    const end = tagEnd(html, open, lastQuote);
    if (end === -1) {
      index = html.length;
      break;
    }
    const tag = html.slice(open, end + 1);
    const closing = next === '/';
    index = end + 1;

    if (!closing && HIDDEN.has(name)) {
      if (!/\/\s*>$/.test(tag)) index = hidden.after(name, index);
      continue;
    }
    if (name === 'br') {
      layout.lineBreak();
      continue;
    }
    if (name === 'hr') {
      layout.rule();
      continue;
    }
    if (name === 'td' || name === 'th') {
      layout.space();
      continue;
    }
    if (name === 'a') {
      // A browser ends an open link when the next one starts, so links never nest.
      endLink();
      if (!closing) {
        const href = linkTarget(attribute(tag, 'href'));
        if (href !== undefined) layout.link = { href, text: '' };
      }
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', next: Number(attribute(tag, 'start')) || 1 });
      layout.block(lists.length > (closing ? 0 : 1) ? 1 : 2);
      continue;
    }
    if (name === 'li' && !closing) {
      const list = lists[lists.length - 1];
      const indent = LIST_INDENT.repeat(Math.min(Math.max(0, lists.length - 1), MAX_LIST_DEPTH));
      const marker = list?.ordered ? `${list.next++}.` : '-';
      layout.marker(`${indent}${marker} `);
      continue;
    }
    if (name === 'blockquote') {
      layout.block(2);
      layout.depth = Math.max(0, layout.depth + (closing ? -1 : 1));
      continue;
    }
    if (name === 'pre') {
      layout.block(2);
      pre = Math.max(0, pre + (closing ? -1 : 1));
      continue;
    }
    if (name === 'p') {
      // Outlook writes every line as <p class=MsoNormal> with no margin; a blank line after each
      // would double-space the whole mail.
      if (!closing) outlookParagraph = /\bMso/.test(attribute(tag, 'class') ?? '');
      layout.block(outlookParagraph ? 1 : 2);
      continue;
    }
    if (PARAGRAPHS.has(name)) layout.block(2);
    else if (LINES.has(name)) layout.block(1);
    // Any other tag (span, b, font, o:p, img…) is inline and adds nothing of its own.
  }
  const truncated = index < html.length;
  if (!truncated) endLink();
  const text = layout.result();
  return {
    text: text.length > maxTextChars ? text.slice(0, codePointEnd(text, maxTextChars)) : text,
    truncated: truncated || text.length > maxTextChars,
  };
}

/** `text.slice(0, end)` without splitting a surrogate pair. */
function codePointEnd(text: string, end: number): number {
  const before = text.charCodeAt(end - 1);
  return before >= 0xd800 && before <= 0xdbff ? end - 1 : end;
}

/** The whole text of an HTML fragment, without an output limit (see convertHtml). */
export function htmlToText(html: string): string {
  return convertHtml(html).text;
}
