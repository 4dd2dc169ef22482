import { headerText, oneLine } from './header-text';
import type { EmailDecision } from './routing-context';
import type { EmailTemplate } from './templates/email-template';
import type { Ticket } from '../ticket/ticket-schema';

/**
 * `[sunroute] URGENT · de · EU · Bestellung nicht angekommen`: what an inbox list needs to sort
 * by, then the customer's subject; made header-safe as a whole, since it carries customer text.
 */
export function subjectLine(
  tags: readonly string[],
  ticket: Pick<Ticket, 'subject' | 'priority'>,
  decision: Pick<EmailDecision, 'language' | 'region'>,
  template: EmailTemplate,
): string {
  const customerSubject = oneLine(ticket.subject ?? '');
  const parts = [
    ...tags,
    template.priority[ticket.priority],
    decision.language.code,
    decision.region.code,
    customerSubject || template.noSubject,
  ];
  return headerText(`[sunroute] ${parts.join(' · ')}`);
}
