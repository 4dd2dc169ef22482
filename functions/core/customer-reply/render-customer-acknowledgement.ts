import { recipientAddress } from '../email/email-address';
import { EmailInputError } from '../email/email-input-error';
import type { EmailHeader, EmailResult } from '../email/email-message';
import { escapeHtml } from '../email/escape-html';
import { headerText, oneLine } from '../email/header-text';
import { threadHeaders } from '../email/thread-headers';
import type { Ticket } from '../ticket/ticket-schema';
import type { CustomerPromise } from './customer-promise';
import { fillText } from './fill-text';

export interface CustomerAcknowledgementInput {
  readonly ticket: Ticket;
  readonly promise: CustomerPromise;
  /** The sender (`autoReply.from`); absent: the deployment's sender. */
  readonly from?: string;
  readonly brand?: string;
}

const RIGHT_TO_LEFT = /^(ar|he|fa|ur)\b/;
const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;';

/** `Re: <subject>`, once: a subject that already is a reply keeps its prefix. */
function replySubject(ticket: Ticket, fallback: string): string {
  const subject = oneLine(ticket.subject ?? '') || fallback;
  return headerText(/^re\s*:/i.test(subject) ? subject : `Re: ${subject}`);
}

/** What marks the customer's acknowledgement, and only it, among the emails sunroute sends. */
const ACKNOWLEDGEMENT_MARK: EmailHeader = { name: 'Auto-Submitted', value: 'auto-replied' };

/**
 * An email is a customer's acknowledgement: the others (agents', team inboxes') are
 * `auto-generated`, an answer to nothing.
 */
export function isCustomerAcknowledgement(headers: readonly EmailHeader[] = []): boolean {
  return headers.some(
    (header) =>
      header.name.toLowerCase() === ACKNOWLEDGEMENT_MARK.name.toLowerCase() &&
      header.value === ACKNOWLEDGEMENT_MARK.value,
  );
}

/**
 * The header fields that make the acknowledgement an answer in the customer's thread and mark it
 * as automatic (RFC 3834 §3.1.3, §5): `In-Reply-To` and `References` name their mail, and
 * `Auto-Submitted: auto-replied` tells their mail programs and autoresponders not to answer it.
 * `X-Auto-Response-Suppress: All` asks Exchange for the same. threadHeaders checks the ids again:
 * they come from the customer's mail and go into headers.
 */
function replyHeaders(ticket: Ticket, language: string): EmailHeader[] {
  return [
    ACKNOWLEDGEMENT_MARK,
    { name: 'X-Auto-Response-Suppress', value: 'All' },
    { name: 'Content-Language', value: language },
    ...threadHeaders(ticket.mail ?? {}),
  ];
}

/**
 * The email acknowledgement of a customer's mail: in their language, threaded as a reply to
 * their mail, with the ticket's reference and when they will hear back. It quotes nothing of
 * theirs (RFC 3834 §3.1.8): an automatic answer that echoes the mail would let anyone who forges
 * a sender relay text through sunroute.
 */
export function renderCustomerAcknowledgement(input: CustomerAcknowledgementInput): EmailResult {
  const { ticket, promise } = input;
  const to = recipientAddress(ticket.customer.email, 'ticket.customer.email', 'the customer');
  if (to instanceof EmailInputError) return { ok: false, error: to };
  const { texts } = promise;
  const brand = input.brand ?? '';
  const name = oneLine(ticket.customer.name ?? '');
  const greeting = name ? fillText(texts.greeting, { name }) : texts.greetingNoName;
  const [received = '', ...rest] = promise.sentences;
  const when = rest.join(/^(ja|zh)/.test(promise.locale) ? '' : ' ');
  const signOff = brand ? fillText(texts.signOff, { brand }) : texts.signOffNoBrand;
  const paragraphs = [greeting, received, when, fillText(texts.footer, { brand }), signOff].filter(
    (paragraph) => paragraph !== '',
  );
  const subject = replySubject(ticket, fillText(texts.subjectFallback, { brand }));
  const dir = RIGHT_TO_LEFT.test(promise.locale) ? ' dir="rtl"' : '';
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(promise.locale)}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:16px;color:#1f2328;">
${paragraphs.map((paragraph) => `<p style="${FONT}margin:0 0 14px;">${escapeHtml(paragraph)}</p>`).join('\n')}
</body>
</html>
`;
  return {
    ok: true,
    email: {
      to,
      subject,
      text: `${paragraphs.join('\n\n')}\n`,
      html,
      ...(input.from === undefined ? {} : { from: input.from }),
      headers: replyHeaders(ticket, promise.language),
    },
  };
}
