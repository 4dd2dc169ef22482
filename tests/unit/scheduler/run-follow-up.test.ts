// The scheduler's follow-up against a store whose transaction answers are scripted: what it writes
// when the agent it chose fills up meanwhile, and when the ticket stays contended; and what a run
// keeps of a full listing that goes on over runs.
import type { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { decideRoute, planRoute } from '../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import type {
  FollowUpChange,
  FollowUpOutcome,
  FollowUpRunState,
  ListingPaging,
  OpenTicketRecord,
} from '../../../functions/adapters/follow-up-store';
import {
  listingParts,
  partKey,
  type FullListing,
  type ListingPositions,
} from '../../../functions/core/followup/full-listing';
import type { RoutingStateRequest } from '../../../functions/adapters/ticket-store';
import type { SchedulerDependencies } from '../../../functions/scheduler/dependencies';
import { runFollowUp } from '../../../functions/scheduler/run-follow-up';
import { AssignmentContentionError } from '../../../functions/shared/assignment-contention-error';
import { CONFLICT_ATTEMPTS } from '../../../functions/shared/assign-with-retry';
import { NEVER_WAITED } from '../../../functions/core/waiting-line/waited-time';
import { HANDOVER_TEAMS_YAML } from '../core/followup/handover-teams';
import { liveConfig, quietMetrics, ticket } from '../router/router-fixtures';

// York's two agents take one ticket each at most.
const LIVE = liveConfig(`${HANDOVER_TEAMS_YAML}agents:
  - { id: ben, email: ben@example.com, team: berlin }
  - { id: yan, email: yan@example.com, team: york, maxOpenTickets: 1 }
  - { id: yves, email: yves@example.com, team: york, maxOpenTickets: 1 }
`);

const ROUTED = Date.parse('2026-12-15T10:00:00Z'); // a Tuesday
const RUN = Date.parse('2026-12-15T16:50:00Z'); // within handoffLead of Berlin's end

function openTicket(): OpenTicketRecord {
  const held = ticket({ id: 'T-1', receivedAt: new Date(ROUTED).toISOString() });
  const decision = {
    ...decideRoute(planRoute(LIVE.compiled, held, ROUTED), EMPTY_ROUTING_STATE),
    agent: 'ben',
  };
  return {
    ticket: held,
    decision,
    status: 'assigned',
    team: 'berlin',
    agent: 'ben',
    acknowledgedAt: null,
    escalatedAt: null,
    version: 1,
    assignment: 1,
    lastEmailSequence: 1,
    pendingEmails: false,
    wait: NEVER_WAITED,
  };
}

/** A scheduler whose store answers each follow-up transaction with `answer`. */
function scheduler(answer: (change: FollowUpChange) => FollowUpOutcome) {
  const reads: RoutingStateRequest[] = [];
  const changes: FollowUpChange[] = [];
  const sent: string[] = [];
  const sleeps: number[] = [];
  const failures: unknown[] = [];
  const logger = {
    info: () => undefined,
    warn: () => undefined,
    error: (_message: string, extra: { error?: unknown }) => failures.push(extra.error),
  } as unknown as Logger;
  const deps: SchedulerDependencies = {
    followUps: {
      listOpenTickets: async (_teams, mayBeDue) => {
        const record = openTicket();
        const entry = {
          ticketId: record.ticket.id,
          listStatus: record.status,
          team: record.team!,
          agent: record.agent,
          statusSince: record.decision.at,
          followUpAt: undefined,
          pendingEmails: record.pendingEmails,
        };
        return { open: 1, tickets: mayBeDue(entry) ? [record] : [], positions: {} };
      },
      recordFollowUp: async (change) => {
        changes.push(change);
        return answer(change);
      },
      clearPendingEmails: async () => undefined,
      // No run before: every open ticket is listed through the due filter.
      listDueTickets: async () => ({ open: 0, tickets: [] }),
      relistFollowUp: async () => true,
      readRunState: async () => undefined,
      writeRunState: async () => undefined,
      writeListingProgress: async () => true,
      backfillFollowUps: async () => ({ scanned: 0, written: 0 }),
    },
    // Nobody waits; the run's fills read nothing here (Berlin leaves within handoffLead, York
    // is not on shift yet).
    line: { lineHead: async () => [], readOpenTicket: async () => undefined },
    tickets: {
      loadRoutingState: async (request) => {
        reads.push(request);
        return EMPTY_ROUTING_STATE;
      },
      findTicket: async () => undefined,
      recordAssignment: async () => ({ kind: 'conflict' }),
      claimEmail: async () => true,
      releaseEmail: async () => undefined,
      markEmailSent: async () => undefined,
    },
    mailer: {
      send: async (email) => {
        sent.push(email.to);
        return { messageId: `m-${sent.length}` };
      },
    },
    config: { current: async () => LIVE, compiledVersion: async () => LIVE.compiled },
    clock: () => RUN,
    logger,
    metrics: quietMetrics(),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };
  return { deps, reads, changes, sent, sleeps, failures };
}

describe('runFollowUp', () => {
  it('hands over to the next agent of the new team when the one chosen filled up meanwhile', async () => {
    const { deps, reads, changes, sent } = scheduler((change) =>
      changes.length === 1
        ? { kind: 'agent-full', agentId: change.reroute!.decision.agent! }
        : { kind: 'recorded' },
    );
    const summary = await runFollowUp(deps, RUN);
    expect(summary).toMatchObject({ open: 1, handedOver: 1, failed: 0 });
    const [first, second] = changes.map((change) => change.reroute!);
    expect(first).toMatchObject({ decision: { team: 'york' }, agentLimit: 1 });
    expect(second!.decision.agent).not.toBe(first!.decision.agent);
    expect(['yan', 'yves']).toContain(second!.decision.agent);
    expect(reads).toEqual([{ agentIds: ['yan', 'yves'] }, { agentIds: ['yan', 'yves'] }]);
    expect(sent).toContain(`${second!.decision.agent}@example.com`);
  });

  it('leaves a ticket still contended after every attempt to the next run, logged', async () => {
    const { deps, changes, sleeps, failures, sent } = scheduler(() => ({ kind: 'conflict' }));
    const summary = await runFollowUp(deps, RUN);
    expect(summary).toMatchObject({ open: 1, handedOver: 0, failed: 1 });
    expect(changes).toHaveLength(2 + CONFLICT_ATTEMPTS);
    expect(sleeps).toHaveLength(2 + CONFLICT_ATTEMPTS);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(AssignmentContentionError);
    expect(failures[0]).toMatchObject({ ticketId: 'T-1', attempts: 2 + CONFLICT_ATTEMPTS });
    expect(sent).toEqual([]);
  });

  it('keeps the full listing’s place until every part is read, then schedules from its start', async () => {
    const { deps } = scheduler(() => ({ kind: 'recorded' }));
    const teams = LIVE.compiled.teams.map((team) => team.id);
    const done: ListingPositions = Object.fromEntries(
      listingParts(teams).map((part) => [partKey(part), 'done' as const]),
    );
    const halfway: ListingPositions = { ...done, [partKey(listingParts(teams)[0]!)]: { pk: 'x' } };
    // A listing asked for at RUN, and one two minutes later, which comes while it is under way.
    const askedMidway = RUN + 2 * 60_000;
    let state: FollowUpRunState | undefined = {
      schedule: { configVersion: 1, listings: [RUN, askedMidway] },
      backfilled: true,
    };
    const asked: ListingPaging[] = [];
    const progress: FullListing[] = [];
    const stores = (positions: ListingPositions) => ({
      ...deps,
      followUps: {
        ...deps.followUps,
        readRunState: async () => state,
        writeRunState: async (written: FollowUpRunState) => {
          state = written;
        },
        writeListingProgress: async (listing: FullListing) => {
          progress.push(listing);
          state = { ...(state ?? { backfilled: false }), listing };
          return true;
        },
        listOpenTickets: async (
          _teams: readonly string[],
          _due: unknown,
          paging?: ListingPaging,
        ) => {
          asked.push(paging!);
          return { open: 0, tickets: [], positions };
        },
      },
    });

    const first = await runFollowUp(stores(halfway), RUN);
    expect(first).toMatchObject({ listing: 'all', listingLeft: true });
    expect(asked[0]!.from).toEqual({});
    expect(progress).toEqual([{ configVersion: 1, startedAt: RUN, positions: halfway }]);
    expect(state?.schedule?.listings).toEqual([RUN, askedMidway]);

    const later = RUN + 5 * 60_000;
    const second = await runFollowUp(stores(done), later);
    expect(second).toMatchObject({ listing: 'all', listingLeft: false });
    expect(asked[1]!.from).toEqual(halfway);
    expect(progress).toHaveLength(1);
    // Complete: the listing under way is gone, and the listing asked for after it began stays,
    // as the parts read before then were read too early for it.
    expect(state?.listing).toBeUndefined();
    expect(state?.schedule).toEqual({ configVersion: 1, listings: [askedMidway] });
  });

  it('moves the listing on only when nothing it found failed', async () => {
    const { deps } = scheduler(() => ({ kind: 'conflict' }));
    const written: unknown[] = [];
    const failing = {
      ...deps,
      followUps: {
        ...deps.followUps,
        writeRunState: async (state: FollowUpRunState) => {
          written.push(state);
        },
        writeListingProgress: async (listing: FullListing) => {
          written.push(listing);
          return true;
        },
      },
    };
    const summary = await runFollowUp(failing, RUN);
    expect(summary).toMatchObject({ listing: 'all', failed: 1 });
    expect(written).toEqual([]);
  });
});
