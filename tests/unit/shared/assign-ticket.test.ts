import { describe, expect, it } from 'vitest';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { AssignmentContentionError } from '../../../functions/shared/assignment-contention-error';
import { assignTicket } from '../../../functions/shared/assign-ticket';
import { CONFLICT_ATTEMPTS } from '../../../functions/shared/assign-with-retry';
import type {
  Assignment,
  AssignmentOutcome,
  RoutingStateRequest,
  TicketStore,
} from '../../../functions/adapters/ticket-store';
import { AT, liveConfig, quietLogger, quietMetrics, ticket } from '../router/router-fixtures';

/** A store whose transaction answers are scripted; it records what was asked. */
function scriptedStore(outcomes: (assignment: Assignment) => AssignmentOutcome) {
  const requests: RoutingStateRequest[] = [];
  const assignments: Assignment[] = [];
  const store: TicketStore = {
    loadRoutingState: async (request) => {
      requests.push(request);
      return EMPTY_ROUTING_STATE;
    },
    findTicket: async () => undefined,
    recordAssignment: async (assignment) => {
      assignments.push(assignment);
      return outcomes(assignment);
    },
    claimEmail: async () => true,
    releaseEmail: async () => undefined,
    markEmailSent: async () => undefined,
  };
  return { store, requests, assignments };
}

const sleeps: number[] = [];
const deps = (tickets: TicketStore) => ({
  tickets,
  clock: () => AT,
  logger: quietLogger(),
  metrics: quietMetrics(),
  sleep: async (ms: number) => {
    sleeps.push(ms);
  },
});

describe('assignTicket', () => {
  it('reads only the chosen team’s agents, the thread and the customer, and writes the limit', async () => {
    const { store, requests, assignments } = scriptedStore(() => ({ kind: 'recorded' }));
    const result = await assignTicket(
      deps(store),
      liveConfig(),
      ticket({ threadId: 'conv-1', customer: { id: 'c-1' } }),
      AT,
    );
    expect(result).toMatchObject({ kind: 'recorded', decision: { agent: 'ann' } });
    expect(requests).toEqual([
      { agentIds: ['ann', 'bob', 'cat'], threadId: 'conv-1', customerId: 'c-1' },
    ]);
    expect(assignments[0]).toMatchObject({
      agentLimit: 2,
      email: { recipient: 'agent', message: { to: 'ann@example.com' } },
    });
  });

  it('marks an email reply a follow-up when its thread’s first mail is recorded, and only then', async () => {
    const { store, assignments } = scriptedStore(() => ({ kind: 'recorded' }));
    const looked: string[] = [];
    const knowsRoot: TicketStore = {
      ...store,
      findTicket: async (id) => {
        looked.push(id);
        return id === 'root@example.de'
          ? {
              ticketId: id,
              status: 'resolved',
              team: 'emea',
              agent: 'bob',
              acknowledgedAt: null,
              version: 3,
              assignment: 1,
              history: [],
              emails: [],
            }
          : undefined;
      },
    };
    const reply = (threadId: string) =>
      ticket({ id: `reply-${threadId}`, channel: 'email', threadId, subject: 'Re: order' });
    await assignTicket(deps(knowsRoot), liveConfig(), reply('root@example.de'), AT);
    await assignTicket(deps(knowsRoot), liveConfig(), reply('unknown@example.de'), AT);
    await assignTicket(
      deps(knowsRoot),
      liveConfig(),
      ticket({ id: 'chat-1', channel: 'chat', threadId: 'conv-9' }),
      AT,
    );
    expect(looked).toEqual(['root@example.de', 'unknown@example.de']);
    expect(assignments.map((a) => a.email?.message.subject.includes('FOLLOW-UP'))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('passes over agents that filled up meanwhile, down to one without a limit', async () => {
    const { store, assignments } = scriptedStore((assignment) =>
      assignment.decision.agent === 'cat'
        ? { kind: 'recorded' }
        : { kind: 'agent-full', agentId: assignment.decision.agent! },
    );
    const result = await assignTicket(deps(store), liveConfig(), ticket(), AT);
    expect(assignments.map((a) => a.decision.agent)).toEqual(['ann', 'bob', 'cat']);
    // cat has no maxOpenTickets: no condition, and no address: no email, and why.
    expect(assignments[2]).not.toHaveProperty('agentLimit');
    expect(result).toMatchObject({ kind: 'recorded', unrenderable: { field: 'agents[2].email' } });
  });

  it('gives the ticket to the team inbox when every agent is full', async () => {
    const config = liveConfig().config;
    const limited = liveConfig(
      JSON.stringify({ ...config, agents: config.agents.filter((a) => a.id !== 'cat') }),
    );
    const { store, assignments } = scriptedStore((assignment) =>
      assignment.decision.agent === null
        ? { kind: 'recorded' }
        : { kind: 'agent-full', agentId: assignment.decision.agent },
    );
    const result = await assignTicket(deps(store), limited, ticket(), AT);
    expect(assignments.map((a) => a.decision.agent)).toEqual(['ann', 'bob', null]);
    expect(result).toMatchObject({
      kind: 'recorded',
      decision: { status: 'assigned', agent: null },
    });
    expect(assignments[2]).toMatchObject({ email: { recipient: 'team' } });
  });

  it('tries a conflicting transaction again after a short jittered pause, then gives up', async () => {
    sleeps.length = 0;
    const { store, assignments } = scriptedStore(() => ({ kind: 'conflict' }));
    await expect(assignTicket(deps(store), liveConfig(), ticket(), AT)).rejects.toBeInstanceOf(
      AssignmentContentionError,
    );
    expect(assignments.length).toBe(3 + CONFLICT_ATTEMPTS);
    expect(sleeps.every((ms) => ms >= 5 && ms < 5 + 20 * assignments.length)).toBe(true);
  });

  it('reads no state for a queued ticket', async () => {
    const { store, requests } = scriptedStore(() => ({ kind: 'recorded' }));
    const saturday = Date.parse('2026-12-26T12:00:00Z');
    const result = await assignTicket(deps(store), liveConfig(), ticket(), saturday);
    expect(result).toMatchObject({ decision: { status: 'queued' } });
    expect(requests).toEqual([]);
  });

  it('reports a ticket already recorded without trying anything else', async () => {
    const { store, assignments } = scriptedStore(() => ({ kind: 'ticket-exists' }));
    expect(await assignTicket(deps(store), liveConfig(), ticket(), AT)).toEqual({
      kind: 'ticket-exists',
    });
    expect(assignments).toHaveLength(1);
  });
});
