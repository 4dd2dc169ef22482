import type { SunrouteConfig } from '../core/config/config-schema';
import type { EmailInputError } from '../core/email/email-input-error';
import type { EmailMessage } from '../core/email/email-message';
import { renderAgentAssignment } from '../core/email/render-agent-assignment';
import { renderTeamNotice } from '../core/email/render-team-notice';
import type { Decision } from '../core/routing/decision';
import type { Ticket } from '../core/ticket/ticket-schema';
import type { EmailRecipientKind } from '../adapters/ticket-store';
import type { AssignmentLinks } from './ticket-link-signer';

export type OutboxEmailResult =
  | {
      readonly kind: 'email';
      readonly recipient: EmailRecipientKind;
      readonly message: EmailMessage;
    }
  /** No team was chosen (none configured): there is nobody to write to. */
  | { readonly kind: 'nobody' }
  /** The configuration gives the recipient no usable address (emails are optional there). */
  | { readonly kind: 'unrenderable'; readonly error: EmailInputError };

/**
 * The one email a decision calls for: the agent's assignment, or the team inbox's notice when the
 * ticket is queued or no agent is free (docs/routing.md).
 */
export function outboxEmailFor(input: {
  readonly ticket: Ticket;
  readonly decision: Decision;
  readonly config: SunrouteConfig;
  readonly now: number;
  /** The ticket joins a thread an agent already holds. */
  readonly followUp: boolean;
  /** The agent's acknowledge and resolve links; the team notice has none. */
  readonly links?: AssignmentLinks;
}): OutboxEmailResult {
  const { ticket, decision, config, now } = input;
  if (decision.team === null) return { kind: 'nobody' };
  const toAgent = decision.status === 'assigned' && decision.agent !== null;
  const result = toAgent
    ? renderAgentAssignment({
        ticket,
        decision,
        config,
        now,
        followUp: input.followUp,
        ...(input.links ? { links: input.links } : {}),
      })
    : renderTeamNotice({ ticket, decision, config, now });
  return result.ok
    ? { kind: 'email', recipient: toAgent ? 'agent' : 'team', message: result.email }
    : { kind: 'unrenderable', error: result.error };
}
