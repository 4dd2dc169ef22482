import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildReport, type StoredCell } from '../../../../functions/core/reports/build-report';
import { foldChange, foldReopened } from '../../../../functions/core/reports/fold-change';
import type { CellDelta } from '../../../../functions/core/reports/report-counters';
import type { TicketEvent } from '../../../../functions/core/followup/ticket-history';

const RECEIVED = '2026-12-22T09:00:00.000Z';

function ticket(history: TicketEvent[], extra: Record<string, unknown> = {}) {
  return {
    pk: 'TICKET#t-1',
    sk: 'TICKET',
    ticketId: 't-1',
    receivedAt: RECEIVED,
    team: 'emea',
    agent: 'ann',
    status: 'assigned',
    decision: {
      language: { code: 'de' },
      region: { code: 'EU' },
      needsTranslation: true,
      expectedReplyBy: '2026-12-22T10:00:00.000Z',
    },
    ticket: { channel: 'email', priority: 'high', customer: { email: 'kim@example.com' } },
    history,
    ...extra,
  };
}

const assigned: TicketEvent = { event: 'assigned', at: RECEIVED, team: 'emea', agent: 'ann' };

/** Sums the cells of one dimension by value, as a report would read them back. */
function cellsOf(deltas: CellDelta[], dimension: string): Map<string, Record<string, number>> {
  const byValue = new Map<string, Record<string, number>>();
  for (const cell of deltas.filter(
    (each) => each.dimension === dimension && each.hour.length === 13,
  )) {
    const sum = byValue.get(cell.value) ?? {};
    for (const [name, amount] of Object.entries(cell.add)) sum[name] = (sum[name] ?? 0) + amount;
    byValue.set(cell.value, sum);
  }
  return byValue;
}

const stored = (deltas: CellDelta[], dimension: string): StoredCell[] =>
  deltas
    .filter((cell) => cell.dimension === dimension && cell.hour.length === 13)
    .map((cell) => ({ hour: cell.hour, value: cell.value, counters: cell.add }));

const QUERY = {
  from: DateTime.fromISO('2026-12-21T00:00:00Z', { zone: 'UTC' }),
  to: DateTime.fromISO('2026-12-31T00:00:00Z', { zone: 'UTC' }),
  by: 'team' as const,
  zone: 'UTC',
};

describe('folding ticket changes into counters', () => {
  it('counts a new ticket once in every dimension, with its translation', () => {
    const deltas = foldChange(undefined, ticket([assigned])).deltas();
    for (const [dimension, value] of [
      ['all', '*'],
      ['team', 'emea'],
      ['agent', 'ann'],
      ['language', 'de'],
      ['region', 'EU'],
      ['channel', 'email'],
      ['priority', 'high'],
    ] as const) {
      expect(cellsOf(deltas, dimension).get(value)).toEqual({ received: 1, translated: 1 });
    }
    expect(new Set(deltas.map((cell) => cell.hour))).toEqual(
      new Set(['2026-12-22T09', '2026-12-22']),
    );
  });

  it('counts only what a change added: a first acknowledgement kept within the promise', () => {
    const before = ticket([assigned]);
    const ack: TicketEvent = {
      event: 'acknowledged',
      at: '2026-12-22T09:30:00.000Z',
      agent: 'ann',
    };
    const deltas = foldChange(before, ticket([assigned, ack])).deltas();
    const all = cellsOf(deltas, 'all').get('*')!;
    expect(all).toMatchObject({ acknowledged: 1, ackPromised: 1, ackKept: 1 });
    expect(all.received).toBeUndefined();
    expect(deltas.every((cell) => cell.hour.startsWith('2026-12-22'))).toBe(true);
    // A later change that adds nothing to the history adds nothing.
    expect(
      foldChange(ticket([assigned, ack]), ticket([assigned, ack], { status: 'x' })).deltas(),
    ).toEqual([]);
  });

  it('books a handover to the team that left it, the time it cost, and no first contact', () => {
    const queued: TicketEvent = { event: 'queued', at: RECEIVED, team: 'emea', agent: null };
    const moved: TicketEvent = {
      event: 'handed-over',
      at: '2026-12-22T17:00:00.000Z',
      team: 'emea',
      agent: null,
    };
    const resolved: TicketEvent = {
      event: 'resolved',
      at: '2026-12-23T02:00:00.000Z',
      team: 'apac',
      agent: 'yui',
    };
    const before = ticket([queued]);
    const deltas = foldChange(
      before,
      ticket([queued, moved, resolved], { waitedMs: 3_600_000 }),
    ).deltas();
    const teams = cellsOf(deltas, 'team');
    expect(teams.get('emea')).toMatchObject({ handovers: 1, handoverMs: 8 * 3_600_000 });
    expect(teams.get('apac')).toMatchObject({ resolved: 1 });
    expect(teams.get('apac')!.resolvedFirstTeam).toBeUndefined();
    const report = buildReport(QUERY, stored(deltas, 'team'));
    expect(report.total.resolveP50Seconds).toBeGreaterThan(17 * 3600 * 0.97);
    expect(report.total.resolveP50Seconds).toBeLessThan(17 * 3600 * 1.03);
  });

  it('moves a changed survey answer instead of counting it again', () => {
    const survey = (score?: number) => ({
      pk: 'TICKET#t-1',
      sk: 'SURVEY',
      resolvedAt: '2026-12-22T11:00:00.000Z',
      team: 'emea',
      agent: 'ann',
      language: 'de',
      region: 'EU',
      channel: 'email',
      priority: 'high',
      ...(score === undefined ? {} : { score }),
    });
    const first = foldChange(survey(), survey(2)).deltas();
    const changed = foldChange(survey(2), survey(5)).deltas();
    const cells = [...stored(first, 'team'), ...stored(changed, 'team')];
    const row = buildReport(QUERY, cells).rows[0]!;
    expect(row).toMatchObject({ key: 'emea', surveys: 1, csat: 1, avgScore: 5 });
    // Erased with its customer, or expired: the answer goes, its counts stay.
    expect(foldChange(survey(5), undefined).deltas()).toEqual([]);
  });

  it('takes first contact back when the thread brings a new ticket within seven days', () => {
    const resolved: TicketEvent = { event: 'resolved', at: '2026-12-22T11:00:00.000Z' };
    const done = ticket([assigned, resolved], { status: 'resolved' });
    const deltas = [
      ...foldChange(ticket([assigned]), done).deltas(),
      ...foldReopened(done, '2026-12-25T08:00:00.000Z').deltas(),
    ];
    expect(buildReport(QUERY, stored(deltas, 'team')).rows[0]).toMatchObject({
      resolved: 1,
      fcr: 0,
    });
    expect(foldReopened(done, '2026-12-30T08:00:00.000Z').deltas()).toEqual([]);
    expect(
      buildReport(QUERY, stored(foldChange(ticket([assigned]), done).deltas(), 'team')).total.fcr,
    ).toBe(1);
  });

  it('adds each change to its day’s rollup as much as to its hour', () => {
    const deltas = foldChange(undefined, ticket([assigned])).deltas();
    const sum = (long: boolean) =>
      deltas
        .filter((cell) => cell.dimension === 'team' && (cell.hour.length === 13) === long)
        .map((cell) => cell.add);
    expect(sum(false)).toEqual(sum(true));
  });

  it('keeps no customer data in the cells', () => {
    const text = JSON.stringify(foldChange(undefined, ticket([assigned])).deltas());
    expect(text).not.toContain('kim@example.com');
    expect(text).not.toContain('t-1');
  });
});
