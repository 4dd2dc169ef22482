import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Decision } from '../core/routing/decision';
import { ROUTER_ALARM_METRICS } from '../definitions/telemetry';
import { count, DELIVERY_METRICS } from '../shared/delivery-metrics';

/**
 * The router's CloudWatch metrics (namespace from POWERTOOLS_METRICS_NAMESPACE). Plain names, no
 * per-record dimensions: records of a batch run in parallel on one Metrics object, and dimensions
 * set by one record would be flushed with another's values.
 */
export const ROUTER_METRICS = {
  /** Tickets assigned to an agent. */
  assignedToAgent: 'TicketsAssignedToAgent',
  /** Tickets assigned to a team with no agent eligible: the team inbox was told. */
  assignedToTeam: 'TicketsAssignedToTeamInbox',
  /** Tickets queued until a team's shift starts. */
  queued: 'TicketsQueued',
  /** Per team step (docs/routing.md): `TicketsRoutedStep1` … `TicketsRoutedStep6`. */
  step: (step: number) => `TicketsRoutedStep${step}`,
  /**
   * Messages moved to the dead-letter queue because they are not JSON or break the ticket schema.
   */
  deadLettered: 'TicketsDeadLettered',
  /** Deliveries of a ticket already recorded: nothing was assigned again. */
  redelivered: 'TicketsRedelivered',
  /**
   * Messages under an id already recorded for another message: dead-lettered (and counted in
   * TicketsDeadLettered too), where the DeadLetters alarm sees them.
   */
  idConflicts: 'TicketIdConflicts',
  ...DELIVERY_METRICS,
  /** Assignments with no email because the configuration gives no usable address. */
  emailsNotRendered: ROUTER_ALARM_METRICS.emailsNotRendered,
  /** Records reported failed (retried by SQS). */
  recordsFailed: 'RecordsFailed',
  /**
   * Records that failed because the live configuration version's holiday table does not hold a
   * year routing needs: the version must be saved again. Alarm on any.
   */
  holidayYearMissing: ROUTER_ALARM_METRICS.holidayYearMissing,
} as const;

export function countDecision(metrics: Metrics, decision: Decision): void {
  const name =
    decision.status === 'queued'
      ? ROUTER_METRICS.queued
      : decision.agent === null
        ? ROUTER_METRICS.assignedToTeam
        : ROUTER_METRICS.assignedToAgent;
  count(metrics, name);
  if (decision.step !== null) count(metrics, ROUTER_METRICS.step(decision.step));
}
