import PostalMime, { type Address, type Attachment, type Email } from 'postal-mime';
import { convertHtml } from './html-to-text';
import { messageIds } from './message-id';
import { UnparseableEmailError } from './unparseable-email-error';
import { repairWindows1252 } from './windows-1252-repair';

/** A mailbox from an address header; `name` is the decoded display name, `''` when there is none. */
export interface EmailMailbox {
  readonly address: string;
  readonly name: string;
}

/**
 * An attached file as read. A ticket says only that there are some, never their content (a
 * ticket has no place for it); an agent's answer passes the content on (reply-attachments.ts).
 */
export interface EmailAttachment {
  readonly filename: string | undefined;
  /** Lowercase MIME type, e.g. `application/pdf`. */
  readonly mimeType: string;
  /** Decoded size in bytes. */
  readonly size: number;
  /**
   * Referenced from the HTML by its Content-ID: a pasted screenshot or a signature logo, shown
   * inside the message rather than attached to it.
   */
  readonly inline: boolean;
  /** The decoded bytes; only ever held in memory while the mail is handled. */
  readonly content: Uint8Array;
}

/** Where `body` came from: the text part, the HTML part turned into text, or no text at all. */
export type BodySource = 'text' | 'html' | 'none';

/** An RFC 822 message read into what ingest needs; every header value is already decoded. */
export interface InboundEmail {
  /** `Message-ID` without angle brackets. */
  readonly messageId: string | undefined;
  /** `In-Reply-To` ids, in order, without angle brackets. */
  readonly inReplyTo: readonly string[];
  /** `References` ids, oldest first, without angle brackets. */
  readonly references: readonly string[];
  /** The first mailbox of `From` (the first member when it is a group). */
  readonly from: EmailMailbox | undefined;
  readonly sender: EmailMailbox | undefined;
  /** Every mailbox of `Reply-To`, groups flattened. */
  readonly replyTo: readonly EmailMailbox[];
  /** The addresses of `To` and `Cc`, groups flattened: where a reply to an agent email went. */
  readonly recipients: readonly string[];
  readonly subject: string | undefined;
  /** The `Date` header as written, and as an instant when it parses. */
  readonly dateHeader: string | undefined;
  readonly date: Date | undefined;
  /** The first language tag of `Content-Language`, as written. */
  readonly contentLanguage: string | undefined;
  /** The top-level `Content-Type`, lowercase, without parameters: `multipart/report`. */
  readonly contentType: string;
  /** The `report-type` parameter of a `multipart/report` (RFC 6522), lowercase. */
  readonly reportType: string | undefined;
  /** The text the customer sees, line breaks as `\n`, no control characters. */
  readonly body: string;
  readonly bodySource: BodySource;
  /**
   * The part was longer than ingest reads (MAX_PART_CHARS), or its HTML held more text than
   * conversion writes (MAX_CONVERTED_CHARS): `body` is its start, and the ticket says so.
   */
  readonly bodyTruncated: boolean;
  readonly attachments: readonly EmailAttachment[];
  /**
   * Every top-level header by lowercase name, values unfolded but not decoded, in message
   * order; for the headers that mark automatic mail (automatic-email.ts).
   */
  readonly headers: ReadonlyMap<string, readonly string[]>;
}

/** What an integration may hand over: the bytes SES stored, or a string when it has only that. */
export type RawEmail = Uint8Array | ArrayBuffer | string;

function firstMailbox(address: Address | undefined): EmailMailbox | undefined {
  if (address === undefined) return undefined;
  const mailbox = address.group === undefined ? address : address.group[0];
  if (mailbox === undefined || mailbox.address.trim() === '') return undefined;
  return { address: mailbox.address.trim(), name: repairWindows1252(mailbox.name).trim() };
}

function mailboxes(addresses: readonly Address[] | undefined): EmailMailbox[] {
  return (addresses ?? [])
    .flatMap((address) => (address.group === undefined ? [address] : address.group))
    .filter((mailbox) => mailbox.address.trim() !== '')
    .map((mailbox) => ({
      address: mailbox.address.trim(),
      name: repairWindows1252(mailbox.name).trim(),
    }));
}

/** RFC 5322 field names are printable ASCII without spaces or colons. */
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/**
 * Top-level headers by name. A "header" whose name breaks RFC 5322 is how postal-mime reads a
 * first line of prose or binary; it is dropped, so text without a header section is refused.
 */
function headerMap(email: Email): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const header of email.headers) {
    if (!FIELD_NAME.test(header.key)) continue;
    const values = map.get(header.key) ?? [];
    values.push(header.value.trim());
    map.set(header.key, values);
  }
  return map;
}

function attachmentBytes(content: Attachment['content']): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content) : new Uint8Array(content);
}

// C0 controls other than tab and line feed, DEL and the C1 controls windows-1252 leaves
// undefined: never the customer's words, and each would travel as a six-byte \u escape in the
// SQS JSON.
const CONTROL = /(?![\t\n])\p{Cc}/gu;

/** `\r\n` and lone `\r` as `\n`, controls removed, no blank lines around the text. */
export function cleanBody(text: string): string {
  return repairWindows1252(text)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

/**
 * How much of a text or HTML part is read. A ticket keeps at most 192 KiB of text
 * (MAX_EMAIL_BODY_BYTES), so reading further would only cost time and memory: 1 Mi characters
 * leave room for Outlook's HTML, which carries five to ten times its text in markup.
 */
export const MAX_PART_CHARS = 1024 * 1024;
/** How much text the HTML conversion writes: more than a ticket keeps, even after cleaning. */
export const MAX_CONVERTED_CHARS = 256 * 1024;

/** The first `max` characters of a part, never ending inside a character. */
function partStart(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const before = text.charCodeAt(max - 1);
  return { text: text.slice(0, before >= 0xd800 && before <= 0xdbff ? max - 1 : max), cut: true };
}

/**
 * The text part when it has any text; otherwise the HTML turned into text. A blank text part
 * beside real HTML ("view this mail in a browser" generators write one) counts as none.
 */
function bodyOf(email: Email): { body: string; bodySource: BodySource; bodyTruncated: boolean } {
  const plain = partStart(email.text ?? '', MAX_PART_CHARS);
  const text = cleanBody(plain.text);
  if (text.trim() !== '') return { body: text, bodySource: 'text', bodyTruncated: plain.cut };
  const markup = partStart(email.html ?? '', MAX_PART_CHARS);
  const converted = convertHtml(repairWindows1252(markup.text), MAX_CONVERTED_CHARS);
  const html = cleanBody(converted.text);
  if (html.trim() !== '')
    return {
      body: html,
      bodySource: 'html',
      bodyTruncated: markup.cut || converted.truncated,
    };
  return { body: '', bodySource: 'none', bodyTruncated: false };
}

function parsedDate(header: string | undefined): Date | undefined {
  if (header === undefined) return undefined;
  const date = new Date(header);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** RFC 2045: a message without Content-Type is text/plain. */
function contentTypeOf(value: string | undefined): {
  contentType: string;
  reportType: string | undefined;
} {
  const contentType = (value ?? '').split(';')[0]?.trim().toLowerCase() || 'text/plain';
  const reportType = /;\s*report-type\s*=\s*"?([^";\s]+)"?/i.exec(value ?? '')?.[1];
  return { contentType, reportType: reportType?.toLowerCase() };
}

function byteLength(raw: RawEmail): number {
  return typeof raw === 'string' ? raw.length : raw.byteLength;
}

/**
 * Reads a raw RFC 822 message with postal-mime: MIME structure, transfer encodings
 * (quoted-printable, base64), charsets of parts and of RFC 2047 encoded words (UTF-8,
 * ISO-2022-JP, Shift_JIS, windows-1251/1252, KOI8-R, GB2312…, through TextDecoder).
 * Pass the bytes as received: a string is read as UTF-8, which a legacy-charset 8-bit
 * message is not. Rejects with UnparseableEmailError when there is no message to read.
 */
export async function parseInboundEmail(raw: RawEmail): Promise<InboundEmail> {
  if (byteLength(raw) === 0) throw new UnparseableEmailError('is empty');
  let email: Email;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    throw new UnparseableEmailError(`cannot be read as MIME: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const headers = headerMap(email);
  if (headers.size === 0) throw new UnparseableEmailError('has no header section');
  const first = (name: string) => headers.get(name)?.[0];
  const dateHeader = first('date');
  const contentLanguage = first('content-language')?.split(',')[0]?.trim();
  return {
    messageId: messageIds(email.messageId)[0],
    inReplyTo: messageIds(email.inReplyTo),
    references: messageIds(email.references),
    from: firstMailbox(email.from),
    sender: firstMailbox(email.sender),
    replyTo: mailboxes(email.replyTo),
    recipients: mailboxes([...(email.to ?? []), ...(email.cc ?? [])]).map(
      (mailbox) => mailbox.address,
    ),
    subject: email.subject === undefined ? undefined : repairWindows1252(email.subject),
    dateHeader,
    date: parsedDate(dateHeader),
    contentLanguage: contentLanguage === '' ? undefined : contentLanguage,
    ...contentTypeOf(first('content-type')),
    ...bodyOf(email),
    attachments: email.attachments.map((attachment) => {
      const content = attachmentBytes(attachment.content);
      return {
        filename: attachment.filename ?? undefined,
        mimeType: attachment.mimeType,
        size: content.byteLength,
        inline: attachment.related === true,
        content,
      };
    }),
    headers,
  };
}
