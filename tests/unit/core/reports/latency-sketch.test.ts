import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToSketch,
  decodeSketch,
  encodeSketch,
  mergeSketch,
  RELATIVE_ACCURACY,
  sketchBucket,
  sketchQuantile,
  type LatencySketch,
} from '../../../../functions/core/reports/latency-sketch';

function sketchOf(values: readonly number[]): LatencySketch {
  const sketch: LatencySketch = new Map();
  for (const value of values) addToSketch(sketch, sketchBucket(value), 1);
  return sketch;
}

describe('the latency sketch', () => {
  it('reads every quantile within its relative accuracy of the exact one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2, max: 30 * 86_400 }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.5, 0.9),
        (values, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const exact = sorted[Math.floor(q * (sorted.length - 1))]!;
          const read = sketchQuantile(sketchOf(values), q)!;
          expect(Math.abs(read - exact) / exact).toBeLessThanOrEqual(RELATIVE_ACCURACY + 1e-9);
        },
      ),
    );
  });

  it('merges as if the values had been added to one sketch', () => {
    const left = sketchOf([60, 120, 3600]);
    mergeSketch(left, sketchOf([7200, 86_400]));
    expect(left).toEqual(sketchOf([60, 120, 3600, 7200, 86_400]));
    expect(sketchQuantile(new Map(), 0.5)).toBeNull();
  });

  it('encodes a sketch in a few bytes and reads it back whole', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.integer({ min: 0, max: 2_000 }).map(String),
          fc.integer({ min: 1, max: 2 ** 40 }),
        ),
        (counts) => {
          const sketch: LatencySketch = new Map(
            Object.entries(counts).map(([bucket, count]) => [Number(bucket), count]),
          );
          const read: LatencySketch = new Map();
          decodeSketch(encodeSketch(sketch), (bucket, count) => addToSketch(read, bucket, count));
          expect(read).toEqual(sketch);
        },
      ),
    );
    const day = sketchOf(Array.from({ length: 5_000 }, (_, i) => 60 + i * 500));
    expect(encodeSketch(day).length).toBeLessThan(4 * day.size);
    expect(() => decodeSketch(Uint8Array.from([0x80]), () => {})).toThrow(RangeError);
  });
});
