import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoredCell } from '../../core/reports/build-report';
import type { CellDelta } from '../../core/reports/report-counters';
import type { KeptDimension } from '../../core/reports/report-dimensions';
import { REPORTS } from '../../definitions/reports';
import type { ReportsStore } from '../reports-store';
import { queryAll } from './query-all';
import type { TransactItem } from './transaction-cancellation';

/** DynamoDB takes at most 100 writes in a transaction; one of them is the marker. */
const CELLS_PER_TRANSACTION = 99;
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

function cellUpdate(table: string, cell: CellDelta, expiresAt: number): TransactItem {
  const names: Record<string, string> = { '#expiresAt': 'expiresAt' };
  const values: Record<string, unknown> = { ':expiresAt': expiresAt };
  const adds = Object.entries(cell.add)
    .filter(([, amount]) => amount !== 0)
    .map(([name, amount], index) => {
      names[`#c${index}`] = name;
      values[`:c${index}`] = amount;
      return `#c${index} :c${index}`;
    });
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

/** Aggregates in the reports table (definitions/tables.ts). */
export class DynamoDbReportsStore implements ReportsStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async fold(recordId: string, cells: readonly CellDelta[], nowMs: number): Promise<boolean> {
    const markerExpiry = Math.floor(nowMs / 1000) + REPORTS.markerRetentionHours * 3600;
    let folded = false;
    for (let start = 0, part = 0; start < cells.length; start += CELLS_PER_TRANSACTION, part++) {
      const chunk = cells.slice(start, start + CELLS_PER_TRANSACTION);
      const cellExpiry = (cell: CellDelta) =>
        Math.floor(Date.parse(`${cell.hour.slice(0, 10)}T00:00:00Z`) / 1000) +
        REPORTS.aggregateRetentionDays * 86_400;
      try {
        await this.documents.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: this.tableName,
                  Item: { pk: `FOLDED#${recordId}`, sk: `PART#${part}`, expiresAt: markerExpiry },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              ...chunk.map((cell) => cellUpdate(this.tableName, cell, cellExpiry(cell))),
            ],
          }),
        );
        folded = true;
      } catch (error) {
        const first = (error as TransactionCanceledException).CancellationReasons?.[0]?.Code;
        if (
          !(error instanceof TransactionCanceledException) ||
          first !== 'ConditionalCheckFailed'
        ) {
          throw error;
        }
      }
    }
    return folded;
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
