import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { SCHEDULER_METRICS } from '../definitions/scheduler';
import { runFollowUp, type FollowUpSummary } from './run-follow-up';
import type { SchedulerDependencies } from './dependencies';

/**
 * The scheduler as EventBridge calls it every few minutes. "Now" is the injected clock, not the
 * event's time: a run EventBridge delivers late still acts on the present, and tests drive it.
 * The time Lambda has left bounds the run's share of a full listing.
 */
export function createSchedulerHandler(deps: SchedulerDependencies) {
  return middy(async (_event: ScheduledEvent, context: Context): Promise<FollowUpSummary> => {
    const summary = await runFollowUp(deps, deps.clock(), {
      remainingMs: () => context.getRemainingTimeInMillis(),
    });
    // Also what keeps every run's metrics non-empty: most runs change nothing.
    deps.metrics.addMetric(SCHEDULER_METRICS.open, MetricUnit.Count, summary.open);
    deps.logger.info('follow-up run done', { ...summary });
    return summary;
  })
    .use(injectLambdaContext(deps.logger, { resetKeys: true }))
    .use(logMetrics(deps.metrics));
}

export type SchedulerHandler = ReturnType<typeof createSchedulerHandler>;
