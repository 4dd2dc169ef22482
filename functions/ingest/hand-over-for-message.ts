import { followUpAt } from '../core/followup/follow-up-at';
import type { MessageHandover } from '../core/replies/message-handover';
import { replyAddress } from '../core/replies/reply-address';
import type { Decision } from '../core/routing/decision';
import { decideRoute } from '../core/routing/route-ticket';
import { isWaiting } from '../core/waiting-line/line-place';
import { waitAfter } from '../core/waiting-line/waited-time';
import type { FollowUpListing, OpenTicketRecord } from '../adapters/follow-up-store';
import type { ClaimedEmail } from '../adapters/ticket-store';
import { assignWithRetry, type AttemptOutcome } from '../shared/assign-with-retry';
import { followUpAttempt } from '../shared/follow-up-attempt';
import type { LiveConfig } from '../shared/config-cache';
import { sendClaimedEmail } from '../shared/email-delivery';
import { followUpEmails } from '../shared/follow-up-emails';
import { listingAfterMove } from '../shared/follow-up-listing';
import type { AgentReplyDependencies } from './agent-reply';

/** What a handover for a customer's message wrote: the ticket's new routing. */
export type MessageHandoverOutcome =
  | { readonly kind: 'handed-over'; readonly decision: Decision }
  /** The ticket changed since it was read (another handover, an answer): read it again. */
  | { readonly kind: 'stale' };

/** A handover written: the ticket's routing now, and the emails to send. */
interface Written {
  readonly decision: Decision;
  readonly emails: readonly ClaimedEmail[];
  /** Where the handover listed the ticket, once its emails are sent. */
  readonly listing: FollowUpListing;
}

/** How a handover made by a customer's mail is named in the ticket's history. */
export const CUSTOMER_MAIL_HANDOVER = 'customer-mail';

/**
 * Hands the ticket over as the scheduler's shift-end handover does, through the same shared
 * assignment path (assignWithRetry: the new team's loads read, another agent chosen when one
 * fills up meanwhile, the waiting line when all are full) and the same conditional write
 * (recordFollowUp: the ticket only if still at `record.version`, the old agent's place given back,
 * the new one's taken, the next assignment number, a `handed-over` event). Its emails: the new
 * holder's, showing `conversation` (the customer's new words over everything said before) with
 * the reply address of the new assignment, or the team's notice when nobody in it can take the
 * ticket now; and, for a ticket nobody acknowledged yet, the old holder's handover notice and the
 * new holder's handover note, rendered as the scheduler's are (followUpEmails; their texts say
 * nobody acknowledged it). The old holder's reply address turns stale with the new assignment.
 */
export async function handOverForMessage(
  deps: AgentReplyDependencies,
  live: LiveConfig,
  record: OpenTicketRecord,
  move: MessageHandover,
  conversation: string,
  now: number,
): Promise<MessageHandoverOutcome> {
  const { ticket } = record;
  // The scheduler's handover texts say nobody acknowledged the ticket: true only before an answer.
  const acknowledged = record.acknowledgedAt !== null;
  const assignment = record.assignment + 1;
  const replyTo = replyAddress(
    await deps.secret(),
    { ticketId: ticket.id, assignment },
    deps.domain,
  );
  const team = move.plan.choice?.status === 'assigned' ? move.plan.choice.team : undefined;
  const agentIds = team ? team.agents.map((agent) => agent.id) : [];
  const written = await assignWithRetry(
    deps,
    { ticket, agentIds },
    async (state): Promise<AttemptOutcome<Written | 'stale'>> => {
      const decision = decideRoute(move.plan, state);
      const emails = followUpEmails(deps, {
        record,
        config: live.config,
        now,
        reroute: {
          decision,
          handover: !acknowledged,
          conversation: { body: conversation, replyTo },
        },
      });
      const agentLimit =
        decision.agent === null
          ? Infinity
          : (live.compiled.agentsById.get(decision.agent)?.maxOpenTickets ?? Infinity);
      // An answered ticket handed over stays answered: due nothing of its own (null).
      const listing = listingAfterMove(
        live.compiled,
        decision,
        { acknowledgedAt: record.acknowledgedAt, escalatedAt: record.escalatedAt },
        now,
      );
      const outcome = await deps.followUps.recordFollowUp({
        ticketId: ticket.id,
        version: record.version,
        ...(record.expiresAt === undefined ? {} : { expiresAt: record.expiresAt }),
        at: now,
        reroute: {
          decision,
          ticket,
          wait: waitAfter(record.wait, isWaiting(decision), Date.parse(decision.at)),
          previousAgent: record.agent,
          ...(Number.isFinite(agentLimit) ? { agentLimit } : {}),
          assignment,
        },
        escalated: false,
        followUpAt: followUpAt(decision, record.escalatedAt !== null),
        followUp: listing,
        events: [
          {
            event: 'handed-over',
            at: new Date(move.at).toISOString(),
            by: CUSTOMER_MAIL_HANDOVER,
            team: decision.team,
            agent: decision.agent,
          },
        ],
        emails,
      });
      return followUpAttempt(outcome, { decision, emails, listing }, agentLimit);
    },
  );
  if (written === 'stale') return { kind: 'stale' };
  const { decision, emails, listing } = written;
  for (const email of emails) await sendClaimedEmail(deps, email, email.claim);
  // Listed where the move put it, not left under `#pending` for the next run to read again.
  if (emails.length > 0)
    await deps.followUps.clearPendingEmails(ticket.id, emails.at(-1)!.sequence, listing);
  return { kind: 'handed-over', decision };
}
