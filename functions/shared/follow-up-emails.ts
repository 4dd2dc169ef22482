import type { SunrouteConfig } from '../core/config/config-schema';
import type { EmailResult } from '../core/email/email-message';
import { renderAgentAssignment } from '../core/email/render-agent-assignment';
import { renderEscalation } from '../core/email/render-escalation';
import { renderHandoverNotice } from '../core/email/render-handover-notice';
import { renderTeamNotice } from '../core/email/render-team-notice';
import type { Decision, StoredDecision } from '../core/routing/decision';
import type { Ticket } from '../core/ticket/ticket-schema';
import type { OpenTicketRecord } from '../adapters/follow-up-store';
import type { ClaimedEmail, EmailRecipientKind } from '../adapters/ticket-store';
import type { DeliveryDependencies } from './delivery-dependencies';
import { newClaim } from './email-delivery';
import type { AssignmentLinks } from './ticket-link-signer';

export interface FollowUpEmailInput {
  /** The ticket as read: its holder before the follow-up, its outbox's last sequence. */
  readonly record: Pick<OpenTicketRecord, 'ticket' | 'team' | 'agent' | 'lastEmailSequence'>;
  readonly config: SunrouteConfig;
  readonly now: number;
  /** The new routing of a handover or a queued ticket's assignment. */
  readonly reroute?: {
    readonly decision: Decision;
    /** The ticket leaves the record's team and agent, who has not acknowledged it. */
    readonly handover: boolean;
    readonly links?: AssignmentLinks;
    /**
     * Set when a customer's message moved the ticket: the new holder reads `body` (the new words
     * over everything said before) as a follow-up of a known thread, and answers to `replyTo`.
     */
    readonly conversation?: { readonly body: string; readonly replyTo: string };
  };
  /** The decision the escalation reports (after the reroute, when there is one). */
  readonly escalate?: StoredDecision;
}

/**
 * The emails one follow-up calls for (a scheduler run's, or a handover a customer's message
 * makes): to the new holder (the agent, or the team inbox when the ticket is queued or nobody is
 * free), to the agent the ticket leaves, and the escalation. A queued ticket queued again (its
 * team's shift was missed) tells the team it now waits for. Each is numbered after the ticket's
 * last outbox email and claimed, to be written with the follow-up and sent by its writer; an
 * email the configuration gives no usable address for is logged and left out, never retried.
 */
export function followUpEmails(
  deps: Pick<DeliveryDependencies, 'clock' | 'logger'>,
  input: FollowUpEmailInput,
): ClaimedEmail[] {
  const { record, config, now, reroute } = input;
  const { ticket } = record;
  const results: { recipient: EmailRecipientKind; result: EmailResult }[] = [];
  if (reroute) {
    const { decision, handover, conversation } = reroute;
    const shown: Ticket = conversation ? { ...ticket, body: conversation.body } : ticket;
    if (decision.status === 'assigned' && decision.agent !== null) {
      results.push({
        recipient: 'agent',
        result: renderAgentAssignment({
          ticket: shown,
          decision,
          config,
          now,
          ...(conversation ? { followUp: true, replyTo: conversation.replyTo } : {}),
          ...(handover && record.team !== null ? { handedOverFrom: record.team } : {}),
          ...(reroute.links ? { links: reroute.links } : {}),
        }),
      });
    } else {
      results.push({
        recipient: 'team',
        result: renderTeamNotice({ ticket: shown, decision, config, now }),
      });
    }
    const fromAgent = handover ? record.agent : null;
    // An agent removed from the configuration has no address to be told at.
    if (fromAgent !== null && config.agents.some((agent) => agent.id === fromAgent)) {
      results.push({
        recipient: 'agent',
        result: renderHandoverNotice({ ticket, decision, config, previousAgent: fromAgent }),
      });
    }
  }
  if (input.escalate) {
    results.push({
      recipient: 'team',
      result: renderEscalation({ ticket, decision: input.escalate, config }),
    });
  }
  for (const { result } of results) {
    if (!result.ok)
      deps.logger.error('follow-up email not rendered: the configuration gives no usable address', {
        ticketId: ticket.id,
        field: result.error.field,
        problem: result.error.problem,
      });
  }
  return results
    .flatMap(({ recipient, result }) => (result.ok ? [{ recipient, message: result.email }] : []))
    .map((email, index) => ({
      ticketId: ticket.id,
      sequence: record.lastEmailSequence + 1 + index,
      recipient: email.recipient,
      message: email.message,
      sent: false,
      claim: newClaim(deps.clock()),
    }));
}
