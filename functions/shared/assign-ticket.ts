import { nextFollowUpAt } from '../core/followup/next-follow-up';
import type { AutoReplyRefusal } from '../core/customer-reply/auto-reply-refusal';
import {
  customerAcknowledgement,
  type CustomerAcknowledgement,
} from '../core/customer-reply/customer-acknowledgement';
import type { EmailInputError } from '../core/email/email-input-error';
import type { Decision } from '../core/routing/decision';
import { decideRoute, planRoute } from '../core/routing/route-ticket';
import type { RoutingState } from '../core/routing/routing-state';
import type { Ticket } from '../core/ticket/ticket-schema';
import { retentionOf } from '../core/privacy/retention';
import { FIRST_ASSIGNMENT, type OutboxEmail } from '../adapters/ticket-store';
import { assignWithRetry, type AttemptOutcome } from './assign-with-retry';
import type { LiveConfig } from './config-cache';
import { newClaim } from './email-delivery';
import { outboxEmailFor } from './outbox-email';
import type { DeliveryDependencies } from './delivery-dependencies';
import { linkRecipient } from './ticket-link-signer';

export type AssignResult =
  | {
      readonly kind: 'recorded';
      readonly decision: Decision;
      /** Written with the assignment and claimed by this run, to be sent now. */
      readonly email?: OutboxEmail;
      /** Why there is no email although there is a team to tell. */
      readonly unrenderable?: EmailInputError;
      /** The customer's acknowledgement, written with the assignment and claimed, to send now. */
      readonly customerEmail?: OutboxEmail;
      /** What became of the customer's acknowledgement, for the log: written, or why not. */
      readonly acknowledgement: AcknowledgementOutcome;
    }
  | { readonly kind: 'ticket-exists' };

export type AcknowledgementOutcome =
  'written' | 'thread-acknowledged-today' | 'unrenderable' | AutoReplyRefusal;

function acknowledgementOutcome(
  acknowledgement: CustomerAcknowledgement,
  skipped: boolean | undefined,
): AcknowledgementOutcome {
  if (acknowledgement.kind === 'refused') return acknowledgement.reason;
  if (acknowledgement.kind === 'unrenderable') return 'unrenderable';
  return skipped ? 'thread-acknowledged-today' : 'written';
}

type Deps = Omit<DeliveryDependencies, 'mailer'>;

export interface AssignOptions {
  /**
   * Called once the recording transaction is sent, each attempt, for work that fits its wait
   * (the router loads its mail client then).
   */
  readonly whileRecording?: () => void;
}

/**
 * Routes a ticket at `at` and records it with one transaction: the ticket (refused when already
 * there), the agent's capacity (refused at `maxOpenTickets`) and the claimed outbox email.
 *
 * The team does not depend on the state, so the plan (language, region, team) is made once; only
 * that team's agent loads (one BatchGetItem) and, when the ticket has them, its thread's and
 * customer's latest agent (one index query each) are read. A queued ticket reads nothing. When
 * another router fills the chosen agent first, that agent counts as full and the next is chosen,
 * down to the team inbox; a conflict with another transaction waits a jittered moment and reads
 * the state again (assignWithRetry).
 */
export async function assignTicket(
  deps: Deps,
  live: LiveConfig,
  ticket: Ticket,
  at: number,
  options: AssignOptions = {},
): Promise<AssignResult> {
  const { compiled, config } = live;
  // Language, region and team once; only the agent is chosen again on each attempt.
  const plan = planRoute(compiled, ticket, at);
  const team = plan.choice?.status === 'assigned' ? plan.choice.team : undefined;
  const agentIds = team ? team.agents.map((agent) => agent.id) : [];
  // The customer's acknowledgement depends on the plan only, not on the agent.
  const acknowledgement = customerAcknowledgement(plan);

  // A reply continues a conversation when an agent holds the thread, or, for email, when the
  // thread's first mail is recorded: its id is the thread's id (docs/ingest.md), and it still
  // counts after it was resolved or went to a queue. Read once, and only for an agent's email.
  let rootRecorded: boolean | undefined;
  const continuesThread = async (state: RoutingState): Promise<boolean> => {
    const { threadId } = ticket;
    if (threadId === undefined) return false;
    if (state.threads[threadId] !== undefined) return true;
    if (ticket.channel !== 'email' || threadId === ticket.id) return false;
    rootRecorded ??= (await deps.tickets.findTicket(threadId)) !== undefined;
    return rootRecorded;
  };

  return assignWithRetry(
    deps,
    { ticket, agentIds },
    async (state): Promise<AttemptOutcome<AssignResult>> => {
      const decision = decideRoute(plan, state);
      const toAgent = decision.status === 'assigned' && decision.agent !== null;
      // Signed for the agent chosen on this attempt and the assignment the ticket is recorded with.
      const links =
        toAgent && deps.ticketLinks
          ? await deps.ticketLinks(
              linkRecipient(compiled, ticket.id, decision.agent!, FIRST_ASSIGNMENT),
              at,
            )
          : undefined;
      const email = outboxEmailFor({
        ticket,
        decision,
        config,
        now: at,
        followUp: toAgent && (await continuesThread(state)),
        ...(links ? { links } : {}),
      });
      const limit =
        decision.agent === null
          ? Infinity
          : (compiled.agentsById.get(decision.agent)?.maxOpenTickets ?? Infinity);
      const recording = deps.tickets.recordAssignment({
        ticket,
        decision,
        followUpDue: nextFollowUpAt(
          compiled,
          { ...decision, decision, acknowledgedAt: null, escalatedAt: null },
          at,
        ),
        retention: retentionOf(config.privacy),
        ...(Number.isFinite(limit) ? { agentLimit: limit } : {}),
        ...(email.kind === 'email'
          ? {
              email: {
                recipient: email.recipient,
                message: email.message,
                claim: newClaim(deps.clock()),
              },
            }
          : {}),
        ...(acknowledgement.kind === 'email'
          ? {
              customerEmail: {
                message: acknowledgement.message,
                thread: acknowledgement.thread,
                unlessSentSince: acknowledgement.unlessSentSince,
                claim: newClaim(deps.clock()),
              },
            }
          : {}),
        at,
      });
      options.whileRecording?.();
      const outcome = await recording;
      switch (outcome.kind) {
        case 'recorded':
          return {
            kind: 'done',
            result: {
              kind: 'recorded',
              decision,
              ...(outcome.email ? { email: outcome.email } : {}),
              ...(email.kind === 'unrenderable' ? { unrenderable: email.error } : {}),
              ...(outcome.customerEmail ? { customerEmail: outcome.customerEmail } : {}),
              acknowledgement: acknowledgementOutcome(
                acknowledgement,
                outcome.customerEmailSkipped,
              ),
            },
          };
        case 'ticket-exists':
          return { kind: 'done', result: outcome };
        case 'agent-full':
          return { ...outcome, limit };
        case 'conflict':
          return outcome;
      }
    },
  );
}
