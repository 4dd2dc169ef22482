import { isQuoted, MailLines } from './mail-client-lines';

/**
 * The words the customer wrote in a ticket body: quoted replies, forwarded headers, signatures,
 * "sent from my phone" lines and legal disclaimers removed (docs/what-routing-reads.md). Those
 * parts are usually in the agent's or the mail client's language, and a long English quote
 * outweighs a short German question. What mail clients write is recognized by
 * `mail-client-lines.ts`; this module decides what of the message is left.
 */

/** The opening words of a legal disclaimer; the disclaimer runs to the end of the message. */
const DISCLAIMER =
  /^(?:\*+\s*)?(?:CONFIDENTIALITY NOTICE|DISCLAIMER|This (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^.]{0,80})? (?:is|are|may be|contains?) (?:confidential|intended|privileged)|The information (?:contained )?in this (?:e-?mail|message)|Diese (?:E-Mail|Nachricht) (?:enthält|ist) vertrauliche|Vertraulichkeitshinweis|Ce (?:message|courriel|e-mail)(?: et (?:ses|toutes les) pièces jointes)? (?:est|sont|contient|peut contenir) (?:confidentiel|strictement)|AVIS DE CONFIDENTIALITÉ|Este (?:mensaje|correo)(?: electrónico)? (?:y sus anexos )?(?:es|contiene|puede contener) (?:confidencial|información confidencial)|AVISO DE CONFIDENCIALIDAD|Questo (?:messaggio|e-?mail)(?: e i suoi allegati)? (?:è|sono|contiene|può contenere) (?:riservat|informazioni riservate|confidenzial)|Esta mensagem(?: e seus anexos)? (?:é|pode conter|contém) (?:confidencial|informações confidenciais)|Dit (?:e-?mailbericht|bericht)(?: en eventuele bijlagen)? (?:is|kan) vertrouwelijk|Detta (?:e-?post)?meddelande (?:är|kan innehålla) konfidentiell|Ta wiadomość (?:jest|może zawierać) (?:poufn|informacje poufne)|Tato zpráva (?:je|může obsahovat) (?:důvěrn|důvěrné)|Это сообщение (?:является|содержит|может содержать) конфиденциальн|Bu (?:e-?posta|mesaj) (?:gizli|ve ekleri gizli))/i;

/**
 * Disclaimers that open in other words: a line that starts like one ("The information in this
 * email…", "If you are not the intended recipient…", "IMPORTANT: …", "Privileged/Confidential…")
 * and names what disclaimers are about within its first 300 characters.
 */
const DISCLAIMER_OPENING =
  /^\**\s*(?:(?:The )?(?:content|contents|information|material)s? (?:of|in|contained in|transmitted (?:by|in)) this|This (?:e-?mail|email message|message|communication|transmission|electronic mail)|Any (?:views|opinions)|If you (?:are not|have received this)|IMPORTANT|NOTICE|PRIVILEGED|CONFIDENTIAL|Privileged|Confidential|Legal (?:Notice|Disclaimer))\b/;
const DISCLAIMER_TERMS =
  /\b(?:confidential|privileged|intended (?:solely |only )?for|intended recipient|addressee|disclos|unauthori[sz]ed|prohibited|legally protected)/i;

/** How far into a line its opening words and disclaimer terms are looked for. */
const DISCLAIMER_LOOKS = 300;

/**
 * The first words of `DISCLAIMER` and `DISCLAIMER_OPENING`, lowercase. V8 takes milliseconds to
 * compile those patterns, most of a fresh Lambda's first detection, so only a line that starts
 * with one of these words is tested against them.
 */
const DISCLAIMER_FIRST_WORDS = new Set(
  (
    'confidentiality disclaimer this the diese vertraulichkeitshinweis ce avis este aviso questo ' +
    'esta dit detta ta tato это bu content contents information informations material ' +
    'materials any if important notice privileged confidential legal'
  ).split(' '),
);

/** The first word of `line` (up to its first space or sign, lowercase), after spaces and asterisks. */
function firstWord(line: string): string {
  let start = 0;
  while (start < line.length && WORD_GAP.has(line.charCodeAt(start))) start += 1;
  let end = start;
  while (end < line.length && end - start < 30 && isWordCode(line.charCodeAt(end))) end += 1;
  return line.slice(start, end).toLowerCase();
}

/** Spaces, tabs, no-break spaces and asterisks before a first word. */
const WORD_GAP = new Set([0x20, 0x09, 0x0b, 0x0c, 0x0d, 0xa0, 0x2a]);

/** ASCII letters, and any letter beyond Latin-1's signs (Cyrillic "Это" included). */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code >= 0xc0;
}

function isDisclaimer(line: string): boolean {
  if (!DISCLAIMER_FIRST_WORDS.has(firstWord(line))) return false;
  const opening = line.trimStart().slice(0, DISCLAIMER_LOOKS);
  return (
    DISCLAIMER.test(opening) || (DISCLAIMER_OPENING.test(opening) && DISCLAIMER_TERMS.test(opening))
  );
}

/**
 * Banners that mail gateways put above a message from outside the company ("CAUTION: This email
 * originated from outside of the organization…", "[EXTERNAL]"). They are not the customer's words
 * but sit above them, so the paragraph is removed instead of cutting there.
 */
const EXTERNAL_BANNER =
  /^[[(*]*\s*(?:EXTERNAL(?: EMAIL| SENDER| MESSAGE)?|CAUTION|WARNING|ATTENTION|Caution|Warning)\b/;
const BANNER_TERMS =
  /\b(?:outside|external|originated|phishing|do not click|links or open attachments)\b/i;

function isBanner(paragraph: string): boolean {
  if (!EXTERNAL_BANNER.test(paragraph.trimStart())) return false;
  return paragraph.trim().length <= 30 || BANNER_TERMS.test(paragraph);
}

/**
 * The closing of a letter on a line of its own ("Best regards,", "Mit freundlichen Grüßen",
 * "Cordialement"): when one to a few short lines (name, title, company, phone) follow it to the
 * end of the customer's text, they are a signature without the "-- " delimiter, often in English
 * under a customer's own words, and are cut with the closing. A closing with nothing under it
 * ("merci d'avance") is the customer's last sentence and stays.
 */
const VALEDICTION =
  /^(?:(?:best|kind|warm|warmest|many|with kind|with best)?\s*regards|best(?: wishes)?|cheers|thanks(?: (?:again|a lot|in advance))?|thank you(?: (?:very much|in advance))?|many thanks|sincerely|yours(?: sincerely| truly| faithfully)?|respectfully|br|mit freundlichen grüßen|mit freundlichem gruß|freundliche grüße|viele grüße|beste grüße|liebe grüße|lg|mfg|vg|gruß|cordialement|bien cordialement|bien à vous|salutations(?: distinguées)?|merci(?: d'avance| beaucoup)?|saludos(?: cordiales)?|un saludo|atentamente|gracias|cordiali saluti|distinti saluti|saluti|grazie(?: mille)?|atenciosamente|cumprimentos|obrigad[oa]|abraços?|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|med vänliga hälsningar|med vänlig hälsning|vänliga hälsningar|mvh|hälsningar|pozdrawiam(?: serdecznie)?|z poważaniem|s pozdravem|děkuji|lep pozdrav|lp|с уважением|спасибо|з повагою|дякую|saygılarımla|iyi çalışmalar|teşekkürler|trân trọng|cảm ơn|hormat (?:saya|kami)|salam|terima kasih)[\s,.!]*$/i;

/** Lines of a signature block: short, and only a handful of them. */
const SIGNATURE_MAX_LINES = 6;
const SIGNATURE_MAX_LENGTH = 80;
/** Longer lines are no closing. */
const VALEDICTION_MAX_LENGTH = 60;

function isClosingBlock(lines: readonly string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (line.length > VALEDICTION_MAX_LENGTH || !VALEDICTION.test(line)) return false;
  const rest = lines.slice(index + 1).filter((next) => next.trim() !== '');
  return (
    rest.length >= 1 &&
    rest.length <= SIGNATURE_MAX_LINES &&
    rest.every((next) => next.length <= SIGNATURE_MAX_LENGTH && !isQuoted(next))
  );
}

/**
 * A name signed with a dash ("-Abhishek Kona", "- roman") or a "---" line over a short
 * signature, at the end of the customer's text. A dash line inside a list ("- and another") or
 * under a line that announces one ("Look at this:") is the customer's.
 */
const DASH_NAME = /^-{1,3} ?\p{L}[\p{L}.'’]*(?: \p{L}[\p{L}.'’]*){0,2}$/u;
const DASH_LINE = /^-{3}$/;
const DASH_SIGNATURE_MAX_LINES = 4;

function isDashSignature(lines: readonly string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (line.length > 40) return false;
  const named = DASH_NAME.test(line);
  if (!named && !DASH_LINE.test(line)) return false;
  let above = index - 1;
  while (above >= 0 && lines[above]!.trim() === '') above -= 1;
  const before = lines[above]?.trim();
  if (before === undefined || /^[-*•]/.test(before) || before.endsWith(':')) return false;
  const rest = lines.slice(index + 1).filter((next) => next.trim() !== '');
  return (
    (named || rest.length >= 1) &&
    rest.length <= DASH_SIGNATURE_MAX_LINES &&
    rest.every((next) => next.length <= SIGNATURE_MAX_LENGTH && !/^\s*[-*•>]/.test(next))
  );
}

/** A signature delimiter: "-- " on its own line (RFC 3676 §4.3), tolerant of a lost trailing space. */
const SIGNATURE_DELIMITER = /^--\s*$/;

/** `lines` without the paragraphs that are mail-gateway banners. */
function withoutBanners(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (!isBanner(paragraph.join('\n'))) for (const line of paragraph) kept.push(line);
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      kept.push(line);
    } else paragraph.push(line);
  }
  flush();
  return kept;
}

/**
 * The lines above everything that is not the customer's: a separator, a forward line, a device
 * footer, a signature delimiter or a disclaimer ends their text; a reply header or an Outlook
 * header block ends it too, unless the quote under it is marked with ">" and the customer wrote
 * on under it (bottom-posting, inline answers), where their text goes on after the quote.
 */
function ownLines(mail: MailLines): string[] {
  const { lines } = mail;
  const own: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (SIGNATURE_DELIMITER.test(line) || isDisclaimer(line)) break;
    if (mail.isSeparator(i) || mail.isForwardLine(i) || mail.isFooter(i)) break;
    const header = mail.replyHeaderAt(i) ?? mail.headerBlockAt(i);
    if (header === undefined) {
      own.push(line);
      i += 1;
      continue;
    }
    if (header.prefix !== undefined) own.push(header.prefix);
    const after = mail.quoteEnd(header.end);
    if (after === undefined) break;
    i = after;
  }
  return own;
}

/**
 * `lines` up to the signature that closes them, if they end with one. A signature is among the
 * last few lines with text, so only those are looked at.
 */
function withoutSignature(lines: readonly string[]): readonly string[] {
  let from = lines.length;
  for (let seen = 0; from > 1 && seen <= SIGNATURE_MAX_LINES;) {
    from -= 1;
    if (lines[from]!.trim() !== '') seen += 1;
  }
  for (let i = Math.max(1, from); i < lines.length; i += 1) {
    if (isClosingBlock(lines, i) || isDashSignature(lines, i)) return lines.slice(0, i);
  }
  return lines;
}

/** The customer's lines of a message that starts with the quote: answers between ">" lines. */
function inlineAnswers(mail: MailLines): string[] {
  const answers: string[] = [];
  for (let i = 0; i < mail.lines.length;) {
    const header = mail.replyHeaderAt(i) ?? mail.headerBlockAt(i);
    if (header !== undefined) {
      i = header.end;
      continue;
    }
    const line = mail.lines[i]!;
    if (!isQuoted(line) && !mail.isFooter(i) && !mail.isSeparator(i)) answers.push(line);
    i += 1;
  }
  return answers;
}

/**
 * The text routing should look at: `body` without quoted replies, forwarded headers, signatures,
 * device footers and disclaimers. When stripping leaves nothing (a customer who answers inline,
 * between `>` lines) their unquoted lines are kept; when even that is empty the body is
 * returned as is, because their words are in there somewhere.
 *
 * @example
 * customerWords('Meine Bestellung fehlt.\n\nOn Tue, 4 Mar 2025 at 09:12, Acme <a@acme.example> wrote:\n> Thanks!');
 * // → 'Meine Bestellung fehlt.'
 */
export function customerWords(body: string): string {
  const words = ownWords(body);
  return words === '' ? body.trim() : words;
}

/**
 * Like customerWords, but empty when stripping leaves nothing: what an agent's reply may send to
 * a customer, where the quoted agent email must never go out in place of an answer.
 */
export function ownWords(body: string): string {
  // Decomposed accents ("escribio" + U+0301, from macOS and iOS mail) are composed first, so the
  // localized phrases match.
  const composed = /[\u0300-\u036f]/.test(body) ? body.normalize('NFC') : body;
  const mail = new MailLines(withoutBanners(composed.replace(/\r\n?/g, '\n').split('\n')));
  const own = withoutSignature(ownLines(mail)).filter((line) => !isQuoted(line));
  const text = own.join('\n').trim();
  if (text !== '') return text;
  return inlineAnswers(mail).join('\n').trim();
}
