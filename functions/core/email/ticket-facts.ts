import type { Ticket } from '../ticket/ticket-schema';
import type { EmailDocument, EmailFact } from './email-document';
import { zonedAndUtc, zonedTime } from './email-time';
import { oneLine } from './header-text';
import { languageName } from './language-name';
import { kibibytes } from '../text/text-cut';
import { messageExcerpt } from './message-excerpt';
import type { EmailDecision } from './routing-context';
import type { EmailTemplate } from './templates/email-template';

export interface TicketFactsInput {
  readonly ticket: Ticket;
  readonly decision: EmailDecision;
  readonly template: EmailTemplate;
  /** The reader's team zone: times are shown on the clock the reader lives by, then in UTC. */
  readonly readerZone: string;
  readonly dueAt: number;
}

// Name and address are one-lined: a line break in them could fake further facts in the text part.
function customer(ticket: Ticket, template: EmailTemplate): string {
  const name = oneLine(ticket.customer.name ?? '');
  const email = ticket.customer.email ? oneLine(ticket.customer.email) : '';
  if (name && email) return `${name} <${email}>`;
  return name || email || template.unknownName;
}

// Only the customer's own zone is shown: their country may span zones, so guessing would mislead.
function customerTime(ticket: Ticket, receivedMs: number, template: EmailTemplate): string {
  const zone = ticket.customer.timeZone;
  return zone ? zonedTime(receivedMs, zone, template) : template.unknownZone;
}

/** The facts about the ticket both the agent and the team need, in reading order. */
export function ticketFacts(input: TicketFactsInput): EmailFact[] {
  const { ticket, decision, template, readerZone } = input;
  const { labels } = template;
  const receivedMs = Date.parse(ticket.receivedAt);
  const { language, region } = decision;
  const facts: EmailFact[] = [
    { label: labels.customer, value: customer(ticket, template) },
    { label: labels.customerTime, value: customerTime(ticket, receivedMs, template) },
    { label: labels.received, value: zonedAndUtc(receivedMs, readerZone, template) },
    { label: labels.due, value: zonedAndUtc(input.dueAt, readerZone, template) },
    { label: labels.priority, value: template.priority[ticket.priority] },
    {
      label: labels.language,
      value: `${language.code} – ${languageName(language.code, template)}`,
    },
    {
      label: labels.region,
      value: region.country ? `${region.code} (${region.country})` : region.code,
    },
  ];
  if (ticket.channel)
    facts.push({ label: labels.channel, value: template.channel[ticket.channel] });
  if (ticket.tags?.length)
    facts.push({ label: labels.tags, value: ticket.tags.map(oneLine).join(', ') });
  facts.push({ label: labels.ticketId, value: oneLine(ticket.id) });
  if (ticket.threadId) facts.push({ label: labels.threadId, value: oneLine(ticket.threadId) });
  return facts;
}

/**
 * The customer's subject and body as they wrote them; only the subject is kept to one line. A body
 * longer than an email may carry is shown up to MAX_EMAIL_MESSAGE_CHARS, with a note saying so.
 */
export function customerMessage(ticket: Ticket, template: EmailTemplate): EmailDocument['message'] {
  const excerpt = messageExcerpt(ticket.body);
  return {
    heading: template.messageHeading,
    subjectLabel: template.subjectLabel,
    subject: oneLine(ticket.subject ?? '') || template.noSubject,
    body: excerpt.shortened
      ? `${excerpt.text}\n\n${template.messageShortened(kibibytes(excerpt.shownBytes), kibibytes(excerpt.totalBytes))}`
      : excerpt.text,
  };
}
