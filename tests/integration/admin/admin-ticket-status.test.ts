// GET /tickets?status= as a support lead reads it: tickets recorded, acknowledged and resolved
// through the real ticket stores on DynamoDB Local, listed through the local gateway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideRoute, planRoute } from '../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { DynamoDbFollowUpStore } from '../../../functions/adapters/dynamodb/dynamodb-follow-up-store';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import { DynamoDbTicketStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-store';
import { AT, liveConfig, ticket } from '../../unit/router/router-fixtures';
import { startAdminApi, TOKENS, type AdminApi } from './admin-harness';

const HOUR = 3_600_000;
/** Saturday 2026-12-26 10:00 UTC: the team is off, so a ticket waits for Monday. */
const SATURDAY = Date.parse('2026-12-26T10:00:00Z');

let api: AdminApi;
let store: DynamoDbTicketStore;
let actions: DynamoDbTicketActionStore;
let followUps: DynamoDbFollowUpStore;

async function record(id: string, at: number): Promise<void> {
  const routed = ticket({ id, receivedAt: new Date(at).toISOString() });
  const decision = decideRoute(planRoute(liveConfig().compiled, routed, at), EMPTY_ROUTING_STATE);
  expect(await store.recordAssignment({ ticket: routed, decision, at })).toMatchObject({
    kind: 'recorded',
  });
}

const acknowledge = (ticketId: string, at: number) =>
  actions.acknowledgeTicket({ ticketId, at, by: 'cli', actor: 'lead' });
const resolve = (ticketId: string, at: number) =>
  actions.resolveTicket({ ticketId, at, by: 'cli', actor: 'lead' });

async function listed(query: string): Promise<string[]> {
  const response = await api.call('GET', `/tickets?team=emea${query}`, { token: TOKENS.reader });
  expect(response.status).toBe(200);
  return response.json().tickets.map((t: { ticketId: string }) => t.ticketId);
}

beforeAll(async () => {
  api = await startAdminApi();
  store = new DynamoDbTicketStore(api.clients.documents, api.ticketsTable);
  actions = new DynamoDbTicketActionStore(api.clients.documents, api.ticketsTable);
  followUps = new DynamoDbFollowUpStore(api.clients.documents, api.ticketsTable);
  await record('open-1', AT);
  await record('open-2', AT + 1 * HOUR);
  await record('acked-1', AT);
  await record('acked-2', AT);
  await record('acked-then-resolved', AT);
  await record('resolved', AT);
  await record('queued-open', SATURDAY);
  await record('queued-acked', SATURDAY);
  await acknowledge('acked-1', AT + 2 * HOUR);
  await acknowledge('acked-2', AT + 3 * HOUR);
  await acknowledge('acked-then-resolved', AT + 2 * HOUR);
  await resolve('acked-then-resolved', AT + 4 * HOUR);
  await resolve('resolved', AT + 5 * HOUR);
  await acknowledge('queued-acked', SATURDAY + 1 * HOUR);
}, 60_000);
afterAll(() => api?.stop());

describe('admin API: tickets by status, acknowledgement included', () => {
  it('lists acknowledged and unresolved tickets under acknowledged, latest acknowledgement first', async () => {
    expect(await listed('&status=acknowledged')).toEqual(['queued-acked', 'acked-2', 'acked-1']);
    const response = await api.call('GET', '/tickets?team=emea&status=acknowledged&limit=1');
    // The stored status stays what routing made it; the acknowledgement is beside it.
    expect(response.json()).toMatchObject({
      truncated: true,
      tickets: [
        {
          ticketId: 'queued-acked',
          status: 'queued',
          acknowledgedAt: '2026-12-26T11:00:00.000Z',
          statusSince: '2026-12-26T11:00:00.000Z',
        },
      ],
    });
  });

  it('keeps acknowledged tickets out of assigned and queued, and resolved ones out of acknowledged', async () => {
    expect(await listed('&status=assigned')).toEqual(['open-2', 'open-1']);
    expect(await listed('&status=queued')).toEqual(['queued-open']);
    expect(await listed('&status=resolved')).toEqual(['resolved', 'acked-then-resolved']);
  });

  it('lists every ticket once without a status', async () => {
    const all = await listed('');
    expect([...all].sort()).toEqual([
      'acked-1',
      'acked-2',
      'acked-then-resolved',
      'open-1',
      'open-2',
      'queued-acked',
      'queued-open',
      'resolved',
    ]);
  });

  it('pages acknowledged tickets by limit and by the acknowledgement instant', async () => {
    const page = await api.call('GET', '/tickets?team=emea&status=acknowledged&limit=2');
    expect(page.json().truncated).toBe(true);
    expect(page.json().tickets.map((t: { ticketId: string }) => t.ticketId)).toEqual([
      'queued-acked',
      'acked-2',
    ]);
    expect(await listed('&status=acknowledged&limit=3')).toHaveLength(3);
    expect(
      (await api.call('GET', '/tickets?team=emea&status=acknowledged&limit=3')).json().truncated,
    ).toBe(false);
    expect(await listed('&status=acknowledged&from=2026-12-22T12:15:00Z')).toEqual([
      'queued-acked',
      'acked-2',
    ]);
  });

  it('still gives the scheduler every ticket that is not resolved, acknowledged ones included', async () => {
    const listed: string[] = [];
    const { open: count, tickets: open } = await followUps.listOpenTickets(['emea'], (entry) => {
      listed.push(entry.ticketId);
      return true;
    });
    expect(count).toBe(6);
    expect(listed.sort()).toEqual(open.map((record) => record.ticket.id).sort());
    expect(open.map((record) => record.ticket.id).sort()).toEqual([
      'acked-1',
      'acked-2',
      'open-1',
      'open-2',
      'queued-acked',
      'queued-open',
    ]);
    expect(open.find((record) => record.ticket.id === 'acked-1')).toMatchObject({
      status: 'assigned',
      acknowledgedAt: '2026-12-22T11:15:00.000Z',
    });
  });

  it('refuses a status it does not list with 400 naming the choices', async () => {
    const response = await api.call('GET', '/tickets?team=emea&status=acknowleged');
    expect(response.status).toBe(400);
    expect(response.json().errors).toEqual([
      {
        path: 'query.status',
        message: '"acknowleged" is not one of queued, assigned, acknowledged, resolved',
      },
    ]);
  });
});
