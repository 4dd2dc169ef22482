import { sketchBucket } from './latency-sketch';
import type { KeptDimension } from './report-dimensions';

/**
 * The counters of one aggregate cell (a dimension's value in one hour), each added to by the
 * ticket changes that happen in that hour. Sketch buckets are counters too: `a<n>` for time to
 * acknowledge, `r<n>` for time to resolve, `f<n>` for time to the first reply (latency-sketch.ts).
 */
export const COUNTERS = [
  /** Tickets that arrived. */
  'received',
  /** … of them routed with translation (no agent spoke the language). */
  'translated',
  /** First replies to the customer by email (`firstReplyAt`). */
  'firstReplies',
  /** … of tickets that carried a promise (`expectedReplyBy`). */
  'firstReplyPromised',
  /** … of those whose first reply came by the promised instant. */
  'firstReplyKept',
  /** First acknowledgements. */
  'acknowledged',
  /** … of tickets that carried a promise (`expectedReplyBy`). */
  'ackPromised',
  /** … of those acknowledged by the promised instant. */
  'ackKept',
  /** First resolutions. */
  'resolved',
  /** … of tickets never handed over (first-contact candidates). */
  'resolvedFirstTeam',
  /** … of those whose thread brought a new ticket within the FCR window (not first contact). */
  'reopened',
  /** Tickets that waited for a team or an agent. */
  'queued',
  /** Waiting time that ended, in milliseconds. */
  'waitedMs',
  'handovers',
  /** Time the handed-over ticket spent with the team it left, in milliseconds. */
  'handoverMs',
  'escalations',
  /** Survey answers (an answer changed moves, it is not counted twice). */
  'surveys',
  /** … scored 4 or 5. */
  'surveysPositive',
  /** The sum of scores. */
  'surveyScore',
] as const;
export type Counter = (typeof COUNTERS)[number];

export const ACK_SKETCH_PREFIX = 'a';
export const RESOLVE_SKETCH_PREFIX = 'r';
export const FIRST_REPLY_SKETCH_PREFIX = 'f';
/** Every sketch a cell keeps, by the prefix of its bucket counters. */
export const SKETCH_PREFIXES = [
  ACK_SKETCH_PREFIX,
  RESOLVE_SKETCH_PREFIX,
  FIRST_REPLY_SKETCH_PREFIX,
] as const;
export type SketchPrefix = (typeof SKETCH_PREFIXES)[number];

/** The sketch and bucket a counter's name stands for, if it is a bucket (`a37`). */
export function sketchBucketOf(name: string): { prefix: SketchPrefix; bucket: number } | null {
  const prefix = name[0] as SketchPrefix;
  if (name.length < 2 || !SKETCH_PREFIXES.includes(prefix)) return null;
  const bucket = Number(name.slice(1));
  return Number.isInteger(bucket) && bucket >= 0 ? { prefix, bucket } : null;
}

/** Counter increments by attribute name: a counter's name or a sketch bucket's. */
export type Increments = Record<string, number>;

/**
 * One aggregate cell's increments: `value` of `dimension` in the UTC hour `hour`, or, for the
 * day's rollup that every change also adds to, the UTC day.
 */
export interface CellDelta {
  readonly dimension: KeptDimension;
  /** `YYYY-MM-DDTHH` (an hour) or `YYYY-MM-DD` (a day's rollup), UTC. */
  readonly hour: string;
  readonly value: string;
  readonly add: Increments;
}

export const ackBucketAttribute = (seconds: number) =>
  `${ACK_SKETCH_PREFIX}${sketchBucket(seconds)}`;
export const resolveBucketAttribute = (seconds: number) =>
  `${RESOLVE_SKETCH_PREFIX}${sketchBucket(seconds)}`;
export const firstReplyBucketAttribute = (seconds: number) =>
  `${FIRST_REPLY_SKETCH_PREFIX}${sketchBucket(seconds)}`;

/** The UTC hour an ISO instant falls in, `YYYY-MM-DDTHH`. */
export function utcHour(instant: string): string {
  return new Date(instant).toISOString().slice(0, 13);
}
