import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoredCell } from '../../core/reports/build-report';
import type { FoldGroup, FoldMarker } from '../../core/reports/fold-batch';
import { decodeSketch, encodeSketch, type LatencySketch } from '../../core/reports/latency-sketch';
import {
  SKETCH_PREFIXES,
  sketchBucketOf,
  type CellDelta,
  type SketchPrefix,
} from '../../core/reports/report-counters';
import { KEPT_DIMENSIONS, type KeptDimension } from '../../core/reports/report-dimensions';
import { REPORTS } from '../../definitions/reports';
import type { ReportsStore } from '../reports-store';
import { queryAll } from './query-all';
import { writeTransaction, type TransactItem } from './transaction-cancellation';

/** Days read at once: a 90-day report is 90 small queries. */
const READ_CONCURRENCY = 16;

/** Every fold adds 1 to `w`: a compaction rewrites a cell only if no fold came in between. */
const WRITES = 'w';
const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'expiresAt', WRITES]);
/** A compacted sketch's attribute: its prefix in capitals (`A` for the `a<n>` buckets). */
const encodedName = (prefix: SketchPrefix) => prefix.toUpperCase();
const ENCODED = new Map(SKETCH_PREFIXES.map((prefix) => [encodedName(prefix), prefix]));
/** Compaction claims a day with a marker, kept past the month a late change may still come. */
const COMPACTED_RETENTION_DAYS = 40;

/**
 * Where a cell is kept: an hour in its day's partition (`<dimension>#<YYYY-MM-DD>`, sk
 * `<HH>#<value>`), a day's rollup in its month's (`<dimension>#D#<YYYY-MM>`, sk `<DD>#<value>`),
 * so a report reads whole days a month at a time and only its first and last day by the hour.
 */
export function cellKey(dimension: string, period: string, value: string) {
  return period.length === 10
    ? { pk: `${dimension}#D#${period.slice(0, 7)}`, sk: `${period.slice(8)}#${value}` }
    : { pk: `${dimension}#${period.slice(0, 10)}`, sk: `${period.slice(11)}#${value}` };
}

/** A record's marker: its id and part (`FOLDED#<eventID>`, `PART#<n>`). */
export const markerKey = (marker: FoldMarker) => ({
  pk: `FOLDED#${marker.recordId}`,
  sk: `PART#${marker.part}`,
});

function cellUpdate(table: string, cell: CellDelta, expiresAt: number): TransactItem {
  const names: Record<string, string> = { '#expiresAt': 'expiresAt', '#w': WRITES };
  const values: Record<string, unknown> = { ':expiresAt': expiresAt, ':one': 1 };
  const adds: string[] = ['#w :one'];
  for (const name in cell.add) {
    const amount = cell.add[name]!;
    if (amount === 0) continue;
    const index = adds.length;
    names[`#c${index}`] = name;
    values[`:c${index}`] = amount;
    adds.push(`#c${index} :c${index}`);
  }
  return {
    Update: {
      TableName: table,
      Key: cellKey(cell.dimension, cell.hour, cell.value),
      UpdateExpression: `SET #expiresAt = :expiresAt ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

const cellExpiry = (cell: CellDelta) =>
  Math.floor(Date.parse(`${cell.hour.slice(0, 10)}T00:00:00Z`) / 1000) +
  REPORTS.aggregateRetentionDays * 86_400;

/** Aggregates in the reports table (definitions/tables.ts). */
export class DynamoDbReportsStore implements ReportsStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async fold(group: FoldGroup, nowMs: number): Promise<{ replayed: FoldMarker[] }> {
    const markerExpiry = Math.floor(nowMs / 1000) + REPORTS.markerRetentionHours * 3600;
    const cancellation = await writeTransaction(this.documents, [
      ...group.markers.map((marker): TransactItem => ({
        Put: {
          TableName: this.tableName,
          Item: { ...markerKey(marker), expiresAt: markerExpiry },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      })),
      ...group.cells.map((cell) => cellUpdate(this.tableName, cell, cellExpiry(cell))),
    ]);
    if (!cancellation) return { replayed: [] };
    const replayed = group.markers.filter((_, index) => cancellation.conditionFailed(index));
    if (replayed.length === 0) throw cancellation.error;
    return { replayed };
  }

  async compactDay(day: string, nowMs: number): Promise<number | undefined> {
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: `COMPACTED#${day}`,
            sk: 'DAY',
            expiresAt: Math.floor(nowMs / 1000) + COMPACTED_RETENTION_DAYS * 86_400,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
    const partitions = KEPT_DIMENSIONS.flatMap((dimension) => [
      { pk: `${dimension}#${day}` },
      { pk: `${dimension}#D#${day.slice(0, 7)}`, prefix: `${day.slice(8)}#` },
    ]);
    let compacted = 0;
    let next = 0;
    const worker = async () => {
      while (next < partitions.length) {
        const { pk, prefix } = partitions[next++]!;
        const items = await queryAll(this.documents, {
          TableName: this.tableName,
          KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk, ...(prefix ? { ':prefix': prefix } : {}) },
        });
        for (const item of items) {
          const update = compaction(this.tableName, item);
          if (!update) continue;
          try {
            await this.documents.send(update);
            compacted += 1;
          } catch (error) {
            if (!(error instanceof ConditionalCheckFailedException)) throw error;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    return compacted;
  }

  async read(
    dimension: KeptDimension,
    fromHour: string,
    toHour: string,
    hoursOnly = false,
  ): Promise<StoredCell[]> {
    // Whole days from their rollups, a month partition a query; the rest hour by hour.
    const queries: { pk: string; first: string; last: string; period: (sk: string) => string }[] =
      [];
    const firstDay = fromHour.slice(0, 10);
    const lastDay = toHour.slice(0, 10);
    const wholeFrom = fromHour.endsWith('T00') ? firstDay : nextDay(firstDay);
    const wholeTo = toHour.endsWith('T23') ? lastDay : previousDay(lastDay);
    const hourly = (day: string, first: string, last: string) =>
      queries.push({
        pk: `${dimension}#${day}`,
        first,
        last,
        period: (sk) => `${day}T${sk.slice(0, 2)}`,
      });
    if (hoursOnly || wholeFrom > wholeTo) {
      for (let day = firstDay; day <= lastDay; day = nextDay(day)) {
        hourly(
          day,
          day === firstDay ? fromHour.slice(11) : '00',
          day === lastDay ? toHour.slice(11) : '23',
        );
      }
    } else {
      if (wholeFrom !== firstDay) hourly(firstDay, fromHour.slice(11), '23');
      if (wholeTo !== lastDay) hourly(lastDay, '00', toHour.slice(11));
      for (
        let month = wholeFrom.slice(0, 7);
        month <= wholeTo.slice(0, 7);
        month = nextMonth(month)
      ) {
        queries.push({
          pk: `${dimension}#D#${month}`,
          first: month === wholeFrom.slice(0, 7) ? wholeFrom.slice(8) : '01',
          last: month === wholeTo.slice(0, 7) ? wholeTo.slice(8) : '31',
          // A day's rollup is told as its first hour (hours of the week need hourly cells).
          period: (sk) => `${month}-${sk.slice(0, 2)}T00`,
        });
      }
    }
    const cells: StoredCell[] = [];
    let next = 0;
    const worker = async () => {
      while (next < queries.length) {
        const query = queries[next++]!;
        const items = await queryAll(this.documents, {
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
          ExpressionAttributeValues: {
            ':pk': query.pk,
            ':first': `${query.first}#`,
            ':last': `${query.last}#\uffff`,
          },
        });
        for (const item of items) {
          const sk = String(item.sk);
          cells.push({ hour: query.period(sk), value: sk.slice(3), counters: countersOf(item) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, queries.length) }, worker));
    return cells;
  }
}

/**
 * A stored cell's counters, its compacted sketches read back into bucket counters (`a37`) and
 * added to the buckets counted since.
 */
function countersOf(item: Record<string, unknown>): Record<string, number> {
  const counters: Record<string, number> = {};
  for (const name in item) {
    const value = item[name];
    if (typeof value === 'number') {
      if (!KEY_ATTRIBUTES.has(name)) counters[name] = (counters[name] ?? 0) + value;
      continue;
    }
    const prefix = ENCODED.get(name);
    if (prefix !== undefined && value instanceof Uint8Array) {
      decodeSketch(value, (bucket, count) => {
        const bucketName = `${prefix}${bucket}`;
        counters[bucketName] = (counters[bucketName] ?? 0) + count;
      });
    }
  }
  return counters;
}

/** The update that moves a cell's bucket counters into its encoded sketches, if it has any. */
function compaction(table: string, item: Record<string, unknown>) {
  const sketches = new Map<SketchPrefix, LatencySketch>();
  const removed: string[] = [];
  for (const name in item) {
    const value = item[name];
    if (typeof value !== 'number') continue;
    const bucket = sketchBucketOf(name);
    if (bucket === null) continue;
    removed.push(name);
    let sketch = sketches.get(bucket.prefix);
    if (!sketch) sketches.set(bucket.prefix, (sketch = new Map()));
    sketch.set(bucket.bucket, (sketch.get(bucket.bucket) ?? 0) + value);
  }
  if (removed.length === 0) return undefined;
  const names: Record<string, string> = { '#w': WRITES };
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  for (const [prefix, sketch] of sketches) {
    const encoded = item[encodedName(prefix)];
    if (encoded instanceof Uint8Array) {
      decodeSketch(encoded, (bucket, count) =>
        sketch.set(bucket, (sketch.get(bucket) ?? 0) + count),
      );
    }
    names[`#${encodedName(prefix)}`] = encodedName(prefix);
    values[`:${encodedName(prefix)}`] = encodeSketch(sketch);
    sets.push(`#${encodedName(prefix)} = :${encodedName(prefix)}`);
  }
  const removes = removed.map((name, index) => {
    names[`#r${index}`] = name;
    return `#r${index}`;
  });
  const writes = item[WRITES];
  if (typeof writes === 'number') values[':w'] = writes;
  return new UpdateCommand({
    TableName: table,
    Key: { pk: item.pk, sk: item.sk },
    UpdateExpression: `SET ${sets.join(', ')} REMOVE ${removes.join(', ')}`,
    // A fold since the read would be lost: that cell waits for the next compaction.
    ConditionExpression: typeof writes === 'number' ? '#w = :w' : 'attribute_not_exists(#w)',
    ExpressionAttributeNames: names,
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
  });
}

const DAY_MS = 86_400_000;
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
const previousDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
const nextMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};
