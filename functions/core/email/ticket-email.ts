import type { Ticket } from '../ticket/ticket-schema';
import type { EmailDocument } from './email-document';
import type { EmailResult } from './email-message';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import type { EmailTemplate } from './templates/email-template';
import { customerMessage } from './ticket-facts';

/** What each email about a ticket says of its own; the template and the ticket give the rest. */
export type TicketEmailContent = Omit<EmailDocument, 'locale' | 'colon' | 'message' | 'footer'>;

/**
 * An email about `ticket` to `to`, in `template`'s language: its text and HTML parts from one
 * document, and the customer's own words last.
 */
export function ticketEmail(
  to: string,
  ticket: Ticket,
  template: EmailTemplate,
  content: TicketEmailContent,
): EmailResult {
  const doc: EmailDocument = {
    ...content,
    locale: template.locale,
    colon: template.colon,
    message: customerMessage(ticket, template),
    footer: template.footer,
  };
  return {
    ok: true,
    email: { to, subject: doc.subject, text: renderText(doc), html: renderHtml(doc) },
  };
}
