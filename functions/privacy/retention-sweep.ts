import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { retentionOf } from '../core/privacy/retention';
import {
  PERSONAL_DEAD_LETTER_QUEUES,
  RAW_MAIL_MAX_RETENTION_DAYS,
  RETENTION_METRICS,
} from '../definitions/privacy';
import type { RetentionSweepDependencies } from './dependencies';

const DAY_MS = 86_400_000;

export interface RetentionSweepSummary {
  /** The retention applied, in days. */
  readonly rawMailDays: number;
  readonly deadLetterDays: number;
  readonly rawMailExpired: number;
  /** Dead letters deleted, by queue name. */
  readonly deadLettersExpired: Readonly<Record<string, number>>;
}

/** The stack's own bound for a queue: nothing to do when the configuration asks no less. */
function queueBound(name: string): number {
  return PERSONAL_DEAD_LETTER_QUEUES.find((queue) => queue.name === name)?.retentionDays ?? 0;
}

/**
 * Applies `privacy.retentionDays.rawMail` and `.deadLetters` where the configuration keeps them
 * shorter than the stack does (the bucket's lifecycle rule, the queues' retention, which stay the
 * upper bound): raw mail stored and dead letters first sent longer ago are deleted. Run daily; an
 * item goes at most a day after its time, as DynamoDB's TTL and S3's rules do.
 */
export async function sweepRetention(
  deps: RetentionSweepDependencies,
): Promise<RetentionSweepSummary> {
  const retention = retentionOf(await deps.privacy());
  const now = deps.clock();
  let rawMailExpired = 0;
  if (deps.rawMail && retention.rawMail < RAW_MAIL_MAX_RETENTION_DAYS) {
    rawMailExpired = await deps.rawMail.expire(now - retention.rawMail * DAY_MS);
  }
  const deadLettersExpired: Record<string, number> = {};
  for (const queue of deps.deadLetters) {
    if (retention.deadLetters >= queueBound(queue.queue)) continue;
    const before = now - retention.deadLetters * DAY_MS;
    // A letter without a send time is left to the queue's own retention.
    const expired = await queue.sweep(
      async (letter) => letter.sentAt !== undefined && letter.sentAt < before,
      true,
    );
    deadLettersExpired[queue.queue] = expired.length;
  }
  return {
    rawMailDays: retention.rawMail,
    deadLetterDays: retention.deadLetters,
    rawMailExpired,
    deadLettersExpired,
  };
}

/** The retention sweep as EventBridge runs it once a day. */
export function createRetentionSweepHandler(deps: RetentionSweepDependencies) {
  return middy(async (_event: ScheduledEvent): Promise<RetentionSweepSummary> => {
    const summary = await sweepRetention(deps);
    deps.metrics.addMetric(
      RETENTION_METRICS.rawMailExpired,
      MetricUnit.Count,
      summary.rawMailExpired,
    );
    deps.metrics.addMetric(
      RETENTION_METRICS.deadLettersExpired,
      MetricUnit.Count,
      Object.values(summary.deadLettersExpired).reduce((sum, count) => sum + count, 0),
    );
    deps.logger.info('retention sweep done', { ...summary });
    return summary;
  })
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics));
}

export type RetentionSweepHandler = ReturnType<typeof createRetentionSweepHandler>;
