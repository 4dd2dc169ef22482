import type { SunrouteConfig } from '../core/config/config-schema';
import type { EmailInputError } from '../core/email/email-input-error';
import type { EmailMessage, EmailResult } from '../core/email/email-message';
import { renderAgentAssignment } from '../core/email/render-agent-assignment';
import { renderEscalation } from '../core/email/render-escalation';
import { renderHandoverNotice } from '../core/email/render-handover-notice';
import { renderTeamNotice } from '../core/email/render-team-notice';
import type { Decision } from '../core/routing/decision';
import type { Ticket } from '../core/ticket/ticket-schema';
import type { AssignmentLinks } from '../shared/ticket-link-signer';
import type { EmailRecipientKind } from '../adapters/ticket-store';

export interface FollowUpEmail {
  readonly recipient: EmailRecipientKind;
  readonly message: EmailMessage;
}

export interface FollowUpEmails {
  readonly emails: FollowUpEmail[];
  /** Emails the configuration gives no usable address for; logged, never retried. */
  readonly unrenderable: EmailInputError[];
}

export interface FollowUpEmailInput {
  readonly ticket: Ticket;
  readonly config: SunrouteConfig;
  readonly now: number;
  /** The new routing of a handover or a queued ticket's assignment. */
  readonly reroute?: {
    readonly decision: Decision;
    /** Set for a handover: the team and agent the ticket leaves. */
    readonly handover?: { readonly fromTeam: string; readonly fromAgent: string | null };
    readonly links?: AssignmentLinks;
  };
  /** The decision the escalation reports (after the reroute, when there is one). */
  readonly escalate?: Decision;
}

/**
 * The emails one follow-up calls for: to the new holder (the agent, or the team inbox when the
 * ticket is queued or nobody is free), to the agent the ticket leaves, and the escalation.
 * A queued ticket queued again (its team's shift was missed) tells nobody again.
 */
export function followUpEmails(input: FollowUpEmailInput): FollowUpEmails {
  const { ticket, config, now, reroute } = input;
  const results: { recipient: EmailRecipientKind; result: EmailResult }[] = [];
  if (reroute) {
    const { decision, handover } = reroute;
    if (decision.status === 'assigned' && decision.agent !== null) {
      results.push({
        recipient: 'agent',
        result: renderAgentAssignment({
          ticket,
          decision,
          config,
          now,
          ...(handover ? { handedOverFrom: handover.fromTeam } : {}),
          ...(reroute.links ? { links: reroute.links } : {}),
        }),
      });
    } else if (decision.status === 'assigned' || handover) {
      results.push({
        recipient: 'team',
        result: renderTeamNotice({ ticket, decision, config, now }),
      });
    }
    // An agent removed from the configuration has no address to be told at.
    if (handover?.fromAgent && config.agents.some((agent) => agent.id === handover.fromAgent)) {
      results.push({
        recipient: 'agent',
        result: renderHandoverNotice({
          ticket,
          decision,
          config,
          previousAgent: handover.fromAgent,
        }),
      });
    }
  }
  if (input.escalate) {
    results.push({
      recipient: 'team',
      result: renderEscalation({ ticket, decision: input.escalate, config }),
    });
  }
  return {
    emails: results.flatMap(({ recipient, result }) =>
      result.ok ? [{ recipient, message: result.email }] : [],
    ),
    unrenderable: results.flatMap(({ result }) => (result.ok ? [] : [result.error])),
  };
}
