import type { Interval } from './interval';

// Set operations on interval lists that are sorted, disjoint, non-empty and merged (no two
// intervals touch). Every function returns a new list in that form and leaves its inputs alone.

/** Any intervals (in any order, empty ones allowed) as a sorted, merged list. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) {
      if (interval.end > last.end)
        merged[merged.length - 1] = { start: last.start, end: interval.end };
    } else {
      merged.push({ start: interval.start, end: interval.end });
    }
  }
  return merged;
}

export function addInterval(list: readonly Interval[], added: Interval): Interval[] {
  if (added.end <= added.start) return [...list];
  const result: Interval[] = [];
  let start = added.start;
  let end = added.end;
  let placed = false;
  for (const interval of list) {
    if (interval.end < start) {
      result.push(interval);
    } else if (interval.start > end) {
      if (!placed) result.push({ start, end });
      placed = true;
      result.push(interval);
    } else {
      start = Math.min(start, interval.start);
      end = Math.max(end, interval.end);
    }
  }
  if (!placed) result.push({ start, end });
  return result;
}

/** `list` without anything `cut` covers; `cut` must be sorted and merged too. */
export function subtractIntervals(list: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let c = 0;
  for (const interval of list) {
    let start = interval.start;
    while (c < cut.length && cut[c]!.end <= start) c++;
    let k = c;
    while (k < cut.length && cut[k]!.start < interval.end) {
      const piece = cut[k]!;
      if (piece.start > start) result.push({ start, end: piece.start });
      start = Math.max(start, piece.end);
      k++;
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

/** The stretches in both `a` and `b`; both sorted and merged. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let j = 0;
  for (const interval of a) {
    while (j < b.length && b[j]!.end <= interval.start) j += 1;
    for (let k = j; k < b.length && b[k]!.start < interval.end; k += 1) {
      const start = Math.max(interval.start, b[k]!.start);
      const end = Math.min(interval.end, b[k]!.end);
      if (start < end) result.push({ start, end });
    }
  }
  return result;
}

export function clipIntervals(list: readonly Interval[], from: number, to: number): Interval[] {
  const result: Interval[] = [];
  for (const interval of list) {
    const start = Math.max(interval.start, from);
    const end = Math.min(interval.end, to);
    if (start < end) result.push({ start, end });
  }
  return result;
}
