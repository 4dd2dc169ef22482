import type { Interval } from '../calendar/interval';

/** The parts of [from, to) not covered by `covered` (sorted, disjoint). */
export function complementIntervals(
  covered: readonly Interval[],
  from: number,
  to: number,
): Interval[] {
  const gaps: Interval[] = [];
  let cursor = from;
  for (const interval of covered) {
    if (interval.end <= cursor) continue;
    if (interval.start >= to) break;
    if (interval.start > cursor) gaps.push({ start: cursor, end: interval.start });
    cursor = Math.max(cursor, interval.end);
  }
  if (cursor < to) gaps.push({ start: cursor, end: to });
  return gaps;
}
