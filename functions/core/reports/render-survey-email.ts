import { recipientAddress } from '../email/email-address';
import { EmailInputError } from '../email/email-input-error';
import type { EmailHeader, EmailResult } from '../email/email-message';
import { escapeHtml } from '../email/escape-html';
import { headerText, oneLine } from '../email/header-text';
import { threadHeaders } from '../email/thread-headers';
import type { Ticket } from '../ticket/ticket-schema';
import { surveyLanguage, surveyTexts } from './survey-texts';

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;';

/** In the customer's thread (In-Reply-To, References) and marked automatic (RFC 3834). */
function surveyHeaders(ticket: Ticket, language: string): EmailHeader[] {
  return [
    { name: 'Auto-Submitted', value: 'auto-generated' },
    { name: 'X-Auto-Response-Suppress', value: 'All' },
    { name: 'Content-Language', value: language },
    ...threadHeaders(ticket.mail ?? {}),
  ];
}

/**
 * The survey email after a resolution: one question in the customer's language, a link per
 * score to the survey page (which still asks for a POST), in the customer's thread. It quotes
 * nothing of the customer's mail.
 */
export function renderSurveyEmail(input: {
  readonly ticket: Ticket;
  readonly language: string;
  readonly url: string;
  readonly from?: string;
}): EmailResult {
  const { ticket } = input;
  const to = recipientAddress(ticket.customer.email, 'ticket.customer.email', 'the customer');
  if (to instanceof EmailInputError) return { ok: false, error: to };
  const language = surveyLanguage(input.language);
  const texts = surveyTexts(language);
  const original = oneLine(ticket.subject ?? '');
  const subject = headerText(
    original ? `Re: ${original.replace(/^re\s*:\s*/i, '')}` : texts.subject,
  );
  const scale = texts.scale.map((label, index) => `${index + 1} – ${label}`).join('\n');
  const text = `${texts.question}\n\n${texts.intro}\n${input.url}\n\n${scale}\n`;
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head><meta charset="utf-8"><title>${escapeHtml(texts.question)}</title></head>
<body style="margin:0;padding:16px;color:#1f2328;">
<p style="${FONT}font-size:20px;font-weight:bold;">${escapeHtml(texts.question)}</p>
<p style="${FONT}">${escapeHtml(texts.intro)}</p>
<p style="${FONT}"><a href="${escapeHtml(input.url)}">${escapeHtml(texts.linkText)}</a></p>
</body>
</html>
`;
  return {
    ok: true,
    email: {
      to,
      subject,
      text,
      html,
      ...(input.from === undefined ? {} : { from: input.from }),
      headers: surveyHeaders(ticket, language),
    },
  };
}
