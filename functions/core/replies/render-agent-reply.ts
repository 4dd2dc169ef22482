import { recipientAddress } from '../email/email-address';
import { EmailInputError } from '../email/email-input-error';
import type { EmailResult } from '../email/email-message';
import { escapeHtml } from '../email/escape-html';
import { headerText, oneLine } from '../email/header-text';
import { threadHeaders, type CustomerMailIds } from '../email/thread-headers';
import type { Ticket } from '../ticket/ticket-schema';

export interface AgentReplyInput {
  readonly ticket: Ticket;
  /** The agent's display name, shown with the support address. */
  readonly agentName: string;
  /** The support address the answer comes from: the address customers write to. */
  readonly supportAddress: string;
  /** The agent's own words. */
  readonly words: string;
  /** The customer's latest mail; the ticket's own mail when they have not written since. */
  readonly lastCustomerMail: CustomerMailIds;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;';

/**
 * A display name as a header wants it: a quoted string when it is ASCII, RFC 2047 base64 of its
 * UTF-8 otherwise, so SES takes "Jürgen Ötztal" as readily as "Jonas".
 */
export function displayName(name: string): string {
  const clean = oneLine(name).slice(0, 100);
  if (/^[\x20-\x7E]*$/.test(clean)) return `"${clean.replace(/["\\]/g, '')}"`;
  return `=?UTF-8?B?${Buffer.from(clean, 'utf8').toString('base64')}?=`;
}

/**
 * The agent's answer as the customer receives it: from the support address under the agent's
 * name, `Re:` their subject, in their thread, with the agent's words and nothing of the agent
 * email. Written by a person: `Auto-Submitted: no`, so the customer's mail program treats it as
 * any answer (and their out-of-office may answer it, as it would any support mail).
 */
export function renderAgentReply(input: AgentReplyInput): EmailResult {
  const { ticket } = input;
  const to = recipientAddress(ticket.customer.email, 'ticket.customer.email', 'the customer');
  if (to instanceof EmailInputError) return { ok: false, error: to };
  const from = recipientAddress(input.supportAddress, 'replies.supportAddress', 'the support');
  if (from instanceof EmailInputError) return { ok: false, error: from };
  const subjectText = oneLine(ticket.subject ?? '') || `Ticket ${ticket.id}`;
  const subject = headerText(/^re\s*:/i.test(subjectText) ? subjectText : `Re: ${subjectText}`);
  const paragraphs = input.words.split(/\n{2,}/);
  const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:16px;color:#1f2328;">
${paragraphs.map((paragraph) => `<p style="${FONT}margin:0 0 14px;">${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`).join('\n')}
</body>
</html>
`;
  return {
    ok: true,
    email: {
      to,
      subject,
      text: `${input.words}\n`,
      html,
      from: `${displayName(input.agentName)} <${from}>`,
      headers: [{ name: 'Auto-Submitted', value: 'no' }, ...threadHeaders(input.lastCustomerMail)],
    },
  };
}
