import { renderAgentAssignment } from '../core/email/render-agent-assignment';
import { renderHandoverNotice } from '../core/email/render-handover-notice';
import type { EmailResult } from '../core/email/email-message';
import { followUpAt } from '../core/followup/follow-up-at';
import { listingAfterMove } from './follow-up-listing';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { Decision, StoredDecision } from '../core/routing/decision';
import { handDecision } from '../core/routing/hand-decision';
import { waitAfter } from '../core/waiting-line/waited-time';
import { TicketChangeContentionError } from '../adapters/ticket-change-contention-error';
import type { ClaimedEmail, EmailRecipientKind } from '../adapters/ticket-store';
import { assignWithRetry, type AttemptOutcome } from './assign-with-retry';
import type { ConfigSource } from './delivery-dependencies';
import { newClaim, sendClaimedEmail } from './email-delivery';
import type { FillDependencies } from './fill-line';
import { linkRecipient } from './ticket-link-signer';

/** A support lead giving a ticket to one agent (`POST /tickets/{id}/assign`, `sunroute assign`). */
export interface HandAssignment {
  readonly ticketId: string;
  readonly agentId: string;
  /** Assign even when the agent holds `maxOpenTickets` already. */
  readonly overCapacity: boolean;
  /** Who did it, kept in the history and the decision's reasons. */
  readonly by: string;
}

export type HandAssignOutcome =
  | {
      readonly kind: 'assigned';
      readonly decision: Decision;
      /** The agent the ticket was taken from, told where it went; null when it had none. */
      readonly previousAgent: string | null;
    }
  /** The agent holds the ticket already: nothing changed. */
  | { readonly kind: 'unchanged'; readonly decision: StoredDecision }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'unknown-agent' }
  /** Refused: the agent is at `maxOpenTickets` and `overCapacity` was not given. */
  | { readonly kind: 'over-capacity'; readonly openTickets: number; readonly limit: number };

export type HandAssignDependencies = FillDependencies & { readonly config: ConfigSource };

/** Who held the ticket changed between reading and writing this often before giving up. */
const STALE_ATTEMPTS = 3;

/**
 * Gives an open ticket to the agent a lead names, with one transaction as every move does: the
 * ticket only if it is still as read, the place in the new agent's load (refused at
 * `maxOpenTickets` unless `overCapacity`), the old agent's place given back, the agent's
 * assignment email and the old agent's notice in the outbox, sent right after. A waiting ticket
 * leaves its line, with the time it waited.
 */
export async function assignByHand(
  deps: HandAssignDependencies,
  request: HandAssignment,
): Promise<HandAssignOutcome> {
  const live = await deps.config.current();
  const agent = live.compiled.agentsById.get(request.agentId);
  const team = agent && live.compiled.teamsById.get(agent.config.team);
  if (!agent || !team) return { kind: 'unknown-agent' };
  const limit = request.overCapacity ? Infinity : agent.maxOpenTickets;
  for (let attempt = 1; attempt <= STALE_ATTEMPTS; attempt++) {
    const record = await deps.line.readOpenTicket(request.ticketId);
    if (!record) return { kind: 'not-found' };
    if (record.status === 'assigned' && record.agent === agent.id) {
      return { kind: 'unchanged', decision: record.decision };
    }
    const { ticket } = record;
    const at = deps.clock();
    // The ticket's next assignment: the links sent before it stop acting.
    const assignment = record.assignment + 1;
    const links = deps.ticketLinks
      ? await deps.ticketLinks(linkRecipient(live.compiled, ticket.id, agent.id, assignment), at)
      : undefined;
    const previousAgent = record.status === 'assigned' ? record.agent : null;
    const result = await assignWithRetry(
      deps,
      { ticket: { id: ticket.id, customer: {} }, agentIds: [agent.id] },
      async (state): Promise<AttemptOutcome<HandAssignOutcome | 'stale'>> => {
        const openTickets = state.agents[agent.id]?.openTickets ?? 0;
        if (openTickets >= limit) {
          return {
            kind: 'done',
            result: { kind: 'over-capacity', openTickets, limit: agent.maxOpenTickets },
          };
        }
        const decision = handDecision(record.decision, agent, team, {
          by: request.by,
          at,
          openTickets,
          overCapacity: request.overCapacity,
        });
        const rendered: { recipient: EmailRecipientKind; result: EmailResult }[] = [
          {
            recipient: 'agent',
            result: renderAgentAssignment({
              ticket,
              decision,
              config: live.config,
              now: at,
              ...(links ? { links } : {}),
            }),
          },
          ...(previousAgent
            ? [
                {
                  recipient: 'agent' as const,
                  result: renderHandoverNotice({
                    ticket,
                    decision,
                    config: live.config,
                    previousAgent,
                  }),
                },
              ]
            : []),
        ];
        const emails: ClaimedEmail[] = rendered.flatMap(({ recipient, result }, index) =>
          result.ok
            ? [
                {
                  ticketId: ticket.id,
                  sequence: record.lastEmailSequence + 1 + index,
                  recipient,
                  message: result.email,
                  sent: false,
                  claim: newClaim(deps.clock()),
                },
              ]
            : [],
        );
        const event: TicketEvent = {
          event: 'assigned',
          at: decision.at,
          by: request.by,
          team: team.id,
          agent: agent.id,
        };
        const listing = listingAfterMove(live.compiled, decision, record, at);
        const outcome = await deps.followUps.recordFollowUp({
          ticketId: ticket.id,
          version: record.version,
          expiresAt: record.expiresAt,
          at,
          reroute: {
            decision,
            ticket,
            wait: waitAfter(record.wait, false, at),
            previousAgent,
            ...(Number.isFinite(limit) ? { agentLimit: limit } : {}),
            assignment,
          },
          escalated: false,
          followUpAt: followUpAt(decision, record.escalatedAt !== null),
          followUp: listing,
          events: [event],
          emails,
        });
        switch (outcome.kind) {
          case 'recorded':
            for (const email of emails) await sendClaimedEmail(deps, email, email.claim);
            if (emails.length > 0) {
              await deps.followUps.clearPendingEmails(ticket.id, emails.at(-1)!.sequence, listing);
            }
            return { kind: 'done', result: { kind: 'assigned', decision, previousAgent } };
          case 'stale':
            return { kind: 'done', result: 'stale' };
          case 'agent-full':
            return { ...outcome, limit };
          case 'conflict':
            return outcome;
        }
      },
    );
    if (result !== 'stale') return result;
  }
  throw new TicketChangeContentionError(request.ticketId, STALE_ATTEMPTS);
}
