import type { Clock } from '../adapters/clock';
import type { ReportsStore } from '../adapters/reports-store';
import type { CellSink } from '../core/reports/change-cells';
import { FoldBatch, type FoldMarker } from '../core/reports/fold-batch';
import { foldChange, foldReopened } from '../core/reports/fold-change';
import type { CellDelta } from '../core/reports/report-counters';
import { ALL_VALUE } from '../core/reports/report-dimensions';
import { REPORTS_METRICS } from '../definitions/reports';

type Image = Record<string, unknown>;

/** One record of the batch as the fold reads it. */
export interface Change {
  readonly id: string;
  readonly before: Image | undefined;
  readonly after: Image | undefined;
  /**
   * The resolved ticket the customer came back to at `at` (this new ticket is in its thread, or
   * this is a new message of theirs on it), with their earlier messages on it.
   */
  readonly reopens?: {
    readonly earlier: Image;
    readonly at: string;
    readonly earlierReturns: readonly string[];
  };
}

/** The increments of one change, into `cells`. */
function foldInto(change: Change, cells: CellSink): void {
  foldChange(change.before, change.after, cells);
  const reopens = change.reopens;
  if (reopens) foldReopened(reopens.earlier, reopens.at, cells, reopens.earlierReturns);
}

/** The batch's totals of the measures CloudWatch graphs (the `all` cells). */
function addTotals(totals: Map<string, number>, cells: readonly CellDelta[]) {
  for (const cell of cells) {
    if (cell.dimension !== 'all' || cell.value !== ALL_VALUE || cell.hour.length !== 13) continue;
    const add = (name: string, amount: number | undefined) => {
      if (amount) totals.set(name, (totals.get(name) ?? 0) + amount);
    };
    const c = cell.add;
    add(REPORTS_METRICS.received, c.received);
    add(REPORTS_METRICS.acknowledged, c.acknowledged);
    add(REPORTS_METRICS.ackKept, c.ackKept);
    add(REPORTS_METRICS.ackBroken, (c.ackPromised ?? 0) - (c.ackKept ?? 0));
    add(REPORTS_METRICS.resolved, c.resolved);
    add(REPORTS_METRICS.handovers, c.handovers);
    add(REPORTS_METRICS.escalations, c.escalations);
    add(REPORTS_METRICS.surveys, c.surveys);
    add(REPORTS_METRICS.surveysPositive, c.surveysPositive);
  }
}

const markerName = (marker: FoldMarker) => `${marker.recordId}#${marker.part}`;

/**
 * Folds the changes into the reports table: merged per cell across the batch (fold-batch.ts), a
 * transaction per group with each record's marker. A group that meets a marker (a record
 * delivered again) was not written: the rest is merged again without the record parts found and
 * written. Returns how many records of `changes` are folded (the rest failed with the error).
 */
export async function foldChanges(
  reports: Pick<ReportsStore, 'fold'>,
  clock: Clock,
  changes: readonly Change[],
  totals: Map<string, number>,
): Promise<{ folded: number; replayed: number; error?: unknown }> {
  const done = new Set<string>();
  let replayed = 0;
  // Each pass writes at least one group or finds at least one replayed record part.
  for (;;) {
    const batch = new FoldBatch();
    for (const change of changes) {
      batch.add(
        change.id,
        (cells) => foldInto(change, cells),
        done.size > 0 ? (part) => done.has(markerName({ recordId: change.id, part })) : undefined,
      );
    }
    let again = false;
    const groups = batch.groups();
    for (const [index, group] of groups.entries()) {
      let replayedHere: FoldMarker[];
      try {
        replayedHere = (await reports.fold(group, clock())).replayed;
      } catch (error) {
        const failed = group.markers[0]!.recordId;
        return { folded: changes.findIndex((change) => change.id === failed), replayed, error };
      }
      if (replayedHere.length > 0) {
        // Merge again without what is folded now: the groups written and the parts found.
        for (const written of groups.slice(0, index))
          for (const marker of written.markers) done.add(markerName(marker));
        for (const marker of replayedHere) done.add(markerName(marker));
        replayed += replayedHere.length;
        again = true;
        break;
      }
      addTotals(totals, group.cells);
    }
    if (!again) return { folded: changes.length, replayed };
  }
}
