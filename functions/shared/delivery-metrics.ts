import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';

/**
 * Metrics of assigning a ticket and sending its emails, counted under these names by every
 * function that does so (the router and the scheduler), so one alarm or graph sees them all.
 */
export const DELIVERY_METRICS = {
  /** Transactions refused because the agent filled up meanwhile; the next agent was tried. */
  capacityRetries: 'AgentCapacityRetries',
  /** Transactions that met another (a router's, a scheduler run's) on the same items: retried. */
  conflictRetries: 'TransactionConflictRetries',
  emailsSent: 'EmailsSent',
  /** Emails SES refused or that failed in transit; the record is retried. */
  emailsFailed: 'EmailsFailed',
} as const;

export function count(metrics: Metrics, name: string): void {
  metrics.addMetric(name, MetricUnit.Count, 1);
}
