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

const cellPk = (dimension: KeptDimension, day: string) => `${dimension}#${day}`;
const cellSk = (hour: string, value: string) => `${hour}#${value}`;
const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'expiresAt']);

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
      Key: {
        pk: cellPk(cell.dimension, cell.hour.slice(0, 10)),
        sk: cellSk(cell.hour.slice(11), cell.value),
      },
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
        Math.floor(Date.parse(`${cell.hour}:00:00Z`) / 1000) +
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

  async read(dimension: KeptDimension, fromHour: string, toHour: string): Promise<StoredCell[]> {
    const days: { day: string; first: string; last: string }[] = [];
    for (
      let day = new Date(`${fromHour.slice(0, 10)}T00:00:00Z`);
      day.toISOString().slice(0, 10) <= toHour.slice(0, 10);
      day = new Date(day.getTime() + 86_400_000)
    ) {
      const text = day.toISOString().slice(0, 10);
      days.push({
        day: text,
        first: text === fromHour.slice(0, 10) ? fromHour.slice(11) : '00',
        last: text === toHour.slice(0, 10) ? toHour.slice(11) : '23',
      });
    }
    const cells: StoredCell[] = [];
    let next = 0;
    const worker = async () => {
      while (next < days.length) {
        const { day, first, last } = days[next++]!;
        const items = await queryAll(this.documents, {
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
          ExpressionAttributeValues: {
            ':pk': cellPk(dimension, day),
            ':first': `${first}#`,
            ':last': `${last}#\uffff`,
          },
        });
        for (const item of items) {
          const sk = String(item.sk);
          const counters: Record<string, number> = {};
          for (const [name, value] of Object.entries(item)) {
            if (!KEY_ATTRIBUTES.has(name) && typeof value === 'number') counters[name] = value;
          }
          cells.push({ hour: `${day}T${sk.slice(0, 2)}`, value: sk.slice(3), counters });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, days.length) }, worker));
    return cells;
  }
}
