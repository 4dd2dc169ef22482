// The Lambda entry point (lib/constructs/scheduler-function.ts bundles this file), run by an
// EventBridge rule; clients and the configuration cache live as long as the container.
import type { Context, ScheduledEvent } from 'aws-lambda';
import { awsSchedulerDependencies } from './aws-dependencies';
import { createSchedulerHandler, type SchedulerHandler } from './scheduler-handler';
import { readSchedulerEnvironment } from './environment';

let scheduler: SchedulerHandler | undefined;

export const handler = (event: ScheduledEvent, context: Context) => {
  scheduler ??= createSchedulerHandler(
    awsSchedulerDependencies(readSchedulerEnvironment(process.env)),
  );
  return scheduler(event, context);
};
