import type { StoredCell } from '../core/reports/build-report';
import type { CellDelta } from '../core/reports/report-counters';
import type { KeptDimension } from '../core/reports/report-dimensions';

/** Where report aggregates are kept (docs/reports.md). */
export interface ReportsStore {
  /**
   * Adds a stream record's increments, once: a record whose id was folded before changes
   * nothing and returns false. The marker and the counters are written together.
   */
  fold(recordId: string, cells: readonly CellDelta[], nowMs: number): Promise<boolean>;
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
