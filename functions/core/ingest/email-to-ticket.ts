import { createHash } from 'node:crypto';
import { oneLine } from '../email/header-text';
import { EMAIL_NAMESPACE, namespacedId } from '../ticket/ticket-id';
import { parseTicket, type EmailVerdicts, type Ticket } from '../ticket/ticket-schema';
import { email as emailRule } from '../validation/field-rules';
import { emailCustomer, isNoReplyAddress, type CustomerSource } from './email-customer';
import { EmailTicketInvalidError } from './email-ticket-invalid-error';
import { messageIdKey, threadRootId } from './message-id';
import type { BodySource, InboundEmail } from './parse-inbound-email';
import { ReceiveTimeError } from './receive-time-error';
import { SenderAddressError } from './sender-address-error';
import { MAX_EMAIL_BODY_BYTES, truncateBody, truncateText } from './truncate-text';

/** The ticket schema's limits for the subject and the customer's name (ticket-schema.ts). */
const MAX_SUBJECT_LENGTH = 2048;
const MAX_NAME_LENGTH = 256;
/** RFC 5321 §4.5.3.1.3: no deliverable address is longer (and customer.id allows 256). */
const MAX_ADDRESS_LENGTH = 254;

const SOURCE_HEADER: Readonly<Record<CustomerSource, string>> = {
  from: 'From',
  'reply-to': 'Reply-To',
  sender: 'Sender',
};

/** Every email ticket carries this tag, so agents and filters can tell the channel at a glance. */
export const EMAIL_TAG = 'email';
/** Added when the mail has attachments, which the ticket lists nowhere else (they stay in the mail). */
export const ATTACHMENTS_TAG = 'attachments';

export interface EmailTicketOptions {
  /**
   * When the mail arrived, as a Date or epoch milliseconds: SES's receipt timestamp in AWS, the
   * injected clock locally. Routing decides by this instant (docs/calendar.md).
   */
  readonly receivedAt?: Date | number;
  /**
   * Without `receivedAt`, take the mail's `Date` header (replaying a saved .eml). Off unless
   * asked: the Date header is the sender's clock, and it can be wrong by hours or forged.
   */
  readonly dateHeaderFallback?: boolean;
  /**
   * What the receiving mail server found out about the sender (SES's receipt, or the posting
   * gateway's `Sunroute-Mail-Verdicts`); routing decides from them whether to trust the `From`.
   */
  readonly verdicts?: EmailVerdicts;
}

/** The ticket, and what was decided on the way, for the ingest log line. */
export interface EmailTicket {
  readonly ticket: Ticket;
  readonly customerSource: CustomerSource;
  readonly bodySource: BodySource;
  /** The body was cut to MAX_EMAIL_BODY_BYTES; the marker at its end says so to the agent. */
  readonly truncated: boolean;
}

function receivedAtOf(email: InboundEmail, options: EmailTicketOptions): string {
  const { receivedAt } = options;
  if (receivedAt !== undefined) {
    const instant = new Date(receivedAt);
    if (Number.isNaN(instant.getTime()))
      throw new ReceiveTimeError(`${String(receivedAt)} is not a valid instant`);
    return instant.toISOString();
  }
  if (options.dateHeaderFallback !== true)
    throw new ReceiveTimeError('was not given and the Date header fallback was not asked for');
  if (email.date !== undefined) return email.date.toISOString();
  throw new ReceiveTimeError(
    email.dateHeader === undefined
      ? 'was not given and the mail has no Date header'
      : 'was not given and the Date header is not a date',
  );
}

/**
 * A mail without Message-ID still needs a stable id, or a redelivery would become a second
 * ticket (docs/guarantees.md). Its content decides it: the same mail delivered twice (different
 * Received lines, same author, date, subject and text) gets the same id. 128 bits of SHA-256 make a
 * collision between different mails out of reach.
 */
function contentId(email: InboundEmail): string {
  const content = JSON.stringify([
    email.from?.address ?? email.sender?.address ?? '',
    email.dateHeader ?? '',
    email.subject ?? '',
    email.body,
  ]);
  return namespacedId(
    EMAIL_NAMESPACE,
    `content-${createHash('sha256').update(content).digest('hex').slice(0, 32)}`,
  );
}

/** The first Content-Language tag in canonical form (`de-de` → `de-DE`); none when invalid. */
function localeOf(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The ticket (docs/ticket-format.md) for a mail that is not automatic (check automaticEmail first).
 * Throws SenderAddressError when there is no usable sender, ReceiveTimeError without a receive
 * instant, EmailTicketInvalidError if the result still breaks the schema.
 *
 * - `id`: `email:` and the Message-ID without brackets (exactly as written; ids are
 *   case-sensitive), a digest when too long, `email:content-<hash>` when absent.
 * - `threadId`: the root of the conversation (message-id.ts), so every reply shares one, in the
 *   same namespace.
 * - `customer`: see email-customer.ts; `id` is the lowercased address so a customer's next mail
 *   keeps their agent while one is open (docs/routing.md) — except for a no-reply address, which is
 *   many people; `locale` from Content-Language.
 * - `body`: the text (or HTML as text), cut with a marker beyond MAX_EMAIL_BODY_BYTES.
 * - `subject` and `name`: one line, cut to the schema's limits, so a long one never refuses a mail.
 */
export function emailToTicket(email: InboundEmail, options: EmailTicketOptions): EmailTicket {
  const customer = emailCustomer(email);
  if (customer === undefined) throw new SenderAddressError('From', 'is missing (and so is Sender)');
  const header = SOURCE_HEADER[customer.source];
  const address = customer.mailbox.address;
  if (!emailRule.safeParse(address).success)
    throw new SenderAddressError(header, 'is not an email address');
  if (address.length > MAX_ADDRESS_LENGTH)
    throw new SenderAddressError(header, `is longer than ${MAX_ADDRESS_LENGTH} characters`);

  const receivedAt = receivedAtOf(email, options);
  const id = email.messageId === undefined ? contentId(email) : messageIdKey(email.messageId);
  // A mail with no Message-ID nor parent starts its own thread, under its own id.
  const root = threadRootId(email.references, email.inReplyTo, email.messageId);
  const threadId = root === undefined ? id : messageIdKey(root);
  const subject = truncateText(oneLine(email.subject ?? ''), MAX_SUBJECT_LENGTH);
  const name = truncateText(oneLine(customer.mailbox.name), MAX_NAME_LENGTH);
  const locale = localeOf(email.contentLanguage);
  const { body, truncated } = truncateBody(email.body, MAX_EMAIL_BODY_BYTES, email.bodyTruncated);
  const attached = email.attachments.some((attachment) => !attachment.inline);

  const result = parseTicket({
    id,
    channel: 'email',
    receivedAt,
    ...(subject === '' ? {} : { subject }),
    body,
    customer: {
      ...(isNoReplyAddress(address) ? {} : { id: address.toLowerCase() }),
      email: address,
      ...(name === '' ? {} : { name }),
      ...(locale === undefined ? {} : { locale }),
    },
    threadId,
    tags: attached ? [EMAIL_TAG, ATTACHMENTS_TAG] : [EMAIL_TAG],
    ...(options.verdicts === undefined || Object.keys(options.verdicts).length === 0
      ? {}
      : { verdicts: options.verdicts }),
  });
  if (!result.ok) throw new EmailTicketInvalidError(result.errors);
  return {
    ticket: result.ticket,
    customerSource: customer.source,
    bodySource: email.bodySource,
    truncated,
  };
}
