import * as z from 'zod';
import { fieldErrorsFromZod, type FieldError } from '../validation/field-error';
import { countryCode, email, instant, stringRule, timeZone } from '../validation/field-rules';

export const CHANNELS = ['email', 'chat', 'web', 'phone', 'social'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/** A receiving mail server's verdict on one check, as SES reports it (lower-cased). */
export const VERDICTS = ['pass', 'fail', 'gray', 'processing-failed'] as const;

export type Priority = (typeof PRIORITIES)[number];

/** SQS allows 256 KiB per message, so no body beyond that can ever arrive on the queue. */
export const MAX_BODY_BYTES = 256 * 1024;

// Integrations often send `null` for what they do not know; it means the same as absent.
function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, field]) =>
      field === null ? [] : [[key, withoutNulls(field)]],
    ),
  );
}

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value.replace(/_/g, '-')).length === 1;
  } catch {
    return false;
  }
}

const PHONE = /^[+(]?[\d\s().\-/]{3,30}$/;

const customerSchema = z.object({
  id: z.string().min(1, 'must not be empty').max(256, 'is longer than 256 characters').optional(),
  name: z.string().max(256, 'is longer than 256 characters').optional(),
  email: email.optional(),
  phone: stringRule((value) => PHONE.test(value.trim()), 'is not a phone number').optional(),
  country: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(countryCode)
    .optional(),
  timeZone: timeZone.optional(),
  locale: stringRule(isLocale, 'is not a BCP 47 locale (e.g. de-DE)').optional(),
});

const verdict = z.enum(VERDICTS);
const verdictsSchema = z.object({
  spf: verdict.optional(),
  dkim: verdict.optional(),
  dmarc: verdict.optional(),
  spam: verdict.optional(),
});
export type EmailVerdicts = z.output<typeof verdictsSchema>;

/** A message id without its angle brackets: printable ASCII, no spaces, no brackets. */
const messageId = z
  .string()
  .min(1, 'must not be empty')
  .max(998, 'is longer than 998 characters')
  .regex(
    /^[\x21-\x3B\x3D\x3F-\x7E]+$/,
    'is not a message id (printable ASCII without spaces or angle brackets)',
  );

/**
 * What an email ticket's own mail said about replying to it: its ids, so an answer joins the
 * customer's thread, and why it asked for no automatic answer, if it did.
 */
const mailSchema = z.object({
  /** `Message-ID`, without angle brackets. */
  messageId: messageId.optional(),
  /** `References` (then `In-Reply-To`) ids, oldest first, without angle brackets. */
  references: z.array(messageId).max(50, 'has more than 50 ids').optional(),
  /** The header that asked for no automatic reply (`X-Auto-Response-Suppress: All`, `List-Id`). */
  autoReplySuppressed: z.string().max(300, 'is longer than 300 characters').optional(),
  /**
   * Where SES receiving stored the raw mail (its object key in the mail bucket), so that the
   * customer's mail can be found and erased with their ticket (docs/privacy.md).
   */
  rawKey: z.string().min(1).max(1024, 'is longer than 1024 characters').optional(),
});

/**
 * The ticket message of docs/ticket-format.md, version 1. Unknown fields are dropped, not refused:
 * integrations add their own, and refusing them would dead-letter real customers' tickets.
 */
export const ticketSchema = z.preprocess(
  withoutNulls,
  z.object({
    id: z.string().min(1, 'must not be empty').max(256, 'is longer than 256 characters'),
    channel: z.enum(CHANNELS).optional(),
    receivedAt: instant,
    subject: z.string().max(2048, 'is longer than 2048 characters').optional(),
    body: z.string().refine((value) => Buffer.byteLength(value, 'utf8') <= MAX_BODY_BYTES, {
      message: `is larger than ${MAX_BODY_BYTES / 1024} KiB`,
    }),
    customer: customerSchema.default({}),
    priority: z.enum(PRIORITIES).default('normal'),
    threadId: z
      .string()
      .min(1, 'must not be empty')
      .max(256, 'is longer than 256 characters')
      .optional(),
    tags: z
      .array(z.string().max(128, 'is longer than 128 characters'))
      .max(50, 'has more than 50 tags')
      .optional(),
    // Inbound email only: what the receiving server found out about the sender (docs/ingest.md,
    // "Sender verification"). Absent when nobody checked.
    verdicts: verdictsSchema.optional(),
    mail: mailSchema.optional(),
  }),
);

export type Ticket = z.output<typeof ticketSchema>;
export type TicketCustomer = Ticket['customer'];

export type TicketResult = { ok: true; ticket: Ticket } | { ok: false; errors: FieldError[] };

export function parseTicket(value: unknown): TicketResult {
  const parsed = ticketSchema.safeParse(value, { reportInput: true });
  return parsed.success
    ? { ok: true, ticket: parsed.data }
    : { ok: false, errors: fieldErrorsFromZod(parsed.error) };
}

/** A raw SQS body: JSON first (an error at `$` when it is not), then the schema. */
export function parseTicketJson(text: string): TicketResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '$', message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  return parseTicket(value);
}
