// docs/guarantees.md: concurrent routers never push an agent past maxOpenTickets, and no ticket is
// lost.
import { afterEach, describe, expect, it } from 'vitest';
import {
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  type TestRouter,
} from './router-harness';

let router: TestRouter;
afterEach(() => router?.close());

describe('router, concurrent invocations', () => {
  it('routes 30 tickets raced by 6 invocations of 5 into agents of capacity 5: nobody above 5, none lost', async () => {
    router = await startTestRouter();
    // Three agents of five: 15 tickets fit, the other 15 must go to the team inbox.
    await router.saveConfig(teamConfig(router.runId, { agents: 3, capacity: 5 }));
    const ids = Array.from({ length: 30 }, (_, n) => `t${n}-${router.runId}`);
    const batches = Array.from({ length: 6 }, (_, b) =>
      ids.slice(b * 5, b * 5 + 5).map((id) => sqsRecord(ticketBody(id))),
    );

    router.counter.reset();
    const responses = await Promise.all(batches.map((records) => router.invoke(records)));
    expect(responses.flatMap((response) => response.batchItemFailures)).toEqual([]);

    // The race really happened: transactions were refused (agent full or conflicting) and retried.
    expect(router.counter.of('TransactWriteItemsCommand')).toBeGreaterThan(30);
    // One email each, marked sent once each.
    expect(router.counter.of('UpdateItemCommand')).toBe(30);
    const loads = await router.agentLoads();
    for (const open of Object.values(loads)) expect(open).toBeLessThanOrEqual(5);

    const tickets = await router.ticketItems();
    expect(tickets.map((item) => item.ticketId).sort()).toEqual([...ids].sort());
    const perAgent = new Map<string, number>();
    for (const ticket of tickets) {
      expect(ticket.status === 'queued' || ticket.status === 'assigned').toBe(true);
      if (typeof ticket.agent === 'string') {
        perAgent.set(ticket.agent, (perAgent.get(ticket.agent) ?? 0) + 1);
      }
    }
    // The counters agree with the tickets recorded: no increment without its ticket.
    expect(Object.fromEntries(perAgent)).toEqual(loads);
    const toAgents = [...perAgent.values()].reduce((sum, n) => sum + n, 0);
    expect(toAgents).toBe(15);
    expect(tickets.filter((ticket) => ticket.agent === null)).toHaveLength(15);

    const emails = await router.sentEmails();
    expect(emails).toHaveLength(30);
    const toInbox = emails.filter((email) => email.destination.to?.[0]?.startsWith('emea.'));
    expect(toInbox).toHaveLength(15);
  });
});
