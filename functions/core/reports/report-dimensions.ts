/**
 * What a report groups by. Every measure is kept per hour for each dimension but `hour`, which is
 * the hour of the week read off the `all` totals at report time (in the zone the reader asks for).
 */
export const KEPT_DIMENSIONS = [
  'all',
  'team',
  'agent',
  'language',
  'region',
  'channel',
  'priority',
] as const;
export type KeptDimension = (typeof KEPT_DIMENSIONS)[number];

export const REPORT_DIMENSIONS = [
  'team',
  'agent',
  'language',
  'region',
  'channel',
  'priority',
  'hour',
] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** The value of the `all` dimension, and of a dimension the ticket has none of (no agent yet). */
export const ALL_VALUE = '*';
export const NONE_VALUE = '-';

export type DimensionValues = Readonly<Record<KeptDimension, string>>;
