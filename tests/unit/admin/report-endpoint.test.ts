import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAdminHandler } from '../../../functions/admin/admin-handler';
import { foldChange } from '../../../functions/core/reports/fold-change';
import {
  adminEvent,
  memoryAdminDependencies,
  MemoryReportsStore,
  READER_CLAIMS,
} from './memory-admin-dependencies';

const CONTEXT = {} as Context;

function ticketImage(id: string, team: string, receivedAt: string) {
  return {
    pk: `TICKET#${id}`,
    sk: 'TICKET',
    ticketId: id,
    receivedAt,
    team,
    agent: null,
    decision: { language: { code: 'en' }, region: { code: 'EU' }, needsTranslation: false },
    ticket: { channel: 'chat', priority: 'normal' },
    history: [{ event: 'queued', at: receivedAt, team, agent: null }],
  };
}

async function setup() {
  const reports = new MemoryReportsStore();
  const { deps } = memoryAdminDependencies({ reports });
  await reports.fold({
    markers: [{ recordId: 'r1', part: 0 }],
    cells: foldChange(undefined, ticketImage('a', 'emea', '2026-12-21T10:05:00Z')).deltas(),
  });
  await reports.fold({
    markers: [{ recordId: 'r2', part: 0 }],
    cells: foldChange(undefined, ticketImage('b', 'emea', '2026-12-21T23:59:00Z')).deltas(),
  });
  await reports.fold({
    markers: [{ recordId: 'r3', part: 0 }],
    cells: foldChange(undefined, ticketImage('c', 'apac', '2026-12-22T02:00:00Z')).deltas(),
  });
  const handler = createAdminHandler(deps);
  return async (query: Record<string, string>) => {
    const response = await handler(
      adminEvent('GET /reports', { claims: READER_CLAIMS, query }),
      CONTEXT,
    );
    return { status: response.statusCode, json: JSON.parse(response.body ?? 'null') };
  };
}

describe('GET /reports', () => {
  it('serves a reader the measures by team, whole days as given', async () => {
    const get = await setup();
    const { status, json } = await get({ from: '2026-12-21', to: '2026-12-21', by: 'team' });
    expect(status).toBe(200);
    expect(json.from).toBe('2026-12-21T00:00:00.000Z');
    expect(json.to).toBe('2026-12-22T00:00:00.000Z');
    expect(
      json.rows.map((row: { key: string; received: number }) => [row.key, row.received]),
    ).toEqual([['emea', 2]]);
    expect(json.total).toMatchObject({ received: 2, queued: 2 });
  });

  it('tells hours of the week in the zone asked for', async () => {
    const get = await setup();
    const { json } = await get({
      from: '2026-12-21',
      to: '2026-12-22',
      by: 'hour',
      zone: 'Asia/Tokyo',
    });
    expect(json.rows.map((row: { key: string }) => row.key)).toEqual([
      'Mon 19',
      'Tue 08',
      'Tue 11',
    ]);
  });

  it('names each field it cannot read', async () => {
    const get = await setup();
    const { status, json } = await get({ from: 'yesterday', by: 'mood', zone: 'Mars/Base' });
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toContain('query.by');
    expect(JSON.stringify(json)).toContain('query.zone');
    const reversed = await get({ from: '2026-12-22', to: '2026-12-20' });
    expect(reversed.status).toBe(400);
    expect(JSON.stringify(reversed.json)).toContain('query.to');
    const bad = await get({ from: 'yesterday' });
    expect(JSON.stringify(bad.json)).toContain('query.from');
  });
});
