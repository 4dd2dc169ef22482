import type { StoredCell } from '../core/reports/build-report';
import type { FoldGroup, FoldMarker } from '../core/reports/fold-batch';
import type { KeptDimension } from '../core/reports/report-dimensions';

/** Where report aggregates are kept (docs/reports.md). */
export interface ReportsStore {
  /**
   * Writes one group of a batch (its records' markers and their merged increments) all or
   * nothing. When a marker exists already (a record folded before), nothing is written and the
   * markers found are returned: the caller folds the group again without them.
   */
  fold(group: FoldGroup, nowMs: number): Promise<{ replayed: FoldMarker[] }>;
  /**
   * Once per UTC day (`YYYY-MM-DD`), when no more latencies are counted in it: rewrites the
   * day's cells (hours and rollup) with each sketch in one encoded attribute, so reports read a
   * few attributes per cell instead of hundreds. Undefined when the day was claimed before;
   * else how many cells were rewritten. Counts stay the same; a cell a fold changed meanwhile
   * keeps its bucket counters (still read correctly).
   */
  compactDay(day: string, nowMs: number): Promise<number | undefined>;
  /**
   * The cells of one dimension from `fromHour` to `toHour`, both included (`YYYY-MM-DDTHH`):
   * whole days as their rollups (told as the day's first hour) unless `hourly`.
   */
  read(
    dimension: KeptDimension,
    fromHour: string,
    toHour: string,
    hourly?: boolean,
  ): Promise<StoredCell[]>;
}
