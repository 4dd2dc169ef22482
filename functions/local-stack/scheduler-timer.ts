// The scheduler Lambda as EventBridge runs it, on a local timer: the same handler, built with the
// same dependencies, invoked with a scheduled event every few (real) seconds or minutes. A run
// still going when the next is due is not doubled up; EventBridge would start a second one, which
// the handler tolerates, but locally it would only crowd the log.
import { randomUUID } from 'node:crypto';
import type { Context, ScheduledEvent } from 'aws-lambda';
import type { FollowUpSummary } from '../scheduler/run-follow-up';
import type { SchedulerHandler } from '../scheduler/scheduler-handler';
import { SCHEDULER } from '../definitions/scheduler';
import { createLambdaContext, LOCAL_ACCOUNT_ID } from './lambda-context';

export interface SchedulerTimerOptions {
  readonly handler: SchedulerHandler;
  /** Real milliseconds between runs. */
  readonly everyMs: number;
  readonly region: string;
  /** The clock the handler reads, for the event's `time`. */
  readonly clock: () => number;
  readonly onRun?: (summary: FollowUpSummary) => void;
  readonly log?: Pick<Console, 'error'>;
}

export interface SchedulerTimer {
  /** One run now (waiting for one in progress first); what tests and impatient people call. */
  runNow(): Promise<FollowUpSummary>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

function scheduledEvent(region: string, at: number): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: LOCAL_ACCOUNT_ID,
    time: new Date(at).toISOString(),
    region,
    resources: [`arn:aws:events:${region}:${LOCAL_ACCOUNT_ID}:rule/sunroute-scheduler`],
    detail: {},
  };
}

export function startSchedulerTimer(options: SchedulerTimerOptions): SchedulerTimer {
  let running: Promise<FollowUpSummary> | undefined;
  const invoke = async (): Promise<FollowUpSummary> => {
    const context: Context = createLambdaContext({
      functionName: SCHEDULER.service,
      timeoutMs: SCHEDULER.timeoutSeconds * 1000,
      memoryMb: SCHEDULER.memoryMb,
      region: options.region,
    });
    const summary = (await options.handler(
      scheduledEvent(options.region, options.clock()),
      context,
    )) as FollowUpSummary;
    options.onRun?.(summary);
    return summary;
  };
  const runNow = async () => {
    while (running) await running.catch(() => undefined);
    running = invoke().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    if (running) return;
    runNow().catch((error: unknown) =>
      (options.log ?? console).error(`scheduler run failed: ${String(error)}`),
    );
  }, options.everyMs);
  return {
    runNow,
    stop: async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
