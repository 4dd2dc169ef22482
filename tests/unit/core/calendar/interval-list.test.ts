import { describe, expect, it } from 'vitest';
import {
  addInterval,
  clipIntervals,
  mergeIntervals,
  subtractIntervals,
} from '../../../../functions/core/calendar/interval-list';

const list = (...pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));

describe('interval lists', () => {
  it('merge sorts, drops empty intervals and joins overlapping and touching ones', () => {
    expect(mergeIntervals(list([5, 7], [0, 2], [2, 3], [4, 4], [6, 9], [1, 2]))).toEqual(
      list([0, 3], [5, 9]),
    );
  });

  it.each([
    [list([0, 2], [5, 7]), list([3, 4]), list([0, 2], [3, 4], [5, 7])],
    [list([0, 2], [5, 7]), list([2, 5]), list([0, 7])],
    [list([0, 2], [5, 7]), list([1, 6]), list([0, 7])],
    [list([0, 2], [5, 7]), list([8, 9]), list([0, 2], [5, 7], [8, 9])],
    [list([3, 4]), list([0, 1]), list([0, 1], [3, 4])],
    [list([3, 4]), list([2, 2]), list([3, 4])],
  ])('add %j + %j', (base, [added], expected) => {
    expect(addInterval(base, added!)).toEqual(expected);
  });

  it.each([
    [list([0, 10]), list([2, 3], [5, 6]), list([0, 2], [3, 5], [6, 10])],
    [list([0, 2], [4, 6]), list([1, 5]), list([0, 1], [5, 6])],
    [list([0, 2], [4, 6]), list([-1, 7]), list()],
    [list([0, 2], [4, 6]), list([2, 4]), list([0, 2], [4, 6])],
    [list([0, 3], [4, 8]), list([2, 5], [7, 9]), list([0, 2], [5, 7])],
  ])('subtract %j − %j', (base, cut, expected) => {
    expect(subtractIntervals(base, cut)).toEqual(expected);
  });

  it('clip keeps the non-empty parts inside the window', () => {
    expect(clipIntervals(list([0, 2], [3, 6], [7, 9]), 2, 8)).toEqual(list([3, 6], [7, 8]));
  });
});
