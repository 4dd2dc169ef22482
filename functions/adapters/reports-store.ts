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
