import type { Ticket } from '../ticket/ticket-schema';
import { ackDueAt } from './ack-due';
import type { EmailDocument } from './email-document';
import { recipientAddress } from './email-address';
import { EmailInputError } from './email-input-error';
import { zonedAndUtc } from './email-time';
import { failure, type EmailResult } from './email-message';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { findTeam, type EmailConfig, type EmailDecision } from './routing-context';
import { subjectLine } from './subject-line';
import { templateFor } from './template-for-languages';
import { customerMessage, ticketFacts } from './ticket-facts';

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
  const team = findTeam(config, decision.team, 'decision.team');
  if (team instanceof EmailInputError) return failure(team);
  const to = recipientAddress(
    team.entry.email,
    `teams[${team.index}].email`,
    `team ${team.entry.id}`,
  );
  if (to instanceof EmailInputError) return failure(to);

  const template = templateFor(team.entry.languages);
  const zone = team.entry.timeZone;
  const dueAt = ackDueAt(ticket.receivedAt, ticket.priority, config.routing);
  const holder = decision.agent ?? team.entry.name ?? team.entry.id;
  const doc: EmailDocument = {
    locale: template.locale,
    colon: template.colon,
    subject: subjectLine([template.followTheSun.escalationTag], ticket, decision, template),
    greeting: template.team.greeting(team.entry.name ?? team.entry.id),
    intro: template.followTheSun.escalationIntro(holder, zonedAndUtc(dueAt, zone, template)),
    notes: [],
    facts: ticketFacts({ ticket, decision, template, readerZone: zone, dueAt }),
    links: [],
    reasons: { heading: template.team.reasonsHeading, items: decision.reasons },
    message: customerMessage(ticket, template),
    footer: template.footer,
  };
  return {
    ok: true,
    email: { to, subject: doc.subject, text: renderText(doc), html: renderHtml(doc) },
  };
}
