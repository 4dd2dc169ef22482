// The scheduler after a support lead saves a new configuration, on the stand-ins with the example
// company: the full listing that follows, spread over runs when a run's share of pages is small,
// and a shift cut short in the middle of the day.
import { afterEach, describe, expect, it } from 'vitest';
import { DynamoDbFollowUpStore } from '../../../functions/adapters/dynamodb/dynamodb-follow-up-store';
import type { FollowUpStore } from '../../../functions/adapters/follow-up-store';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import type { SchedulerDependencies } from '../../../functions/scheduler/dependencies';
import { runFollowUp, type FollowUpSummary } from '../../../functions/scheduler/run-follow-up';
import { startFollowUpTest, STEP_MS, type FollowUpTest } from './follow-up-harness';

const HOUR_MS = 3_600_000;

let test: FollowUpTest | undefined;
afterEach(() => test?.close());

/** German: Berlin holds it on a weekday (Berlin's agents read German). */
function germanTicket(id: string, receivedAt: number, priority = 'low') {
  return {
    id,
    channel: 'email',
    receivedAt: new Date(receivedAt).toISOString(),
    subject: 'Paket nicht angekommen',
    body: 'Hallo, mein Paket sollte letzte Woche ankommen und ist immer noch nicht da. Können Sie bitte nachsehen, wo es ist?',
    customer: { name: 'Jonas Weber', country: 'DE', email: 'jonas@example.de' },
    priority,
  };
}

/** The scheduler's store, telling which tickets each full listing's pages listed. */
function listingRecorder(deps: SchedulerDependencies) {
  const listed: string[] = [];
  const store = deps.followUps;
  const followUps: FollowUpStore = Object.assign(Object.create(store) as FollowUpStore, {
    listOpenTickets: (...[teams, mayBeDue, paging]: Parameters<FollowUpStore['listOpenTickets']>) =>
      store.listOpenTickets(
        teams,
        (entry) => {
          listed.push(entry.ticketId);
          return mayBeDue(entry);
        },
        paging,
      ),
  });
  return { deps: { ...deps, followUps }, listed };
}

function store(started: FollowUpTest) {
  return new DynamoDbFollowUpStore(
    started.router.documents,
    started.router.env[TICKETS_TABLE.tableNameEnv]!,
  );
}

const runState = (started: FollowUpTest) => store(started).readRunState();

const onShift = (hours: { start: string; end: string }) => [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], ...hours },
];

describe('the full listing after a configuration change', () => {
  it('goes on over runs when a run may read few pages: each ticket listed once, due ones served first', async () => {
    const start = Date.parse('2026-12-22T09:00:00Z'); // Tuesday, 10:00 in Berlin
    test = await startFollowUpTest(start);
    const ids = Array.from({ length: 6 }, (_, n) => `paged-${n}-${test!.router.runId}`);
    for (const id of ids) await test.route(germanTicket(id, start));
    await test.tickets.acknowledgeTicket({
      ticketId: ids[0]!,
      at: start,
      by: 'cli',
      actor: 'lead',
    });
    // The first runs list everything once and backfill; from then on byFollowUp alone.
    const settled = await test.runUntil(start + 3 * STEP_MS);
    expect(settled.map((run) => run.listing)).toEqual(['all', 'all', 'due']);

    // An urgent ticket, due its escalation at 09:22 (ackWithin PT10M); then a new version.
    test.router.now = start + 12 * 60_000;
    const urgent = `paged-urgent-${test.router.runId}`;
    await test.route(germanTicket(urgent, test.router.now, 'urgent'));
    const version = await test.saveConfig((document) => {
      const teams = document.teams as { id: string; name: string }[];
      teams.find((team) => team.id === 'emea-dublin')!.name = 'EMEA Dublin (Docklands)';
    });

    // Four pages of two entries a run: eight teams' three parts take several runs.
    const { deps, listed } = listingRecorder(test.scheduler());
    const limits = { budget: { maxPages: 4, reserveMs: 0 }, pageSize: 2 };
    const runs: FollowUpSummary[] = [];
    test.router.now = start + 5 * STEP_MS;
    do {
      runs.push(await runFollowUp(deps, test.router.now, limits));
      test.router.now += STEP_MS;
    } while (runs.at(-1)!.listingLeft && runs.length < 20);

    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.at(-1)!.listingLeft).toBe(false);
    expect(runs.every((run) => run.listing === 'all' && run.failed === 0)).toBe(true);
    expect(runs.every((run) => run.listingPages <= 4)).toBe(true);
    // The urgent ticket was escalated by the first run, from byFollowUp, before its page came.
    expect(runs[0]).toMatchObject({ escalated: 1, listingLeft: true });
    expect(runs.slice(1).every((run) => run.escalated === 0)).toBe(true);
    const escalations = (await test.history(urgent)).filter((event) => event.event === 'escalated');
    expect(escalations.map((event) => event.at)).toEqual([
      new Date(start + 5 * STEP_MS).toISOString(),
    ]);
    // Every open ticket, the acknowledged one too, listed exactly once in the listing.
    expect([...listed].sort()).toEqual([...ids, urgent].sort());

    // Only the last page clears what the first asked for: the version is listed, none under way.
    const state = await runState(test);
    expect(state?.listing).toBeUndefined();
    expect(state?.schedule?.configVersion).toBe(version);
    // A run that read the listing under way and ends after the last one puts nothing back.
    const began = { configVersion: version, startedAt: start + 5 * STEP_MS, positions: {} };
    expect(await store(test).writeListingProgress(began, began)).toBe(false);
    expect((await runState(test))?.listing).toBeUndefined();
  }, 120_000);

  it('hands over before a shift cut short mid-day ends, not at the old end', async () => {
    // Berlin's shift ends at 18:00 (17:00 UTC in winter): its tickets are handed over from 16:45.
    const start = Date.parse('2026-12-22T09:00:00Z');
    test = await startFollowUpTest(start);
    const ids = Array.from({ length: 4 }, (_, n) => `cut-${n}-${test!.router.runId}`);
    for (const id of ids) await test.route(germanTicket(id, start));
    await test.runUntil(start + 2 * HOUR_MS);
    const holders = await Promise.all(
      ids.map(async (id) => String((await test!.ticket(id)).agent)),
    );
    const agent = holders[0]!;
    const cut = ids.filter((_, n) => holders[n] === agent);
    const kept = ids.filter((_, n) => holders[n] !== agent);
    expect(kept.length).toBeGreaterThan(0);

    // 12:00 in Berlin: the lead ends that agent's shift at 15:00 (14:00 UTC) from today.
    const version = await test.saveConfig((document) => {
      const agents = document.agents as { id: string; shifts?: unknown }[];
      agents.find((entry) => entry.id === agent)!.shifts = onShift({
        start: '08:00',
        end: '15:00',
      });
    });
    const [next] = await test.runUntil(test.router.now + STEP_MS);
    expect(next).toMatchObject({ listing: 'all', listingLeft: false, handedOver: 0 });
    expect((await runState(test))?.schedule?.configVersion).toBe(version);

    // 13:40: still more than handoffLead (15 minutes) before 14:00 UTC.
    await test.runUntil(Date.parse('2026-12-22T13:40:00Z'));
    for (const id of cut)
      expect((await test.history(id)).map((event) => event.event)).toEqual(['assigned']);
    const handover = await test.runUntil(Date.parse('2026-12-22T13:45:00Z'));
    expect(handover[0]).toMatchObject({ listing: 'all', handedOver: cut.length, failed: 0 });
    for (const id of cut) {
      const moved = (await test.history(id)).find((event) => event.event === 'handed-over');
      // Handed over by the 13:45 run (above) as from the new shift end, not 17:00.
      expect(moved).toMatchObject({ at: '2026-12-22T14:00:00.000Z' });
      expect(moved?.agent).not.toBe(agent);
    }
    // The agents whose shift did not move keep theirs until the old time.
    await test.runUntil(Date.parse('2026-12-22T16:40:00Z'));
    for (const id of kept) {
      expect((await test.history(id)).map((event) => event.event)).toEqual(['assigned']);
    }
    for (const id of cut) {
      const moves = (await test.history(id)).filter((event) => event.event === 'handed-over');
      expect(moves).toHaveLength(1);
    }
  }, 180_000);
});
