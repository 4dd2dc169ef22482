import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoredCell } from '../../core/reports/build-report';
import type { FoldGroup, FoldMarker } from '../../core/reports/fold-batch';
import type { CellDelta } from '../../core/reports/report-counters';
import type { KeptDimension } from '../../core/reports/report-dimensions';
import { REPORTS } from '../../definitions/reports';
import type { ReportsStore } from '../reports-store';
import { queryAll } from './query-all';
import { writeTransaction, type TransactItem } from './transaction-cancellation';

/** Days read at once: a 90-day report is 90 small queries. */
const READ_CONCURRENCY = 16;

const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'expiresAt']);

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
  const names: Record<string, string> = { '#expiresAt': 'expiresAt' };
  const values: Record<string, unknown> = { ':expiresAt': expiresAt };
  const adds: string[] = [];
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
      UpdateExpression: `SET #expiresAt = :expiresAt${adds.length > 0 ? ` ADD ${adds.join(', ')}` : ''}`,
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
          const counters: Record<string, number> = {};
          for (const [name, value] of Object.entries(item)) {
            if (!KEY_ATTRIBUTES.has(name) && typeof value === 'number') counters[name] = value;
          }
          cells.push({ hour: query.period(sk), value: sk.slice(3), counters });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, queries.length) }, worker));
    return cells;
  }
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
