// DynamoDB Streams GetRecords results in the shape Lambda's event source mapping hands to a
// handler, and Lambda's filter criteria applied to them, for the local stream event source.
import type { _Record as StreamRecord, AttributeValue } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue as LambdaAttributeValue, DynamoDBRecord } from 'aws-lambda';
import type { StreamFilterPattern } from '../definitions/waiting-line';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** An attribute value as Lambda's JSON event carries it: binary as base64 text. */
function lambdaValue(value: AttributeValue): LambdaAttributeValue {
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.M !== undefined) return { M: lambdaImage(value.M)! };
  if (value.L !== undefined) return { L: value.L.map(lambdaValue) };
  return value as LambdaAttributeValue;
}

function lambdaImage(
  image: Record<string, AttributeValue> | undefined,
): Record<string, LambdaAttributeValue> | undefined {
  if (!image) return undefined;
  return Object.fromEntries(
    Object.entries(image).map(([name, value]) => [name, lambdaValue(value)]),
  );
}

/** One record as Lambda builds it: the creation time in epoch seconds, binary as base64. */
export function toDynamoDbRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const data = record.dynamodb ?? {};
  const created = data.ApproximateCreationDateTime;
  return {
    ...(record.eventID ? { eventID: record.eventID } : {}),
    ...(record.eventName ? { eventName: record.eventName } : {}),
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    ...(record.awsRegion ? { awsRegion: record.awsRegion } : {}),
    eventSourceARN: streamArn,
    dynamodb: {
      ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
      ...(data.Keys ? { Keys: lambdaImage(data.Keys)! } : {}),
      ...(data.NewImage ? { NewImage: lambdaImage(data.NewImage)! } : {}),
      ...(data.OldImage ? { OldImage: lambdaImage(data.OldImage)! } : {}),
      ...(data.SequenceNumber ? { SequenceNumber: data.SequenceNumber } : {}),
      ...(data.SizeBytes !== undefined ? { SizeBytes: data.SizeBytes } : {}),
      ...(data.StreamViewType ? { StreamViewType: data.StreamViewType } : {}),
    },
  };
}

/** A filter rule the local matcher does not implement; the event source refuses to start. */
export class UnsupportedFilterError extends Error {
  override readonly name = 'UnsupportedFilterError';
  constructor(
    readonly path: string,
    rule: unknown,
  ) {
    super(
      `filter pattern at ${path}: ${JSON.stringify(rule)} is not supported by the local stream event source (equality lists, exists and prefix are)`,
    );
  }
}

type Rule = string | number | boolean | null | { exists: boolean } | { prefix: string };

function isRule(value: unknown): value is Rule {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object') return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    ((keys[0] === 'exists' && typeof (value as { exists: unknown }).exists === 'boolean') ||
      (keys[0] === 'prefix' && typeof (value as { prefix: unknown }).prefix === 'string'))
  );
}

/** Throws UnsupportedFilterError unless every leaf of the pattern is a list of supported rules. */
export function checkFilterPattern(pattern: unknown, path = '$'): void {
  if (typeof pattern !== 'object' || pattern === null || Array.isArray(pattern)) {
    throw new UnsupportedFilterError(path, pattern);
  }
  for (const [key, value] of Object.entries(pattern)) {
    const where = `${path}.${key}`;
    if (Array.isArray(value)) {
      for (const rule of value) if (!isRule(rule)) throw new UnsupportedFilterError(where, rule);
    } else checkFilterPattern(value, where);
  }
}

function leafMatches(rules: readonly Rule[], present: boolean, value: unknown): boolean {
  return rules.some((rule) => {
    if (rule !== null && typeof rule === 'object') {
      if ('exists' in rule) return rule.exists === present;
      return present && typeof value === 'string' && value.startsWith(rule.prefix);
    }
    return present && value === rule;
  });
}

function matches(pattern: Record<string, unknown>, value: unknown): boolean {
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  return Object.entries(pattern).every(([key, expected]) =>
    Array.isArray(expected)
      ? leafMatches(expected as Rule[], key in fields, fields[key])
      : matches(expected as Record<string, unknown>, fields[key]),
  );
}

/**
 * Whether Lambda would pass the record to the function: with no patterns, every record; else a
 * record any pattern matches (all of a pattern's fields must match; a field's list matches when
 * one of its rules does). Records no pattern matches are dropped, as Lambda drops them.
 */
export function passesFilters(
  record: DynamoDBRecord,
  patterns: readonly StreamFilterPattern[],
): boolean {
  return patterns.length === 0 || patterns.some((pattern) => matches(pattern, record));
}
