import type { Ticket } from '../ticket/ticket-schema';
import { ackDueAt } from './ack-due';
import type { EmailDocument } from './email-document';
import { recipientAddress } from './email-address';
import { EmailInputError } from './email-input-error';
import { failure, type EmailResult } from './email-message';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { findAgent, findTeam, type EmailConfig, type EmailDecision } from './routing-context';
import { subjectLine } from './subject-line';
import { templateFor } from './template-for-languages';
import { customerMessage, ticketFacts } from './ticket-facts';

export interface HandoverNoticeInput {
  readonly ticket: Ticket;
  /** The new decision: where the ticket went. */
  readonly decision: EmailDecision;
  readonly config: EmailConfig;
  /** The agent who had the ticket and is told it is no longer theirs. */
  readonly previousAgent: string;
}

/**
 * The email to the agent whose shift ends with an unacknowledged ticket: where it went, so the
 * agent does not start on it and nobody works it twice. In the previous agent's language.
 */
export function renderHandoverNotice(input: HandoverNoticeInput): EmailResult {
  const { ticket, decision, config } = input;
  const agent = findAgent(config, input.previousAgent, 'previousAgent');
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
  const newHolder = [decision.team, decision.agent].filter((part) => part !== null).join(' / ');
  const dueAt = ackDueAt(ticket.receivedAt, ticket.priority, config.routing);
  const doc: EmailDocument = {
    locale: template.locale,
    colon: template.colon,
    subject: subjectLine([template.followTheSun.handoverTag], ticket, decision, template),
    greeting: template.agent.greeting(agent.entry.name),
    intro: template.followTheSun.handedAwayIntro(newHolder),
    notes: [],
    facts: ticketFacts({ ticket, decision, template, readerZone: team.entry.timeZone, dueAt }),
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
