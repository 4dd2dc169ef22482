import { isWaiting } from '../core/waiting-line/line-place';
import { hasRoom, lineTakers } from '../core/waiting-line/line-takers';
import { waitAfter } from '../core/waiting-line/waited-time';
import { keepingPromise } from '../core/followup/plan-follow-up';
import { followUpAt } from '../core/followup/follow-up-at';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { Decision } from '../core/routing/decision';
import { decideRoute, planRoute } from '../core/routing/route-ticket';
import type { FollowUpListing, FollowUpStore, OpenTicketRecord } from '../adapters/follow-up-store';
import type { ClaimedEmail } from '../adapters/ticket-store';
import type { WaitingLineStore } from '../adapters/waiting-line-store';
import { WAITING_LINE, WAITING_LINE_METRICS } from '../definitions/waiting-line';
import { assignWithRetry, type AttemptOutcome } from './assign-with-retry';
import type { LiveConfig } from './config-cache';
import type { DeliveryDependencies } from './delivery-dependencies';
import { count } from './delivery-metrics';
import { newClaim, sendClaimedEmail } from './email-delivery';
import { outboxEmailFor } from './outbox-email';
import { linkRecipient } from './ticket-link-signer';
import { listingAfterMove } from './follow-up-listing';

/** What filling a line talks to: the router's and scheduler's stores, and the line itself. */
export interface FillDependencies extends DeliveryDependencies {
  readonly followUps: Pick<FollowUpStore, 'recordFollowUp' | 'clearPendingEmails'>;
  readonly line: WaitingLineStore;
}

export interface FillSummary {
  /** Waiting tickets given to an agent. */
  assigned: number;
  /** Taken or changed by someone else between reading and writing: left to them. */
  superseded: number;
}

/** Who put the ticket in the agent's hands, in its history. */
export const LINE_ACTOR = 'waiting line';

/** How one waiting ticket's turn ended. */
type Turn =
  | {
      readonly kind: 'assigned';
      readonly decision: Decision;
      readonly emails: ClaimedEmail[];
      /** Where the turn listed the ticket, once its email is sent. */
      readonly listing: FollowUpListing;
    }
  /** Nobody with room may take this ticket (its language), but someone has room. */
  | { readonly kind: 'passed' }
  /** Nobody of the team has room any more: the fill is over. */
  | { readonly kind: 'full' }
  /** It is no longer waiting here, or another fill took it first. */
  | { readonly kind: 'superseded' };

/**
 * Gives the tickets waiting in a team's line, in order, to the team's agents who have room
 * (docs/waiting-line.md), each with one transaction as routing does (assignWithRetry): the ticket
 * only if it is still as read (two fills at once never give one ticket twice), the agent's place
 * only under `maxOpenTickets`, the agent's email in the outbox. A ticket no agent with room may
 * take is passed over for the ones behind it; the fill ends when nobody has room or after
 * WAITING_LINE.lookAhead tickets.
 */
export async function fillLine(
  deps: FillDependencies,
  live: LiveConfig,
  teamId: string,
  now: number,
): Promise<FillSummary> {
  const summary: FillSummary = { assigned: 0, superseded: 0 };
  const scoped = lineTakers(live.compiled, teamId, now);
  const team = scoped?.teamsById.get(teamId);
  if (!scoped || !team || team.agents.length === 0) return summary;
  count(deps.metrics, WAITING_LINE_METRICS.fills);
  const agentIds = team.agents.map((agent) => agent.id);
  // Nothing to read of the line while everybody is full: the common case at a peak.
  if (!hasRoom(team, await deps.tickets.loadRoutingState({ agentIds }), now)) return summary;
  const entries = await deps.line.lineHead(teamId, WAITING_LINE.lookAhead);
  for (const entry of entries) {
    const record = await deps.line.readOpenTicket(entry.ticketId);
    // Taken, resolved or moved on since the index listed it.
    if (!record || !isWaiting(record) || record.team !== teamId || record.acknowledgedAt) {
      continue;
    }
    const turn = await takeTurn(deps, live, scoped, record, agentIds, now);
    if (turn.kind === 'full') break;
    if (turn.kind === 'superseded') {
      count(deps.metrics, WAITING_LINE_METRICS.superseded);
      summary.superseded += 1;
    }
    if (turn.kind !== 'assigned') continue;
    count(deps.metrics, WAITING_LINE_METRICS.assigned);
    summary.assigned += 1;
    deps.logger.info('waiting ticket assigned', {
      ticketId: record.ticket.id,
      team: teamId,
      agent: turn.decision.agent,
      waitedMs: now - Date.parse(record.wait.waitingSince ?? turn.decision.at),
    });
    for (const email of turn.emails) await sendClaimedEmail(deps, email, email.claim);
    if (turn.emails.length > 0) {
      await deps.followUps.clearPendingEmails(
        record.ticket.id,
        turn.emails.at(-1)!.sequence,
        turn.listing,
      );
    }
  }
  return summary;
}

/** One waiting ticket offered to the team's agents with room: chosen as routing chooses. */
async function takeTurn(
  deps: FillDependencies,
  live: LiveConfig,
  scoped: NonNullable<ReturnType<typeof lineTakers>>,
  record: OpenTicketRecord,
  agentIds: readonly string[],
  now: number,
): Promise<Turn> {
  const { ticket } = record;
  // The customer keeps the reply-by promised when the ticket was first routed.
  const plan = keepingPromise(live.compiled, record, planRoute(scoped, ticket, now));
  // The team is on shift (lineTakers), so this only guards a configuration without it.
  if (plan.choice?.status !== 'assigned') return { kind: 'passed' };
  const team = plan.choice.team;
  // The ticket's next assignment: links sent for an earlier one stop acting.
  const assignment = record.assignment + 1;
  return assignWithRetry(
    deps,
    { ticket, agentIds },
    async (state): Promise<AttemptOutcome<Turn>> => {
      const decision = decideRoute(plan, state);
      if (decision.agent === null) {
        return { kind: 'done', result: { kind: hasRoom(team, state, now) ? 'passed' : 'full' } };
      }
      const limit = live.compiled.agentsById.get(decision.agent)?.maxOpenTickets ?? Infinity;
      const links = deps.ticketLinks
        ? await deps.ticketLinks(
            linkRecipient(live.compiled, ticket.id, decision.agent, assignment),
            now,
          )
        : undefined;
      const email = outboxEmailFor({
        ticket,
        decision,
        config: live.config,
        now,
        followUp: false,
        ...(links ? { links } : {}),
      });
      if (email.kind === 'unrenderable') {
        deps.logger.error(
          'assignment email not rendered: the configuration gives no usable address',
          {
            ticketId: ticket.id,
            field: email.error.field,
            problem: email.error.problem,
          },
        );
      }
      const emails: ClaimedEmail[] =
        email.kind === 'email'
          ? [
              {
                ticketId: ticket.id,
                sequence: record.lastEmailSequence + 1,
                recipient: email.recipient,
                message: email.message,
                sent: false,
                claim: newClaim(deps.clock()),
              },
            ]
          : [];
      const event: TicketEvent = {
        event: 'assigned',
        at: decision.at,
        by: LINE_ACTOR,
        team: decision.team,
        agent: decision.agent,
      };
      const listing = listingAfterMove(live.compiled, decision, record, now);
      const outcome = await deps.followUps.recordFollowUp({
        ticketId: ticket.id,
        version: record.version,
        expiresAt: record.expiresAt,
        at: now,
        reroute: {
          decision,
          ticket,
          wait: waitAfter(record.wait, false, now),
          previousAgent: null,
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
          return { kind: 'done', result: { kind: 'assigned', decision, emails, listing } };
        case 'stale':
          return { kind: 'done', result: { kind: 'superseded' } };
        case 'agent-full':
          return { ...outcome, limit };
        case 'conflict':
          return outcome;
      }
    },
  );
}

/**
 * Fills the lines of `teamIds` one team after another. A team whose fill fails is logged and
 * returned, so the caller can have it tried again; the others go on.
 */
export async function fillLines(
  deps: FillDependencies,
  live: LiveConfig,
  teamIds: Iterable<string>,
  now: number,
): Promise<{ summary: FillSummary; failedTeams: string[] }> {
  const summary: FillSummary = { assigned: 0, superseded: 0 };
  const failedTeams: string[] = [];
  for (const teamId of teamIds) {
    try {
      const filled = await fillLine(deps, live, teamId, now);
      summary.assigned += filled.assigned;
      summary.superseded += filled.superseded;
    } catch (error) {
      count(deps.metrics, WAITING_LINE_METRICS.failed);
      failedTeams.push(teamId);
      deps.logger.error('filling the waiting line failed', { team: teamId, error });
    }
  }
  return { summary, failedTeams };
}
