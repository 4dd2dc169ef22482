import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../adapters/clock';
import type { ReportsStore } from '../adapters/reports-store';
import type { CustomerReturns } from '../adapters/dynamodb/dynamodb-thread-history';
import type { SurveyOffering } from './offer-survey';

/** Everything the reports function talks to; tests hand it the stand-ins and a clock. */
export interface ReportsDependencies {
  readonly reports: ReportsStore;
  /** The latest earlier ticket of a thread when it is resolved (first-contact resolution). */
  resolvedBeforeInThread(
    threadKey: string,
    receivedAt: string,
  ): Promise<Readonly<Record<string, unknown>> | undefined>;
  /**
   * A ticket's item and when its customer wrote on it again (their `MESSAGE#` items, with
   * their sequence numbers), read from its partition.
   */
  customerReturns(ticketId: string): Promise<CustomerReturns | undefined>;
  /** Absent without a sender and link base URL: resolutions then offer no survey. */
  readonly surveys?: SurveyOffering;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
}
