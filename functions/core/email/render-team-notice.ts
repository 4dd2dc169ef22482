import type { Ticket } from '../ticket/ticket-schema';
import { ackDueAt } from './ack-due';
import { teamRecipient } from './email-recipient';
import { EmailInputError } from './email-input-error';
import { failure, type EmailResult } from './email-message';
import { localTime, zonedAndUtc } from './email-time';
import { languageName } from './language-name';
import { senderNotes } from './sender-notes';
import type { EmailConfig, EmailDecision } from './routing-context';
import { subjectLine } from './subject-line';
import { templateFor } from './template-for-languages';
import { ticketEmail } from './ticket-email';
import { ticketFacts } from './ticket-facts';

export interface TeamNoticeInput {
  readonly ticket: Ticket;
  readonly decision: EmailDecision;
  readonly config: EmailConfig;
  /** When the email is rendered (epoch ms): a ticket already past its deadline says so. */
  readonly now: number;
}

/**
 * The email to a team inbox when nobody in particular has the ticket (docs/routing.md): it is
 * queued for the team until its shift starts, or assigned to the team because no agent is eligible.
 * Written in the first of the team's languages that has a template, else English.
 */
export function renderTeamNotice(input: TeamNoticeInput): EmailResult {
  const { ticket, decision, config } = input;
  if (decision.team === null)
    return failure(
      new EmailInputError('decision.team', 'is null: no team was chosen, so no inbox can be told'),
    );
  if (decision.status === 'assigned' && decision.agent !== null)
    return failure(
      new EmailInputError(
        'decision.agent',
        `is ${JSON.stringify(decision.agent)}: an agent's assignment goes to the agent (renderAgentAssignment)`,
      ),
    );
  const queuedUntil =
    decision.status === 'queued' && decision.queuedUntil !== null
      ? Date.parse(decision.queuedUntil)
      : null;
  if (decision.status === 'queued' && queuedUntil === null)
    return failure(
      new EmailInputError('decision.queuedUntil', 'is null: a queued ticket must say until when'),
    );
  const recipient = teamRecipient(config, decision.team, 'decision.team');
  if (recipient instanceof EmailInputError) return failure(recipient);
  const { team, to } = recipient;

  const template = templateFor(team.entry.languages);
  const zone = team.entry.timeZone;
  const dueAt = ackDueAt(ticket.receivedAt, ticket.priority, config.routing);
  const notes = senderNotes(decision, template);
  if (decision.needsTranslation)
    notes.push(template.notes.needsTranslation(languageName(decision.language.code, template)));
  if (input.now > dueAt) notes.push(template.notes.overdue);
  else if (queuedUntil !== null && queuedUntil > dueAt) notes.push(template.notes.dueBeforeShift);

  const facts = ticketFacts({ ticket, decision, template, readerZone: zone, dueAt });
  return ticketEmail(to, ticket, template, {
    subject: subjectLine(
      [queuedUntil === null ? template.team.unassignedTag : template.team.queuedTag],
      ticket,
      decision,
      template,
    ),
    greeting: template.team.greeting(team.entry.name ?? team.entry.id),
    intro:
      queuedUntil === null
        ? template.team.unassignedIntro
        : template.team.queuedIntro(localTime(queuedUntil, zone, template)),
    notes,
    facts:
      queuedUntil === null
        ? facts
        : [
            { label: template.labels.queuedUntil, value: zonedAndUtc(queuedUntil, zone, template) },
            ...facts,
          ],
    links: [],
    reasons: { heading: template.team.reasonsHeading, items: decision.reasons },
  });
}
