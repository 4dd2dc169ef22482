import { CellMap, type CellSink } from './change-cells';
import type { CellDelta } from './report-counters';

/** DynamoDB writes at most 100 items in one transaction. */
export const MAX_TRANSACTION_ITEMS = 100;

/** A stream record's part marked folded (`part` > 0 only for a record too large for one write). */
export interface FoldMarker {
  readonly recordId: string;
  readonly part: number;
}

/**
 * One transaction's worth of a batch: the record parts it marks folded and the cells it adds to,
 * each touched cell once with the increments of all its records merged.
 */
export interface FoldGroup {
  readonly markers: readonly FoldMarker[];
  readonly cells: readonly CellDelta[];
}

/** Adds one record's increments to a sink (fold-change.ts); called again if the record moves. */
export type RecordFold = (sink: CellSink) => void;

/**
 * The records of a stream batch merged into as few writes as a transaction allows: records are
 * taken in stream order and share a group while its markers and distinct cells fit in one
 * transaction, so records of the same hours update each of their cells once. Each record keeps
 * its own marker in the group that adds its increments, so a record delivered again (alone or in
 * another batch) is recognised and counts once.
 */
export class FoldBatch {
  readonly #groups: FoldGroup[] = [];
  #markers: FoldMarker[] = [];
  #cells = new CellMap();

  constructor(private readonly maxItems = MAX_TRANSACTION_ITEMS) {}

  /**
   * Adds record `recordId`'s increments. A record too large for one transaction goes alone, in
   * parts; `done` names parts folded before (a record delivered again), which are left out.
   */
  add(recordId: string, fold: RecordFold, done?: (part: number) => boolean): void {
    if (done !== undefined) {
      this.#addChecked(recordId, fold, done);
      return;
    }
    this.#cells.mark();
    fold(this.#cells);
    // A change reports do not count (a status, a note) needs no marker.
    if (this.#cells.touchedSinceMark === 0) return;
    if (this.#markers.length + 1 + this.#cells.size <= this.maxItems) {
      this.#markers.push({ recordId, part: 0 });
      return;
    }
    // Too many cells for this group: the record starts the next one, or goes in parts.
    this.#cells.undo();
    this.#close();
    this.#cells.mark();
    fold(this.#cells);
    if (1 + this.#cells.size <= this.maxItems) {
      this.#markers.push({ recordId, part: 0 });
      return;
    }
    const alone = this.#cells;
    this.#cells = new CellMap();
    this.#addParts(recordId, alone, () => false);
  }

  /** The slow path of a batch merged again after a replay: the record alone first. */
  #addChecked(recordId: string, fold: RecordFold, done: (part: number) => boolean) {
    const alone = new CellMap();
    fold(alone);
    if (alone.size === 0) return;
    if (1 + alone.size > this.maxItems) {
      this.#close();
      this.#addParts(recordId, alone, done);
      return;
    }
    if (done(0)) return;
    this.add(recordId, fold);
  }

  #addParts(recordId: string, alone: CellMap, done: (part: number) => boolean) {
    this.#close();
    const cells = alone.deltas();
    const size = this.maxItems - 1;
    for (let part = 0; part * size < cells.length; part++) {
      if (done(part)) continue;
      this.#groups.push({
        markers: [{ recordId, part }],
        cells: cells.slice(part * size, (part + 1) * size),
      });
    }
  }

  #close() {
    if (this.#markers.length === 0) return;
    this.#groups.push({ markers: this.#markers, cells: this.#cells.deltas() });
    this.#markers = [];
    this.#cells = new CellMap();
  }

  /** The groups to write, in stream order (a group's records all come before the next's). */
  groups(): FoldGroup[] {
    this.#close();
    return this.#groups;
  }
}
