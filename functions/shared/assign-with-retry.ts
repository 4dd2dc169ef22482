import { setTimeout as realSleep } from 'node:timers/promises';
import { EMPTY_ROUTING_STATE, type RoutingState } from '../core/routing/routing-state';
import type { Ticket } from '../core/ticket/ticket-schema';
import type { TicketStore } from '../adapters/ticket-store';
import { AssignmentContentionError } from './assignment-contention-error';
import type { DeliveryDependencies } from './delivery-dependencies';
import { count, DELIVERY_METRICS } from './delivery-metrics';

/** Transaction conflicts tried again before the ticket is left to its caller's retry. */
export const CONFLICT_ATTEMPTS = 5;

/** What one attempt's transaction said. */
export type AttemptOutcome<T> =
  /** Settled, one way or another (recorded, already there, changed by someone else): `result`. */
  | { readonly kind: 'done'; readonly result: T }
  /** The agent tried had reached `limit` meanwhile: the next attempt sees them full. */
  | { readonly kind: 'agent-full'; readonly agentId: string; readonly limit: number }
  /** Another transaction wrote the same items at the same moment: read again and retry. */
  | { readonly kind: 'conflict' };

export interface AssignmentCandidates {
  /** Named in the logs and the contention error; its thread's and customer's holders are read. */
  readonly ticket: Pick<Ticket, 'id' | 'threadId' | 'customer'>;
  /** The agents who may get the ticket (one, for an exact agent); none reads no state. */
  readonly agentIds: readonly string[];
}

type RetryDependencies = Pick<DeliveryDependencies, 'logger' | 'metrics' | 'sleep'> & {
  readonly tickets: Pick<TicketStore, 'loadRoutingState'>;
};

/** The state with the agents known to be full raised to their limit, so routing passes them by. */
function withFullAgents(state: RoutingState, full: ReadonlyMap<string, number>): RoutingState {
  if (full.size === 0) return state;
  const agents = { ...state.agents };
  for (const [agentId, limit] of full) {
    agents[agentId] = {
      ...agents[agentId],
      openTickets: Math.max(agents[agentId]?.openTickets ?? 0, limit),
    };
  }
  return { ...state, agents };
}

/**
 * Assigns a ticket to one of `agentIds` with one transaction per attempt, as the router and the
 * scheduler do: each attempt reads the candidates' loads (and who holds the ticket's thread and
 * customer), and `attempt` chooses and records. An agent who filled up meanwhile counts as full
 * from then on, so the next attempt chooses another (or the team inbox); a conflict with another
 * transaction waits a jittered moment, longer each time, and reads again. Each agent can fill up
 * once, so after agents + CONFLICT_ATTEMPTS attempts the items are contended, not changing:
 * AssignmentContentionError leaves the ticket to the caller's retry.
 */
export async function assignWithRetry<T>(
  deps: RetryDependencies,
  { ticket, agentIds }: AssignmentCandidates,
  attempt: (state: RoutingState) => Promise<AttemptOutcome<T>>,
): Promise<T> {
  const sleep = deps.sleep ?? realSleep;
  const full = new Map<string, number>();
  const maxAttempts = agentIds.length + CONFLICT_ATTEMPTS;
  for (let tries = 1; tries <= maxAttempts; tries++) {
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
    const outcome = await attempt(state);
    switch (outcome.kind) {
      case 'done':
        return outcome.result;
      case 'agent-full':
        count(deps.metrics, DELIVERY_METRICS.capacityRetries);
        deps.logger.info('agent filled up meanwhile, choosing again', {
          ticketId: ticket.id,
          agent: outcome.agentId,
        });
        full.set(outcome.agentId, outcome.limit);
        break;
      case 'conflict':
        count(deps.metrics, DELIVERY_METRICS.conflictRetries);
        await sleep(5 + Math.random() * 20 * tries);
        break;
    }
  }
  throw new AssignmentContentionError(ticket.id, maxAttempts);
}
