// Coverage, route preview and ticket reads through the local gateway, against DynamoDB Local.
import { readFileSync } from 'node:fs';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../functions/core/routing/compiled-config';
import { routeTicket } from '../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { parseConfig } from '../../../functions/core/config/parse-config';
import { parseTicket, type Ticket } from '../../../functions/core/ticket/ticket-schema';
import { ticketItem } from '../../../functions/adapters/dynamodb/ticket-items';
import { EXAMPLE_CONFIG } from '../example-config';
import { startAdminApi, TOKENS, type AdminApi } from './admin-harness';

const GERMAN = JSON.parse(
  readFileSync(new URL('../../../examples/tickets/de-order-missing.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let api: AdminApi;
beforeAll(async () => {
  api = await startAdminApi();
});
afterAll(() => api?.stop());

/** Records a routed ticket as the router does, so the reads have something to find. */
async function recordTicket(id: string, receivedAt: string): Promise<Ticket> {
  const parsed = parseTicket({ ...GERMAN, id, receivedAt });
  if (!parsed.ok) throw new Error('fixture ticket is invalid');
  const config = parseConfig(EXAMPLE_CONFIG, { holidays: dateHolidaysCalendar });
  if (!config.ok) throw new Error('example configuration is invalid');
  const at = Date.parse(receivedAt);
  const decision = routeTicket(
    compileConfig(config.config, dateHolidaysCalendar),
    parsed.ticket,
    at,
    EMPTY_ROUTING_STATE,
  );
  await api.clients.documents.send(
    new PutCommand({
      TableName: api.ticketsTable,
      Item: ticketItem(parsed.ticket, decision, at),
    }),
  );
  return parsed.ticket;
}

describe('admin API: coverage', () => {
  it('reports who is on shift and the gaps per region and language for the period asked', async () => {
    const response = await api.call('GET', '/coverage?from=2026-12-21&days=7&zone=Europe/Berlin', {
      token: TOKENS.reader,
    });
    expect(response.status).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({
      version: 1,
      from: '2026-12-20T23:00:00.000Z',
      to: '2026-12-27T23:00:00.000Z',
    });
    expect(report.teams.map((team: { id: string }) => team.id)).toContain('emea-berlin');
    expect(Object.keys(report.gaps.byRegion).sort()).toEqual(['APAC', 'EU', 'NA']);
    expect(report.gaps.byLanguage.de.length).toBeGreaterThan(0);
    // Christmas Day is a public holiday in Berlin: nobody speaking German is on shift then.
    const christmasNoon = Date.parse('2026-12-25T11:00:00Z');
    expect(
      report.gaps.byLanguage.de.some(
        (gap: { start: string; end: string }) =>
          Date.parse(gap.start) <= christmasNoon && christmasNoon < Date.parse(gap.end),
      ),
    ).toBe(true);
    // Luca, Berlin's one Italian speaker, is away all week: nobody can take Italian at all.
    expect(report.gaps.byLanguage.it).toEqual([
      expect.objectContaining({
        start: report.from,
        end: report.to,
        openBefore: true,
        openAfter: true,
      }),
    ]);
    const berlin = report.teams.find((team: { id: string }) => team.id === 'emea-berlin');
    expect(berlin.byLanguage.it.why.speakers).toEqual([
      expect.objectContaining({
        id: 'luca.rossi',
        standing: expect.objectContaining({
          cause: expect.objectContaining({ kind: 'away', reason: 'Christmas in Milan' }),
        }),
      }),
    ]);
  });

  it('answers bad parameters with 400 at query paths', async () => {
    const response = await api.call('GET', '/coverage?from=someday&days=400&zone=Mars/Olympus');
    expect(response.status).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'query.zone',
      'query.from',
      'query.days',
    ]);
  });
});

describe('admin API: route preview', () => {
  it('returns the decision with reasons and records nothing', async () => {
    const ticket = { ...GERMAN, id: 'preview-only' };
    const response = await api.call('POST', '/route/preview', {
      token: TOKENS.reader,
      body: { ticket, at: '2026-12-22T09:15:00Z' },
    });
    expect(response.status).toBe(200);
    const { version, decision } = response.json();
    expect(version).toBe(1);
    expect(decision).toMatchObject({
      ticketId: 'preview-only',
      status: 'assigned',
      team: 'emea-berlin',
      language: { code: 'de' },
      at: '2026-12-22T09:15:00.000Z',
      // Berlin, the only German-speaking team, is on shift until 18:00: four hours (normal).
      expectedReplyBy: '2026-12-22T13:15:00.000Z',
    });
    expect(decision.agent).toEqual(expect.any(String));
    expect(decision.reasons[0]).toContain('emea-berlin');
    // What the customer would read: the reference and the reply-by, in German, on Berlin's clock.
    const { customerMessage } = response.json();
    expect(customerMessage).toContain('preview-only');
    expect(customerMessage).toContain('14:15');

    // On Christmas Day Berlin is off: the same ticket goes elsewhere or waits.
    const christmas = await api.call('POST', '/route/preview', {
      body: { ticket, at: '2026-12-25T10:00:00+01:00' },
    });
    expect(christmas.json().decision.team).not.toBe('emea-berlin');
    // Christmas closes most teams: four hours of covered time take more than four of the clock.
    expect(Date.parse(christmas.json().decision.expectedReplyBy)).toBeGreaterThan(
      Date.parse('2026-12-25T13:00:00Z'),
    );

    const { Items = [] } = await api.clients.documents.send(
      new ScanCommand({ TableName: api.ticketsTable }),
    );
    expect(Items.filter((item) => item.ticketId === 'preview-only')).toEqual([]);
  });

  it('answers an invalid ticket with 400 at paths under ticket', async () => {
    const response = await api.call('POST', '/route/preview', {
      body: { ticket: { ...GERMAN, receivedAt: 'soon', channel: 'fax' }, at: 'later' },
    });
    expect(response.status).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['ticket.receivedAt', 'ticket.channel', 'at']));
  });

  it('answers an at without an offset with 400, as a ticket without one', async () => {
    const response = await api.call('POST', '/route/preview', {
      body: { ticket: GERMAN, at: '2026-12-22T09:00' },
    });
    expect(response.status).toBe(400);
    expect(response.json().errors).toEqual([
      {
        path: 'at',
        message:
          '"2026-12-22T09:00" is not an ISO-8601 instant with an offset or Z (e.g. 2026-12-22T09:15:00Z)',
      },
    ]);
  });
});

describe('admin API: tickets', () => {
  it('lists a team’s tickets by status and since an instant, and shows one with its decision', async () => {
    await recordTicket('admin-read-1', '2026-12-22T09:15:00Z');
    await recordTicket('admin-read-2', '2026-12-22T10:15:00Z');

    const all = await api.call('GET', '/tickets?team=emea-berlin', { token: TOKENS.reader });
    expect(all.status).toBe(200);
    expect(all.json()).toMatchObject({ truncated: false });
    expect(all.json().tickets.map((t: { ticketId: string }) => t.ticketId)).toEqual([
      'admin-read-2',
      'admin-read-1',
    ]);
    const since = await api.call(
      'GET',
      '/tickets?team=emea-berlin&status=assigned&from=2026-12-22T10:00:00Z',
    );
    expect(since.json().tickets.map((t: { ticketId: string }) => t.ticketId)).toEqual([
      'admin-read-2',
    ]);
    const limited = await api.call('GET', '/tickets?team=emea-berlin&limit=1');
    expect(limited.json()).toMatchObject({ truncated: true });
    expect(
      (await api.call('GET', '/tickets?team=emea-berlin&status=queued')).json().tickets,
    ).toEqual([]);

    const one = await api.call('GET', '/tickets/admin-read-1', { token: TOKENS.reader });
    expect(one.status).toBe(200);
    const detail = one.json();
    expect(detail.ticket).toMatchObject({
      ticketId: 'admin-read-1',
      status: 'assigned',
      team: 'emea-berlin',
      decision: { team: 'emea-berlin', reasons: expect.any(Array) },
    });
    expect(detail.ticket).not.toHaveProperty('pk');
    expect(detail.ticket).not.toHaveProperty('teamStatus');
    expect(detail.ticket).not.toHaveProperty('history');
    expect(detail).toMatchObject({
      emails: [],
      history: [{ event: 'assigned', team: 'emea-berlin', at: '2026-12-22T09:15:00.000Z' }],
    });
  });

  it('answers 404 for an unknown ticket and 400 for bad listing parameters', async () => {
    expect((await api.call('GET', '/tickets/nope')).status).toBe(404);
    const bad = await api.call('GET', '/tickets?status=Open!&from=tomorrow&limit=0');
    expect(bad.status).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'query.team',
      'query.status',
      'query.from',
      'query.limit',
    ]);
  });
});
