// The Lambda entry points (lib/constructs/privacy-functions.ts bundles this file): the erasure
// worker on the erasure queue, and the daily retention sweep, run by an EventBridge rule.
// Clients live as long as the container.
import type { Context, ScheduledEvent, SQSEvent } from 'aws-lambda';
import { awsErasureWorkerDependencies, awsRetentionSweepDependencies } from './aws-dependencies';
import { createErasureWorkerHandler, type ErasureWorkerHandler } from './erasure-worker';
import { readPrivacyEnvironment } from './environment';
import { createRetentionSweepHandler, type RetentionSweepHandler } from './retention-sweep';

let sweep: RetentionSweepHandler | undefined;

export const retentionSweep = (event: ScheduledEvent, context: Context) => {
  sweep ??= createRetentionSweepHandler(
    awsRetentionSweepDependencies(readPrivacyEnvironment(process.env)),
  );
  return sweep(event, context);
};

let worker: ErasureWorkerHandler | undefined;

export const eraser = (event: SQSEvent, context: Context) => {
  worker ??= createErasureWorkerHandler(
    awsErasureWorkerDependencies(readPrivacyEnvironment(process.env)),
  );
  return worker(event, context);
};
