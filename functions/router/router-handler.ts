import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { processRecord } from './process-record';
import type { RouterDependencies } from './dependencies';

/**
 * The router as Lambda calls it: each record of the batch processed in parallel, failures
 * reported one by one (`batchItemFailures`), so SQS retries only those. When every record of a
 * batch fails, Powertools throws instead (FullBatchFailureError): the invocation then counts as
 * an error, which is what the RouterErrors alarm watches for — a whole failing batch means the
 * router, not a message, is broken.
 */
export function createRouterHandler(deps: RouterDependencies) {
  const recordHandler = (record: SQSRecord) => processRecord(deps, record);
  return middy(async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    // A processor per invocation: it holds the batch's results.
    const processor = new BatchProcessor(EventType.SQS);
    return processPartialResponse(event, recordHandler, processor, { context });
  })
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics, { captureColdStartMetric: true }));
}

export type RouterHandler = ReturnType<typeof createRouterHandler>;
