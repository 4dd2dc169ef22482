import { Duration } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ROUTER_ALARM_METRICS, ROUTER_TELEMETRY } from '../../functions/definitions/telemetry';
import type { TicketQueues } from './ticket-queues';

export interface RouterAlarmsProps {
  readonly queues: TicketQueues;
  readonly router: IFunction;
  readonly topic: ITopic;
  /** A ticket waiting longer than this means routing has stalled. */
  readonly queueAgeAlarmMinutes: number;
}

const PERIOD = Duration.minutes(1);

/** A metric the router emits through Powertools (EMF), which adds the `service` dimension. */
function routerMetric(metricName: string): Metric {
  return new Metric({
    namespace: ROUTER_TELEMETRY.namespace,
    metricName,
    dimensionsMap: { service: ROUTER_TELEMETRY.service },
    period: PERIOD,
    statistic: 'Sum',
  });
}

// Every alarm below treats missing data as fine: quiet queues and an idle router publish no data
// points, and that is health, not an outage.

/**
 * The signs that tickets are not being routed or nobody is told: dead letters, a stalled queue, a
 * failing router, a configuration that needs a person.
 */
export class RouterAlarms extends Construct {
  readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: RouterAlarmsProps) {
    super(scope, id);
    const { queues, router } = props;

    this.alarms = [
      new Alarm(this, 'DeadLetters', {
        alarmDescription:
          'Tickets are in the dead-letter queue: each needs a person to read its reason attributes.',
        metric: queues.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
          period: PERIOD,
          statistic: 'Maximum',
        }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'QueueAge', {
        alarmDescription: `A ticket has waited over ${props.queueAgeAlarmMinutes} minutes for routing.`,
        metric: queues.queue.metricApproximateAgeOfOldestMessage({
          period: PERIOD,
          statistic: 'Maximum',
        }),
        threshold: props.queueAgeAlarmMinutes * 60,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'RouterErrors', {
        alarmDescription:
          'The router failed an invocation (not a single record): tickets are being retried.',
        metric: router.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'RouterThrottles', {
        alarmDescription: 'Lambda throttled the router: the account concurrency limit is reached.',
        metric: router.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'HolidayYearMissing', {
        alarmDescription:
          'The live configuration has no holiday table for a year routing needs: tickets are ' +
          'failing until someone saves the configuration again (sunroute config apply).',
        metric: routerMetric(ROUTER_ALARM_METRICS.holidayYearMissing),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'EmailsNotRendered', {
        alarmDescription:
          'A ticket was assigned but nobody was emailed: the configuration gives the agent or ' +
          'team no usable address. The router log names the field.',
        metric: routerMetric(ROUTER_ALARM_METRICS.emailsNotRendered),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    ];

    // Told on recovery too, so on-call knows when to stop looking.
    const action: IAlarmAction = new SnsAction(props.topic);
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
  }
}
