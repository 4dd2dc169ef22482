import type { Ticket } from '../ticket/ticket-schema';
import { ackDueAt } from './ack-due';
import type { EmailDocument } from './email-document';
import { recipientAddress } from './email-address';
import { EmailInputError } from './email-input-error';
import { failure, type EmailResult } from './email-message';
import { languageName } from './language-name';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { findAgent, findTeam, type EmailConfig, type EmailDecision } from './routing-context';
import { subjectLine } from './subject-line';
import { templateFor } from './template-for-languages';
import { customerMessage, ticketFacts } from './ticket-facts';

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
  readonly links?: { readonly acknowledge: string; readonly resolve: string };
}

/** The email that tells the chosen agent about a ticket, in the agent's language (SPEC §6). */
export function renderAgentAssignment(input: AgentAssignmentInput): EmailResult {
  const { ticket, decision, config, links } = input;
  if (decision.agent === null)
    return failure(
      new EmailInputError(
        'decision.agent',
        'is null: a ticket without an agent goes to the team inbox (renderTeamNotice)',
      ),
    );
  const agent = findAgent(config, decision.agent, 'decision.agent');
  if (agent instanceof EmailInputError) return failure(agent);
  const team = findTeam(config, agent.entry.team, `agents[${agent.index}].team`);
  if (team instanceof EmailInputError) return failure(team);
  const to = recipientAddress(
    agent.entry.email,
    `agents[${agent.index}].email`,
    `agent ${agent.entry.id}`,
  );
  if (to instanceof EmailInputError) return failure(to);

  const template = templateFor(agent.entry.languages ?? team.entry.languages);
  const dueAt = ackDueAt(ticket.receivedAt, ticket.priority, config.routing);
  const notes: string[] = [];
  if (input.handedOverFrom !== undefined)
    notes.push(template.followTheSun.handedOverNote(input.handedOverFrom));
  if (decision.needsTranslation)
    notes.push(template.notes.needsTranslation(languageName(decision.language.code, template)));
  if (input.followUp) notes.push(template.notes.followUp);
  if (input.now > dueAt) notes.push(template.notes.overdue);

  const doc: EmailDocument = {
    locale: template.locale,
    colon: template.colon,
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
    message: customerMessage(ticket, template),
    footer: template.footer,
  };
  return {
    ok: true,
    email: { to, subject: doc.subject, text: renderText(doc), html: renderHtml(doc) },
  };
}
