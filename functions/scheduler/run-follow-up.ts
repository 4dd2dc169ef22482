import { setTimeout as pause } from 'node:timers/promises';
import { planFollowUp, type FollowUp } from '../core/followup/plan-follow-up';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { StoredDecision } from '../core/routing/decision';
import { decideRoute } from '../core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../core/routing/routing-state';
import { CONFLICT_ATTEMPTS, withFullAgents } from '../shared/assign-ticket';
import type { LiveConfig } from '../shared/config-cache';
import { deliverUnsentEmails, newClaim, sendClaimedEmail } from '../shared/email-delivery';
import { count } from '../shared/delivery-metrics';
import { TicketChangeContentionError } from '../adapters/ticket-change-contention-error';
import type { EmailClaim, OpenTicketRecord, OutboxEmail } from '../adapters/ticket-store';
import { SCHEDULER, SCHEDULER_METRICS } from '../definitions/scheduler';
import { followUpEmails } from './follow-up-emails';
import type { SchedulerDependencies } from './dependencies';

export interface FollowUpSummary {
  /** Open tickets looked at. */
  open: number;
  handedOver: number;
  queuedAssigned: number;
  escalated: number;
  /** Changed by someone else between read and write: left to them. */
  superseded: number;
  failed: number;
}

type Move = Exclude<FollowUp, { kind: 'escalate' }>;
type Reroute = NonNullable<Parameters<typeof followUpEmails>[0]['reroute']>;

/**
 * Tickets followed up at once. Most are only read; those that move wait on DynamoDB and SES, so a
 * few in parallel keep a run with many due at a shift's end well inside its timeout.
 */
const FOLLOW_UP_CONCURRENCY = 8;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Sends what an earlier run wrote but could not send, then notes the outbox is done. An email a
 * run claimed less than a scheduler timeout ago may still be on its way from that run (the
 * router's shorter claim lease does not cover it), so it waits for a later run.
 */
async function deliverPending(deps: SchedulerDependencies, record: OpenTicketRecord) {
  const ticketId = record.ticket.id;
  const stored = await deps.tickets.findTicket(ticketId);
  if (!stored) return;
  const recent = deps.clock() - SCHEDULER.timeoutSeconds * 1000;
  if (stored.emails.some((email) => !email.sent && (email.claim?.at ?? -Infinity) > recent)) {
    return;
  }
  await deliverUnsentEmails(deps, stored);
  const after = await deps.tickets.findTicket(ticketId);
  if (after?.emails.every((email) => email.sent)) {
    await deps.tickets.clearPendingEmails(ticketId, record.lastEmailSequence);
  }
}

function events(
  move: Move | undefined,
  decision: StoredDecision,
  escalated: boolean,
  now: number,
): TicketEvent[] {
  const holder = { team: decision.team, agent: decision.agent, by: 'scheduler' };
  const list: TicketEvent[] = [];
  if (move?.kind === 'handover') list.push({ event: 'handed-over', at: iso(move.at), ...holder });
  if (move?.kind === 'assign-queued')
    list.push({ event: decision.status, at: decision.at, ...holder });
  if (escalated) list.push({ event: 'escalated', at: iso(now), ...holder });
  return list;
}

/**
 * Applies what one open ticket is due: routes it again when it moves (reading the new team's
 * loads, choosing again when an agent fills up meanwhile), writes the change with its emails
 * conditional on the version read, and sends those emails. When the ticket changed since it was
 * read, another run or a person got there first and nothing is done.
 */
async function followUp(
  deps: SchedulerDependencies,
  live: LiveConfig,
  record: OpenTicketRecord,
  now: number,
  summary: FollowUpSummary,
): Promise<void> {
  const steps = planFollowUp(live.compiled, record, now);
  if (steps.length === 0) return;
  const move = steps.find((step): step is Move => step.kind !== 'escalate');
  const escalate = steps.some((step) => step.kind === 'escalate');
  const { ticket } = record;
  const team = move?.plan.choice?.status === 'assigned' ? move.plan.choice.team : undefined;
  const agentIds = team ? team.agents.map((agent) => agent.id) : [];
  const full = new Map<string, number>();
  for (let attempt = 1; attempt <= agentIds.length + CONFLICT_ATTEMPTS; attempt++) {
    let reroute: Reroute | undefined;
    let agentLimit = Infinity;
    if (move) {
      const state =
        agentIds.length === 0
          ? EMPTY_ROUTING_STATE
          : withFullAgents(
              await deps.tickets.loadRoutingState({
                agentIds,
                ...(ticket.threadId === undefined ? {} : { threadId: ticket.threadId }),
                ...(ticket.customer.id === undefined ? {} : { customerId: ticket.customer.id }),
              }),
              full,
            );
      const decision = decideRoute(move.plan, state);
      if (decision.agent !== null) {
        agentLimit = live.compiled.agentsById.get(decision.agent)?.maxOpenTickets ?? Infinity;
      }
      const links =
        decision.agent !== null && deps.ticketLinks
          ? await deps.ticketLinks(ticket.id, now)
          : undefined;
      reroute = {
        decision,
        ...(move.kind === 'handover'
          ? { handover: { fromTeam: record.team!, fromAgent: record.agent } }
          : {}),
        ...(links ? { links } : {}),
      };
    }
    const decision = reroute?.decision ?? record.decision;
    const rendered = followUpEmails({
      ticket,
      config: live.config,
      now,
      ...(reroute ? { reroute } : {}),
      ...(escalate ? { escalate: decision } : {}),
    });
    for (const error of rendered.unrenderable) {
      deps.logger.error('follow-up email not rendered: the configuration gives no usable address', {
        ticketId: ticket.id,
        field: error.field,
        problem: error.problem,
      });
    }
    const emails = rendered.emails.map((email, index): OutboxEmail & { claim: EmailClaim } => ({
      ticketId: ticket.id,
      sequence: record.lastEmailSequence + 1 + index,
      recipient: email.recipient,
      message: email.message,
      sent: false,
      claim: newClaim(deps.clock()),
    }));
    const outcome = await deps.tickets.recordFollowUp({
      ticketId: ticket.id,
      version: record.version,
      at: now,
      ...(reroute
        ? {
            reroute: {
              decision: reroute.decision,
              // Only an assigned ticket holds a place in its agent's load.
              previousAgent: record.status === 'assigned' ? record.agent : null,
              ...(Number.isFinite(agentLimit) ? { agentLimit } : {}),
            },
          }
        : {}),
      escalated: escalate,
      events: events(move, decision, escalate, now),
      emails,
    });
    switch (outcome.kind) {
      case 'recorded': {
        if (move?.kind === 'handover') count(deps.metrics, SCHEDULER_METRICS.handedOver);
        if (move?.kind === 'assign-queued') count(deps.metrics, SCHEDULER_METRICS.queuedAssigned);
        if (escalate) count(deps.metrics, SCHEDULER_METRICS.escalated);
        summary.handedOver += move?.kind === 'handover' ? 1 : 0;
        summary.queuedAssigned += move?.kind === 'assign-queued' ? 1 : 0;
        summary.escalated += escalate ? 1 : 0;
        deps.logger.info('ticket followed up', {
          ticketId: ticket.id,
          steps: steps.map((step) => step.kind),
          from: { team: record.team, agent: record.agent },
          to: { status: decision.status, team: decision.team, agent: decision.agent },
        });
        for (const email of emails) await sendClaimedEmail(deps, email, email.claim);
        if (emails.length > 0) {
          await deps.tickets.clearPendingEmails(ticket.id, emails.at(-1)!.sequence);
        }
        return;
      }
      case 'stale':
        count(deps.metrics, SCHEDULER_METRICS.stale);
        summary.superseded += 1;
        return;
      case 'agent-full':
        full.set(outcome.agentId, agentLimit);
        break;
      case 'conflict':
        await pause(5 + Math.random() * 20 * attempt);
        break;
    }
  }
  throw new TicketChangeContentionError(ticket.id, agentIds.length + CONFLICT_ATTEMPTS);
}

/**
 * One scheduler run at `now`: every open ticket of the configured teams is looked at once, a few
 * at a time.
 * A ticket whose follow-up fails is logged and left for the next run; the others go on.
 */
export async function runFollowUp(
  deps: SchedulerDependencies,
  now: number = deps.clock(),
): Promise<FollowUpSummary> {
  const live = await deps.config.current();
  const open = await deps.tickets.listOpenTickets(live.compiled.teams.map((team) => team.id));
  const summary: FollowUpSummary = {
    open: open.length,
    handedOver: 0,
    queuedAssigned: 0,
    escalated: 0,
    superseded: 0,
    failed: 0,
  };
  let next = 0;
  const worker = async () => {
    while (next < open.length) {
      const record = open[next++]!;
      try {
        if (record.pendingEmails) await deliverPending(deps, record);
        await followUp(deps, live, record, now, summary);
      } catch (error) {
        count(deps.metrics, SCHEDULER_METRICS.failed);
        summary.failed += 1;
        deps.logger.error('follow-up failed; the next run tries again', {
          ticketId: record.ticket.id,
          error,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FOLLOW_UP_CONCURRENCY, open.length) }, worker));
  return summary;
}
