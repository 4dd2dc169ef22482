import { DEVICE_WORDS, MAIL_CLIENT_PHRASES, type MailClientPhrases } from '../mail-client-phrases';
import { firstChars, lastChars } from './folded-line';

/**
 * Device and app footers ("Sent from my iPhone", "Von meinem Galaxy gesendet", "iPhoneから送信"),
 * compiled from the footer templates of the phrase table.
 */

/** Longer lines are not device or app footers. */
const MAX_FOOTER_CHARS = 160;
/** A name of this many words after "Sent from my" is a device's, whatever it is. */
const MAX_OWN_WORDS = 4;
/** A footer's device or app is named within its first words. */
const DEVICE_WITHIN_WORDS = 3;
/** The sentence end after a footer ("Sent with Proton Mail secure email."). */
const FOOTER_STOP = /[.!。]+$/;

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

const FOOTERS = compileFooters(Object.values(MAIL_CLIENT_PHRASES));
const FOOTER_STOPS = new Set(['.', '!', '。']);

/** Whether `text`, folded, is a footer of the phrase table. */
export function isFooterText(folded: string): boolean {
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

/**
 * Whether `line` could be a footer: short, and starting or ending with the first or last two
 * characters of one. Most lines stop here, before they are folded.
 */
export function mayBeFooter(line: string): boolean {
  if (line.length > MAX_FOOTER_CHARS) return false;
  const first = firstChars(line, 2).toLowerCase();
  const last = lastChars(line, 2, FOOTER_STOPS).toLowerCase();
  return FOOTERS.byStart.has(first) || FOOTERS.byEnd.has(last);
}
