import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { foldChange, foldReopened, newlyResolved } from '../core/reports/fold-change';
import { offerSurvey } from './offer-survey';
import type { CellDelta } from '../core/reports/report-counters';
import { ALL_VALUE } from '../core/reports/report-dimensions';
import { REPORTS_METRICS } from '../definitions/reports';
import type { ReportsDependencies } from './dependencies';

type Image = Record<string, unknown>;

const TYPES = new Set(['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL']);

/**
 * An attribute value as unmarshall takes it: a value that names no type is an empty map (what
 * the local stream stand-in's SDK makes of `{"M": {}}`); maps and lists are read through.
 */
function typed(value: unknown): AttributeValue {
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (fields.M !== undefined) return { M: typedImage(fields.M) };
  if (Array.isArray(fields.L)) return { L: fields.L.map(typed) };
  if (Object.keys(fields).some((key) => TYPES.has(key))) return fields as unknown as AttributeValue;
  return { M: {} };
}

function typedImage(attributes: unknown): Record<string, AttributeValue> {
  return Object.fromEntries(
    Object.entries(attributes as Record<string, unknown>).map(([name, value]) => [
      name,
      typed(value),
    ]),
  );
}

function image(attributes: unknown): Image | undefined {
  if (!attributes) return undefined;
  return unmarshall(typedImage(attributes));
}

/** The record's id: Lambda's `eventID`, the same on every delivery of one stream record. */
function recordId(record: DynamoDBRecord): string {
  const id = record.eventID ?? record.dynamodb?.SequenceNumber;
  if (!id)
    throw new Error('a stream record without eventID or SequenceNumber cannot be folded once');
  return id;
}

/** The changes a record makes to the counters, with the earlier ticket a new one reopens. */
async function cellsOf(deps: ReportsDependencies, record: DynamoDBRecord): Promise<CellDelta[]> {
  const before = image(record.dynamodb?.OldImage);
  const after = image(record.dynamodb?.NewImage);
  const cells = foldChange(before, after);
  if (
    !before &&
    after?.sk === 'TICKET' &&
    typeof after.threadKey === 'string' &&
    typeof after.receivedAt === 'string'
  ) {
    const earlier = await deps.resolvedBeforeInThread(after.threadKey, after.receivedAt);
    if (earlier) cells.push(...foldReopened(earlier, after.receivedAt));
  }
  return cells;
}

/** The batch's totals of the measures CloudWatch graphs (the `all` cells). */
function addTotals(totals: Map<string, number>, cells: readonly CellDelta[]) {
  for (const cell of cells) {
    if (cell.dimension !== 'all' || cell.value !== ALL_VALUE) continue;
    const add = (name: string, amount: number | undefined) => {
      if (amount) totals.set(name, (totals.get(name) ?? 0) + amount);
    };
    const c = cell.add;
    add(REPORTS_METRICS.received, c.received);
    add(REPORTS_METRICS.acknowledged, c.acknowledged);
    add(REPORTS_METRICS.ackKept, c.ackKept);
    add(REPORTS_METRICS.ackBroken, (c.ackPromised ?? 0) - (c.ackKept ?? 0));
    add(REPORTS_METRICS.resolved, c.resolved);
    add(REPORTS_METRICS.handovers, c.handovers);
    add(REPORTS_METRICS.escalations, c.escalations);
    add(REPORTS_METRICS.surveys, c.surveys);
    add(REPORTS_METRICS.surveysPositive, c.surveysPositive);
  }
}

/**
 * The reports function as Lambda calls it with a batch of the tickets table's stream records
 * (docs/reports.md): each record's increments are added to the hour cells of every dimension in
 * one transaction with a marker of the record's id, so a batch retried after a partial failure,
 * or a record delivered twice, counts once. Records are folded in stream order; a failed one
 * fails the rest of the batch (Lambda retries from it).
 */
export function createReportsHandler(deps: ReportsDependencies) {
  return middy(
    async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
      const totals = new Map<string, number>();
      let replayed = 0;
      const recordHandler = async (record: DynamoDBRecord) => {
        try {
          const cells = await cellsOf(deps, record);
          if (cells.length > 0) {
            if (await deps.reports.fold(recordId(record), cells, deps.clock())) {
              addTotals(totals, cells);
            } else {
              replayed += 1;
            }
          }
          const after = image(record.dynamodb?.NewImage);
          const resolved = newlyResolved(image(record.dynamodb?.OldImage), after);
          if (resolved && after && deps.surveys) {
            await offerSurvey(deps.surveys, after, resolved, deps.clock(), deps.logger);
          }
        } catch (error) {
          deps.metrics.addMetric(REPORTS_METRICS.failed, MetricUnit.Count, 1);
          deps.logger.error('folding a ticket change failed; the record is retried', {
            sequenceNumber: record.dynamodb?.SequenceNumber,
            error,
          });
          throw error;
        }
      };
      const response = await processPartialResponse(
        event,
        recordHandler,
        new BatchProcessor(EventType.DynamoDBStreams),
        { context, processInParallel: false },
      );
      for (const [name, amount] of totals) deps.metrics.addMetric(name, MetricUnit.Count, amount);
      if (replayed > 0)
        deps.metrics.addMetric(REPORTS_METRICS.replayed, MetricUnit.Count, replayed);
      deps.logger.info('ticket changes folded', { records: event.Records.length, replayed });
      return response as DynamoDBBatchResponse;
    },
  )
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics, { captureColdStartMetric: true }));
}

export type ReportsHandler = ReturnType<typeof createReportsHandler>;
