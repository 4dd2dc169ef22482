import { describe, expect, it } from 'vitest';
import { CellMap, cellTargets } from '../../../../functions/core/reports/change-cells';
import { FoldBatch, type RecordFold } from '../../../../functions/core/reports/fold-batch';
import type { CellDelta } from '../../../../functions/core/reports/report-counters';

const values = (team: string, agent: string) => ({
  all: '*',
  team,
  agent,
  language: 'de',
  region: 'EU',
  channel: 'email',
  priority: 'normal',
});

/** A record that receives one ticket at `at` for `team`/`agent` (7 dimensions × hour and day). */
const received =
  (at: string, team = 'emea', agent = 'ann'): RecordFold =>
  (sink) =>
    sink.add(at, cellTargets(values(team, agent)), { received: 1 });

const total = (cells: readonly CellDelta[], dimension: string, hour: string) =>
  cells
    .filter((cell) => cell.dimension === dimension && cell.hour === hour)
    .reduce((sum, cell) => sum + (cell.add.received ?? 0), 0);

describe('merging a stream batch into transactions', () => {
  it('updates each touched cell once per group, with every record marked', () => {
    const batch = new FoldBatch();
    batch.add('r1', received('2026-12-22T09:05:00.000Z'));
    batch.add('r2', received('2026-12-22T09:40:00.000Z', 'emea', 'bo'));
    batch.add('r3', (sink) =>
      sink.add('2026-12-22T09:50:00.000Z', cellTargets(values('emea', 'ann')), {}),
    );
    const [group, ...rest] = batch.groups();
    expect(rest).toEqual([]);
    // r3 added nothing and needs no marker.
    expect(group!.markers).toEqual([
      { recordId: 'r1', part: 0 },
      { recordId: 'r2', part: 0 },
    ]);
    // 7 hour cells and 7 day cells for ann, plus the agent cells of bo.
    expect(group!.cells).toHaveLength(16);
    expect(total(group!.cells, 'all', '2026-12-22T09')).toBe(2);
    expect(total(group!.cells, 'all', '2026-12-22')).toBe(2);
    expect(total(group!.cells, 'agent', '2026-12-22T09')).toBe(2);
  });

  it('gives a record that touches one cell twice one update of it (a ticket reopening its thread)', () => {
    const batch = new FoldBatch();
    batch.add('r1', (sink) => {
      sink.add('2026-12-22T09:05:00.000Z', cellTargets(values('emea', 'ann')), { received: 1 });
      sink.add('2026-12-22T07:00:00.000Z', cellTargets(values('emea', 'ann')), { reopened: 1 });
    });
    const [group] = batch.groups();
    const keys = group!.cells.map((cell) => `${cell.dimension}|${cell.value}|${cell.hour}`);
    expect(new Set(keys).size).toBe(keys.length);
    const day = group!.cells.find((cell) => cell.dimension === 'all' && cell.hour === '2026-12-22');
    expect(day!.add).toEqual({ received: 1, reopened: 1 });
  });

  it('starts a new group when the transaction would be too large, taking nothing back twice', () => {
    const batch = new FoldBatch(20);
    batch.add('r1', received('2026-12-22T09:05:00.000Z'));
    // Another hour: 7 new hour cells would make 1 + 14 + 1 + 7 > 20 items.
    batch.add('r2', received('2026-12-22T10:05:00.000Z'));
    batch.add('r3', received('2026-12-22T10:15:00.000Z'));
    const groups = batch.groups();
    expect(groups.map((group) => group.markers.map((marker) => marker.recordId))).toEqual([
      ['r1'],
      ['r2', 'r3'],
    ]);
    for (const group of groups)
      expect(group.markers.length + group.cells.length).toBeLessThanOrEqual(20);
    expect(total(groups[0]!.cells, 'all', '2026-12-22')).toBe(1);
    expect(total(groups[0]!.cells, 'all', '2026-12-22T10')).toBe(0);
    expect(total(groups[1]!.cells, 'all', '2026-12-22T10')).toBe(2);
  });

  it('writes a record too large for one transaction alone, in parts, leaving out parts done', () => {
    const hours = (sink: Parameters<RecordFold>[0]) => {
      for (const hour of ['09', '10', '11'])
        sink.add(`2026-12-22T${hour}:00:00.000Z`, cellTargets(values('emea', 'ann')), {
          received: 1,
        });
    };
    const alone = new CellMap();
    hours(alone);
    expect(alone.size).toBe(28);
    const batch = new FoldBatch(10);
    batch.add('big', hours);
    const parts = batch.groups();
    expect(parts.map((group) => group.markers)).toEqual(
      [0, 1, 2, 3].map((part) => [{ recordId: 'big', part }]),
    );
    expect(parts.flatMap((group) => group.cells)).toHaveLength(28);
    const again = new FoldBatch(10);
    again.add('big', hours, (part) => part < 2);
    expect(again.groups().map((group) => group.markers[0]!.part)).toEqual([2, 3]);
    const skipped = new FoldBatch();
    skipped.add('r1', received('2026-12-22T09:05:00.000Z'), (part) => part === 0);
    expect(skipped.groups()).toEqual([]);
  });
});
