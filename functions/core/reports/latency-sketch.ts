/**
 * A mergeable latency sketch: durations counted in logarithmic buckets (each bucket's upper bound
 * `GAMMA` times its lower one), so any quantile read back is within `RELATIVE_ACCURACY` of the
 * true one, sketches of different hours or teams merge by adding counts, and a sketch never
 * grows past a few hundred buckets whatever the number of tickets (the idea of DDSketch). Stored
 * as one counter per bucket, which DynamoDB's `ADD` updates without reading, until the cell's day
 * is over; then as one encoded attribute (encodeSketch), which reads much faster.
 */
export type LatencySketch = Map<number, number>;

/** Bucket width: ±2.5 % relative error, about 300 buckets from one second to a month. */
export const GAMMA = 1.05;
export const RELATIVE_ACCURACY = (GAMMA - 1) / (GAMMA + 1);
const LOG_GAMMA = Math.log(GAMMA);

/** The bucket of a duration in seconds; everything under a second shares bucket 0. */
export function sketchBucket(seconds: number): number {
  if (!(seconds > 1)) return 0;
  return Math.ceil(Math.log(seconds) / LOG_GAMMA);
}

/** The duration a bucket stands for: the middle of its range, in seconds. */
export function bucketValue(bucket: number): number {
  if (bucket <= 0) return 0;
  return (2 * GAMMA ** bucket) / (GAMMA + 1);
}

export function addToSketch(sketch: LatencySketch, bucket: number, count: number): void {
  const total = (sketch.get(bucket) ?? 0) + count;
  if (total === 0) sketch.delete(bucket);
  else sketch.set(bucket, total);
}

export function mergeSketch(into: LatencySketch, other: LatencySketch): void {
  for (const [bucket, count] of other) addToSketch(into, bucket, count);
}

/** The q-quantile (0..1) in seconds; null for an empty sketch. */
export function sketchQuantile(sketch: LatencySketch, q: number): number | null {
  let total = 0;
  for (const count of sketch.values()) total += count;
  if (total <= 0) return null;
  const rank = q * (total - 1);
  let seen = 0;
  for (const bucket of [...sketch.keys()].sort((a, b) => a - b)) {
    seen += sketch.get(bucket)!;
    if (seen > rank) return bucketValue(bucket);
  }
  return bucketValue(Math.max(...sketch.keys()));
}

/**
 * A sketch in a few bytes: for each bucket in order, its distance from the one before and its
 * count, each an unsigned LEB128 varint. A day's sketch of a few hundred buckets fits in well
 * under a kilobyte, one attribute instead of one per bucket.
 */
export function encodeSketch(sketch: LatencySketch): Uint8Array {
  const bytes: number[] = [];
  const varint = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    bytes.push(rest);
  };
  let previous = 0;
  for (const bucket of [...sketch.keys()].sort((a, b) => a - b)) {
    const count = sketch.get(bucket)!;
    if (count <= 0 || bucket < 0) continue;
    varint(bucket - previous);
    varint(count);
    previous = bucket;
  }
  return Uint8Array.from(bytes);
}

/** Reads an encoded sketch, calling `add(bucket, count)` for each bucket. */
export function decodeSketch(bytes: Uint8Array, add: (bucket: number, count: number) => void) {
  let at = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new RangeError('an encoded sketch ends inside a number');
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  let bucket = 0;
  while (at < bytes.length) {
    bucket += varint();
    add(bucket, varint());
  }
}
