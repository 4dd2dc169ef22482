// The Lambda entry points (lib/constructs/privacy-functions.ts bundles this file): the daily
// retention sweep, run by an EventBridge rule. Clients live as long as the container.
import type { Context, ScheduledEvent } from 'aws-lambda';
import { awsRetentionSweepDependencies } from './aws-dependencies';
import { readPrivacyEnvironment } from './environment';
import { createRetentionSweepHandler, type RetentionSweepHandler } from './retention-sweep';

let sweep: RetentionSweepHandler | undefined;

export const retentionSweep = (event: ScheduledEvent, context: Context) => {
  sweep ??= createRetentionSweepHandler(
    awsRetentionSweepDependencies(readPrivacyEnvironment(process.env)),
  );
  return sweep(event, context);
};
