import type { CellDelta, Increments } from './report-counters';
import { KEPT_DIMENSIONS, type KeptDimension } from './report-dimensions';

/**
 * The dimension values one change lands in, each with its part of a cell's key made once
 * (`\0<dimension>\0<value>`), so adding to a cell builds one short string and no object.
 */
export type CellTargets = readonly (readonly [KeptDimension, string, string])[];

/** Targets made before, by their values: a handful of teams, agents and languages repeat. */
const made = new Map<string, CellTargets>();
const MAX_MADE = 10_000;

export function cellTargets(values: Readonly<Record<KeptDimension, string>>): CellTargets {
  let key = '';
  for (const dimension of KEPT_DIMENSIONS) key += `${values[dimension]}\u0000`;
  let targets = made.get(key);
  if (targets === undefined) {
    if (made.size >= MAX_MADE) made.clear();
    targets = KEPT_DIMENSIONS.map(
      (dimension) =>
        [dimension, values[dimension], `\u0000${dimension}\u0000${values[dimension]}`] as const,
    );
    made.set(key, targets);
  }
  return targets;
}

/** Where a change's increments go: each change lands in its UTC hour and its day's rollup. */
export interface CellSink {
  add(at: string, targets: CellTargets, increments: Increments): void;
}

/** `YYYY-MM-DDTHH` of an instant (an ISO string as the stores write it is only cut). */
export function utcHourOf(instant: string): string {
  return instant.length === 24 && instant[10] === 'T' && instant[23] === 'Z'
    ? instant.slice(0, 13)
    : new Date(instant).toISOString().slice(0, 13);
}

/** A cell being added to. */
export type PendingCell = CellDelta & { readonly add: Increments };

/**
 * Cells by period, dimension and value with their increments: each change is added to
 * its hour's and its day's cell of every kept dimension (a long report reads days). What was
 * added since `mark()` can be taken back (`undo()`), so a batch can try a record in a group and
 * move it to the next when the group's transaction would be too large (fold-batch.ts).
 */
export class CellMap implements CellSink {
  /** Cells by period, then by the target's key part: a target's key is made once per change. */
  readonly #periods = new Map<string, Map<string, PendingCell>>();
  #size = 0;
  readonly #created: PendingCell[] = [];
  readonly #touchedCells: PendingCell[] = [];
  readonly #touchedNames: string[] = [];
  readonly #touchedAmounts: number[] = [];

  /** Distinct cells added to. */
  get size(): number {
    return this.#size;
  }

  add(at: string, targets: CellTargets, increments: Increments): void {
    const hour = utcHourOf(at);
    this.#addPeriod(hour, targets, increments);
    this.#addPeriod(hour.slice(0, 10), targets, increments);
  }

  #addPeriod(period: string, targets: CellTargets, increments: Increments): void {
    let cells = this.#periods.get(period);
    if (cells === undefined) this.#periods.set(period, (cells = new Map()));
    for (let index = 0; index < targets.length; index++) {
      const target = targets[index]!;
      let cell = cells.get(target[2]);
      if (cell === undefined) {
        cell = {
          dimension: target[0],
          hour: period,
          value: target[1],
          add: Object.create(null) as Increments,
        };
        cells.set(target[2], cell);
        this.#size += 1;
        this.#created.push(cell);
      }
      for (const name in increments) {
        const amount = increments[name]!;
        cell.add[name] = (cell.add[name] ?? 0) + amount;
        this.#touchedCells.push(cell);
        this.#touchedNames.push(name);
        this.#touchedAmounts.push(amount);
      }
    }
  }

  /** Starts a change that may be taken back. */
  mark(): void {
    this.#created.length = 0;
    this.#touchedCells.length = 0;
    this.#touchedNames.length = 0;
    this.#touchedAmounts.length = 0;
  }

  /** Increments added since `mark()`. */
  get touchedSinceMark(): number {
    return this.#touchedCells.length;
  }

  /** Takes back what was added since `mark()`. */
  undo(): void {
    for (let index = 0; index < this.#touchedCells.length; index++) {
      const cell = this.#touchedCells[index]!;
      const name = this.#touchedNames[index]!;
      cell.add[name] = cell.add[name]! - this.#touchedAmounts[index]!;
    }
    for (const cell of this.#created) {
      const cells = this.#periods.get(cell.hour)!;
      cells.delete(`\u0000${cell.dimension}\u0000${cell.value}`);
      if (cells.size === 0) this.#periods.delete(cell.hour);
    }
    this.#size -= this.#created.length;
    this.mark();
  }

  deltas(): CellDelta[] {
    const deltas: CellDelta[] = [];
    for (const cells of this.#periods.values())
      for (const cell of cells.values()) deltas.push(cell);
    return deltas;
  }
}
