import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { requestOfJob } from '../shared/erasure-job';
import type { ErasureWorkerDependencies } from './dependencies';

/**
 * The erasure worker, on the erasure queue one message at a time: finishes the erasure the admin
 * API started. A message delivered again (the run before it crashed or ran out of time) counts
 * as a resumption and carries on where the record says; a finished record is left alone. A failed
 * run is reported back, so SQS delivers it again, and after five tries keeps it in the erasure
 * dead-letter queue.
 */
export function createErasureWorkerHandler(deps: ErasureWorkerDependencies) {
  return middy(async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const message of event.Records) {
      const job = requestOfJob(message.body);
      if (!job) {
        // Nothing any run could do with it: acknowledged, so it does not wait for ever.
        deps.logger.error('erasure job unreadable', { messageId: message.messageId });
        continue;
      }
      try {
        let record = await deps.erasures.read(job.erasureId);
        if (!record || record.status === 'done') continue;
        if (Number(message.attributes.ApproximateReceiveCount) > 1) {
          record = await deps.erasures.resume(record);
        }
        const finished = await deps.privacy.complete(job.request, record);
        deps.logger.info('customer data erased', {
          erasureId: finished.erasureId,
          removed: finished.removed,
          resumed: finished.resumed,
        });
      } catch (error) {
        deps.logger.error('erasure stopped; it resumes when the message is delivered again', {
          erasureId: job.erasureId,
          error,
        });
        batchItemFailures.push({ itemIdentifier: message.messageId });
      }
    }
    return { batchItemFailures };
  }).use(injectLambdaContext(deps.logger, { resetKeys: true }));
}

export type ErasureWorkerHandler = ReturnType<typeof createErasureWorkerHandler>;
