import type { Ticket } from '../ticket/ticket-schema';
import { ackDueAt } from './ack-due';
import { agentRecipient } from './email-recipient';
import { EmailInputError } from './email-input-error';
import { failure, type EmailResult } from './email-message';
import { languageName } from './language-name';
import { senderNotes } from './sender-notes';
import type { EmailConfig, EmailDecision } from './routing-context';
import { subjectLine } from './subject-line';
import { templateFor } from './template-for-languages';
import { ticketEmail } from './ticket-email';
import { ticketFacts } from './ticket-facts';

export interface AgentAssignmentInput {
  readonly ticket: Ticket;
  readonly decision: EmailDecision;
  readonly config: EmailConfig;
  /** When the email is rendered (epoch ms): a ticket already past its deadline says so. */
  readonly now: number;
  /** The ticket continues a thread already known, so the agent should read its history first. */
  readonly followUp?: boolean;
  /** The ticket comes from another team whose shift ended before anyone acknowledged it. */
  readonly handedOverFrom?: string;
  /** Where the agent acknowledges and resolves the ticket; the buttons are left out without them. */
  /** The ticket's reply address when the email has no links to carry it. */
  readonly replyTo?: string;
  readonly links?: {
    readonly acknowledge: string;
    readonly resolve: string;
    /** The ticket's signed reply address: the agent's answer to the email reaches the customer. */
    readonly replyTo?: string;
  };
}

/**
 * The email that tells the chosen agent about a ticket, in the agent's language (docs/routing.md).
 */
export function renderAgentAssignment(input: AgentAssignmentInput): EmailResult {
  const { ticket, decision, config, links } = input;
  const replyTo = input.replyTo ?? links?.replyTo;
  if (decision.agent === null)
    return failure(
      new EmailInputError(
        'decision.agent',
        'is null: a ticket without an agent goes to the team inbox (renderTeamNotice)',
      ),
    );
  const recipient = agentRecipient(config, decision.agent, 'decision.agent');
  if (recipient instanceof EmailInputError) return failure(recipient);
  const { agent, team, to } = recipient;

  const template = templateFor(agent.entry.languages ?? team.entry.languages);
  const dueAt = ackDueAt(ticket, decision, config.routing);
  const notes = senderNotes(decision, template);
  if (input.handedOverFrom !== undefined)
    notes.push(template.followTheSun.handedOverNote(input.handedOverFrom));
  if (decision.needsTranslation)
    notes.push(template.notes.needsTranslation(languageName(decision.language.code, template)));
  if (input.followUp) notes.push(template.notes.followUp);
  if (input.now > dueAt) notes.push(template.notes.overdue);
  if (replyTo !== undefined) notes.push(template.notes.replyToAnswer);

  const email = ticketEmail(to, ticket, template, {
    subject: subjectLine(
      [
        ...(input.handedOverFrom === undefined ? [] : [template.followTheSun.handoverTag]),
        ...(input.followUp ? [template.agent.followUpTag] : []),
      ],
      ticket,
      decision,
      template,
    ),
    greeting: template.agent.greeting(agent.entry.name),
    intro: template.agent.intro,
    notes,
    facts: ticketFacts({ ticket, decision, template, readerZone: team.entry.timeZone, dueAt }),
    links: links
      ? [
          { label: template.links.acknowledge, href: links.acknowledge },
          { label: template.links.resolve, href: links.resolve },
        ]
      : [],
    reasons: { heading: template.agent.reasonsHeading, items: decision.reasons },
  });
  // Answering the email answers the customer (docs/agents.md).
  return email.ok && replyTo !== undefined
    ? { ok: true, email: { ...email.email, replyTo } }
    : email;
}
