/** A stretch of time between two instants, epoch milliseconds, half-open: [start, end). */
export interface Interval {
  start: number;
  end: number;
}
