import type { Ticket } from '../ticket/ticket-schema';
import { ackDueAt } from './ack-due';
import { agentRecipient } from './email-recipient';
import { EmailInputError } from './email-input-error';
import { failure, type EmailResult } from './email-message';
import type { EmailConfig, EmailDecision } from './routing-context';
import { subjectLine } from './subject-line';
import { templateFor } from './template-for-languages';
import { ticketEmail } from './ticket-email';
import { ticketFacts } from './ticket-facts';

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
  const recipient = agentRecipient(config, input.previousAgent, 'previousAgent');
  if (recipient instanceof EmailInputError) return failure(recipient);
  const { agent, team, to } = recipient;

  const template = templateFor(agent.entry.languages ?? team.entry.languages);
  const newHolder = [decision.team, decision.agent].filter((part) => part !== null).join(' / ');
  const dueAt = ackDueAt(ticket, decision, config.routing);
  return ticketEmail(to, ticket, template, {
    subject: subjectLine([template.followTheSun.handoverTag], ticket, decision, template),
    greeting: template.agent.greeting(agent.entry.name),
    intro: template.followTheSun.handedAwayIntro(newHolder),
    notes: [],
    facts: ticketFacts({ ticket, decision, template, readerZone: team.entry.timeZone, dueAt }),
    links: [],
    reasons: { heading: template.team.reasonsHeading, items: decision.reasons },
  });
}
