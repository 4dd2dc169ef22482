import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../adapters/clock';
import type { ReportsStore } from '../adapters/reports-store';

/** Everything the reports function talks to; tests hand it the stand-ins and a clock. */
export interface ReportsDependencies {
  readonly reports: ReportsStore;
  /** The latest earlier ticket of a thread when it is resolved (first-contact resolution). */
  resolvedBeforeInThread(
    threadKey: string,
    receivedAt: string,
  ): Promise<Readonly<Record<string, unknown>> | undefined>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
}
