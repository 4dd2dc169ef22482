import { Metrics } from '@aws-lambda-powertools/metrics';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROUTING_STATE,
  type RoutingState,
} from '../../../functions/core/routing/routing-state';
import type { RoutingStateRequest } from '../../../functions/adapters/ticket-store';
import { AssignmentContentionError } from '../../../functions/shared/assignment-contention-error';
import {
  assignWithRetry,
  CONFLICT_ATTEMPTS,
  type AttemptOutcome,
} from '../../../functions/shared/assign-with-retry';
import { DELIVERY_METRICS } from '../../../functions/shared/delivery-metrics';
import { quietLogger, ticket } from '../router/router-fixtures';

/** Loads as the store holds them: ann 1 open ticket, bob none. */
const LOADS: RoutingState = {
  ...EMPTY_ROUTING_STATE,
  agents: { ann: { openTickets: 1 }, bob: { openTickets: 0 } },
};

function setUp() {
  const reads: RoutingStateRequest[] = [];
  const sleeps: number[] = [];
  const metrics = new Metrics({ namespace: 'SunrouteTest', serviceName: 'retry' });
  const deps = {
    tickets: {
      loadRoutingState: async (request: RoutingStateRequest) => {
        reads.push(request);
        return LOADS;
      },
    },
    logger: quietLogger(),
    metrics,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
  };
  const counted = () => {
    const emf = metrics.serializeMetrics() as unknown as Record<string, unknown>;
    const names = (
      emf._aws as { CloudWatchMetrics: { Metrics: { Name: string }[] }[] }
    ).CloudWatchMetrics[0]!.Metrics.map((metric) => metric.Name);
    // Counted more than once, a metric's values are a list of ones.
    const total = (value: unknown) =>
      [value].flat().reduce((sum: number, one) => sum + Number(one), 0);
    return Object.fromEntries(names.map((name) => [name, total(emf[name])]));
  };
  return { deps, reads, sleeps, counted };
}

describe('assignWithRetry', () => {
  it('reads the candidates with the ticket’s thread and customer, and returns what the attempt settled', async () => {
    const { deps, reads, counted } = setUp();
    const seen: RoutingState[] = [];
    const result = await assignWithRetry(
      deps,
      { ticket: ticket({ threadId: 'conv-1', customer: { id: 'c-1' } }), agentIds: ['ann', 'bob'] },
      async (state): Promise<AttemptOutcome<string>> => {
        seen.push(state);
        return { kind: 'done', result: 'recorded' };
      },
    );
    expect(result).toBe('recorded');
    expect(reads).toEqual([{ agentIds: ['ann', 'bob'], threadId: 'conv-1', customerId: 'c-1' }]);
    expect(seen).toEqual([LOADS]);
    expect(counted()).toEqual({});
  });

  it('reads nothing when there is no agent to choose', async () => {
    const { deps, reads } = setUp();
    const seen: RoutingState[] = [];
    await assignWithRetry(deps, { ticket: ticket(), agentIds: [] }, async (state) => {
      seen.push(state);
      return { kind: 'done', result: undefined };
    });
    expect(reads).toEqual([]);
    expect(seen).toEqual([EMPTY_ROUTING_STATE]);
  });

  it('shows an agent who filled up meanwhile at their limit from then on, and counts it', async () => {
    const { deps, counted } = setUp();
    const seen: RoutingState[] = [];
    const result = await assignWithRetry(
      deps,
      { ticket: ticket(), agentIds: ['ann', 'bob'] },
      async (state): Promise<AttemptOutcome<string>> => {
        seen.push(state);
        if (seen.length === 1) return { kind: 'agent-full', agentId: 'bob', limit: 3 };
        if (seen.length === 2) return { kind: 'agent-full', agentId: 'ann', limit: 2 };
        return { kind: 'done', result: 'team inbox' };
      },
    );
    expect(result).toBe('team inbox');
    expect(seen.map((state) => state.agents)).toEqual([
      { ann: { openTickets: 1 }, bob: { openTickets: 0 } },
      { ann: { openTickets: 1 }, bob: { openTickets: 3 } },
      { ann: { openTickets: 2 }, bob: { openTickets: 3 } },
    ]);
    expect(counted()).toEqual({ [DELIVERY_METRICS.capacityRetries]: 2 });
  });

  it('tries one exact agent: full is the caller’s answer, a conflict is tried again', async () => {
    const { deps, reads, sleeps, counted } = setUp();
    const answers: AttemptOutcome<'assigned' | 'no room'>[] = [
      { kind: 'conflict' },
      { kind: 'done', result: 'no room' },
    ];
    const result = await assignWithRetry(deps, { ticket: ticket(), agentIds: ['ann'] }, async () =>
      answers.shift()!,
    );
    expect(result).toBe('no room');
    expect(reads).toEqual([{ agentIds: ['ann'] }, { agentIds: ['ann'] }]);
    expect(sleeps).toHaveLength(1);
    expect(counted()).toEqual({ [DELIVERY_METRICS.conflictRetries]: 1 });
  });

  it('pauses a jittered moment, longer each time, and gives up after agents + CONFLICT_ATTEMPTS', async () => {
    const { deps, reads, sleeps, counted } = setUp();
    const attempt = assignWithRetry(
      deps,
      { ticket: ticket({ id: 'busy-1' }), agentIds: ['ann', 'bob'] },
      async (): Promise<AttemptOutcome<never>> => ({ kind: 'conflict' }),
    );
    await expect(attempt).rejects.toBeInstanceOf(AssignmentContentionError);
    await expect(attempt).rejects.toMatchObject({
      ticketId: 'busy-1',
      attempts: 2 + CONFLICT_ATTEMPTS,
    });
    expect(reads).toHaveLength(2 + CONFLICT_ATTEMPTS);
    expect(sleeps).toHaveLength(2 + CONFLICT_ATTEMPTS);
    sleeps.forEach((ms, index) => {
      expect(ms).toBeGreaterThanOrEqual(5);
      expect(ms).toBeLessThan(5 + 20 * (index + 1));
    });
    expect(counted()).toEqual({ [DELIVERY_METRICS.conflictRetries]: 2 + CONFLICT_ATTEMPTS });
  });
});
