import type { Ticket } from '../ticket/ticket-schema';
import { ackDueAt } from './ack-due';
import { teamRecipient } from './email-recipient';
import { EmailInputError } from './email-input-error';
import { zonedAndUtc } from './email-time';
import { failure, type EmailResult } from './email-message';
import type { EmailConfig, EmailDecision } from './routing-context';
import { subjectLine } from './subject-line';
import { templateFor } from './template-for-languages';
import { ticketEmail } from './ticket-email';
import { senderNotes } from './sender-notes';
import { ticketFacts } from './ticket-facts';

export interface EscalationInput {
  readonly ticket: Ticket;
  /** The ticket's current decision: the team whose inbox is told, and who holds it. */
  readonly decision: EmailDecision;
  readonly config: EmailConfig;
}

/**
 * The one email to the team inbox when a ticket is still unacknowledged past
 * `routing.ackWithin[priority]`, written in the team's first language that has a template.
 */
export function renderEscalation(input: EscalationInput): EmailResult {
  const { ticket, decision, config } = input;
  if (decision.team === null)
    return failure(
      new EmailInputError('decision.team', 'is null: no team holds it, so no inbox can be told'),
    );
  const recipient = teamRecipient(config, decision.team, 'decision.team');
  if (recipient instanceof EmailInputError) return failure(recipient);
  const { team, to } = recipient;

  const template = templateFor(team.entry.languages);
  const zone = team.entry.timeZone;
  const dueAt = ackDueAt(ticket.receivedAt, ticket.priority, config.routing);
  const holder = decision.agent ?? team.entry.name ?? team.entry.id;
  return ticketEmail(to, ticket, template, {
    subject: subjectLine([template.followTheSun.escalationTag], ticket, decision, template),
    greeting: template.team.greeting(team.entry.name ?? team.entry.id),
    intro: template.followTheSun.escalationIntro(holder, zonedAndUtc(dueAt, zone, template)),
    notes: senderNotes(decision, template),
    facts: ticketFacts({ ticket, decision, template, readerZone: zone, dueAt }),
    links: [],
    reasons: { heading: template.team.reasonsHeading, items: decision.reasons },
  });
}
