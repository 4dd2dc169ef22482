import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { newlyResolved } from '../core/reports/fold-change';
import { foldChanges, type Change } from './fold-changes';
import { offerSurvey } from './offer-survey';
import { REPORTS, REPORTS_MESSAGE_PREFIX, REPORTS_METRICS } from '../definitions/reports';
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

async function readChange(
  deps: ReportsDependencies,
  record: DynamoDBRecord,
): Promise<Change & { readonly record: DynamoDBRecord }> {
  const before = image(record.dynamodb?.OldImage);
  const after = image(record.dynamodb?.NewImage);
  const change = { record, id: recordId(record), before, after };
  if (before || !after) return change;
  // A new ticket in the thread of a resolved one: the customer came back.
  if (
    after.sk === 'TICKET' &&
    typeof after.threadKey === 'string' &&
    typeof after.receivedAt === 'string'
  ) {
    const earlier = await deps.resolvedBeforeInThread(after.threadKey, after.receivedAt);
    if (!earlier || typeof earlier.ticketId !== 'string') return change;
    const returns = await deps.customerReturns(earlier.ticketId);
    const earlierReturns = returns?.messages.map((message) => message.at) ?? [];
    return { ...change, reopens: { earlier, at: after.receivedAt, earlierReturns } };
  }
  // A customer's message joined their ticket: if it was resolved, they came back.
  if (
    typeof after.sk === 'string' &&
    after.sk.startsWith(REPORTS_MESSAGE_PREFIX) &&
    after.from === 'customer' &&
    typeof after.at === 'string' &&
    typeof after.pk === 'string'
  ) {
    const returns = await deps.customerReturns(after.pk.slice('TICKET#'.length));
    if (!returns) return change;
    const sequence = Number(after.sequence);
    const earlierReturns = returns.messages
      .filter((message) => message.sequence < sequence)
      .map((message) => message.at);
    return { ...change, reopens: { earlier: returns.ticket, at: after.at, earlierReturns } };
  }
  return change;
}

/**
 * The reports function as Lambda calls it with a batch of the tickets table's stream records
 * (docs/reports.md): the batch's increments are merged per cell and written with a marker per
 * record, so a batch retried after a partial failure, or a record delivered twice, counts once.
 * Then each newly resolved ticket is offered its survey. Records are handled in stream order; a
 * failed one fails the rest of the batch (reported as batch item failures: Lambda retries from
 * it). The batch is folded as a whole, not record by record, hence no per-record batch processor.
 */
export function createReportsHandler(deps: ReportsDependencies) {
  let compacted: string | undefined;
  /** Once a day, the first invocation of the day compacts the day that can no longer change. */
  const compact = async () => {
    const now = deps.clock();
    const day = new Date(now - REPORTS.compactAfterHours * 3_600_000).toISOString().slice(0, 10);
    if (compacted === day) return;
    try {
      const cells = await deps.reports.compactDay(day, now);
      if (cells !== undefined) deps.logger.info('report cells compacted', { day, cells });
      compacted = day;
    } catch (error) {
      // Only slower reads follow: the cells stay as they were and read correctly.
      deps.logger.warn('compacting report cells failed', { day, error });
    }
  };
  return middy(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const totals = new Map<string, number>();
    const records = event.Records;
    let failedAt = records.length;
    let failure: unknown;
    const changes: (Change & { readonly record: DynamoDBRecord })[] = [];
    for (const [index, record] of records.entries()) {
      try {
        changes.push(await readChange(deps, record));
      } catch (error) {
        failedAt = index;
        failure = error;
        break;
      }
    }
    const outcome = await foldChanges(deps.reports, deps.clock, changes, totals);
    if (outcome.error !== undefined) {
      failedAt = outcome.folded;
      failure = outcome.error;
    }
    for (let index = 0; index < failedAt; index++) {
      const change = changes[index]!;
      const resolved = newlyResolved(change.before, change.after);
      if (!resolved || !change.after || !deps.surveys) continue;
      try {
        await offerSurvey(deps.surveys, change.after, resolved, deps.clock(), deps.logger);
      } catch (error) {
        failedAt = index;
        failure = error;
      }
    }
    if (failedAt < records.length) {
      deps.metrics.addMetric(REPORTS_METRICS.failed, MetricUnit.Count, records.length - failedAt);
      deps.logger.error(
        'folding a ticket change failed; the record and those after it are retried',
        {
          sequenceNumber: records[failedAt]!.dynamodb?.SequenceNumber,
          error: failure,
        },
      );
    }
    await compact();
    for (const [name, amount] of totals) deps.metrics.addMetric(name, MetricUnit.Count, amount);
    if (outcome.replayed > 0)
      deps.metrics.addMetric(REPORTS_METRICS.replayed, MetricUnit.Count, outcome.replayed);
    deps.logger.info('ticket changes folded', {
      records: records.length,
      replayed: outcome.replayed,
    });
    return {
      batchItemFailures: records.slice(failedAt).map((record) => ({
        itemIdentifier: record.dynamodb?.SequenceNumber ?? '',
      })),
    };
  })
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics, { captureColdStartMetric: true }));
}

export type ReportsHandler = ReturnType<typeof createReportsHandler>;
