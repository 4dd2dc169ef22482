import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  MathExpression,
  Metric,
  TreatMissingData,
  type IAlarmAction,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { TableDefinition } from '../../functions/definitions/tables';
import { ROUTER_TELEMETRY } from '../../functions/definitions/telemetry';
import { DELIVERY_METRICS } from '../../functions/shared/delivery-metrics';

export interface OperationsAlarmsProps {
  readonly topic: ITopic;
  /** Every table, with the definition that names its indexes. */
  readonly tables: readonly { readonly definition: TableDefinition; readonly table: ITable }[];
  /** Functions that read a DynamoDB stream, by a name for the alarm's id. */
  readonly streamConsumers: readonly { readonly name: string; readonly function: IFunction }[];
  /** Dead-letter queues besides the ticket queue's (which RouterAlarms watches), by name. */
  readonly deadLetterQueues: readonly { readonly name: string; readonly queue: IQueue }[];
  /** A stream record older than this means its consumer has fallen behind. */
  readonly streamAgeAlarmMinutes: number;
}

const PERIOD = Duration.minutes(1);
const FIVE_MINUTES = Duration.minutes(5);

/** Emails the router's SES calls failed in five minutes (throttled or refused) before it alarms. */
export const EMAIL_FAILURES_ALARM = 10;

/**
 * The signs that the stack has reached a limit before its backlog shows (docs/scale.md): DynamoDB
 * throttling a table or one of its indexes, SES refusing or throttling sends, a stream consumer
 * falling behind, a record given up on by a stream consumer. Each alarm tells the topic when it
 * fires and when it clears; missing data (nothing throttled, nothing sent) is health.
 */
export class OperationsAlarms extends Construct {
  readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    const alarms: Alarm[] = [];
    const alarm = (alarmId: string, description: string, metric: IMetric, threshold: number) =>
      alarms.push(
        new Alarm(this, alarmId, {
          alarmDescription: description,
          metric,
          threshold,
          comparisonOperator:
            threshold === 0
              ? ComparisonOperator.GREATER_THAN_THRESHOLD
              : ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
      );

    for (const { definition, table } of props.tables) {
      alarm(
        `${definition.id}Throttled`,
        `DynamoDB throttled reads or writes of the ${definition.id} table or one of its indexes: ` +
          'a hot partition or a peak above what on-demand has scaled to (docs/scale.md).',
        throttleEvents(table, definition),
        0,
      );
    }

    alarm(
      'EmailsFailed',
      `SES refused or throttled ${EMAIL_FAILURES_ALARM} or more of the router's sends in five ` +
        'minutes: tickets are retried and may reach the dead-letter queue. Check the sending ' +
        'quota and the router log.',
      new Metric({
        namespace: ROUTER_TELEMETRY.namespace,
        metricName: DELIVERY_METRICS.emailsFailed,
        dimensionsMap: { service: ROUTER_TELEMETRY.service },
        period: FIVE_MINUTES,
        statistic: 'Sum',
      }),
      EMAIL_FAILURES_ALARM,
    );
    alarm(
      'EmailsRejected',
      'SES rejected an email it was given (the account-wide Reject metric).',
      new Metric({ namespace: 'AWS/SES', metricName: 'Reject', period: PERIOD, statistic: 'Sum' }),
      0,
    );

    for (const consumer of props.streamConsumers) {
      alarm(
        `${consumer.name}StreamAge`,
        `The ${consumer.name} function is over ${props.streamAgeAlarmMinutes} minutes behind ` +
          'its DynamoDB stream.',
        consumer.function.metric('IteratorAge', { period: PERIOD, statistic: 'Maximum' }),
        props.streamAgeAlarmMinutes * 60_000,
      );
    }
    for (const dead of props.deadLetterQueues) {
      alarm(
        `${dead.name}DeadLetters`,
        `A record is in the ${dead.name} dead-letter queue: the change it describes was not acted ` +
          'on and needs a person.',
        dead.queue.metricApproximateNumberOfMessagesVisible({
          period: PERIOD,
          statistic: 'Maximum',
        }),
        1,
      );
    }

    const action: IAlarmAction = new SnsAction(props.topic);
    for (const each of alarms) {
      each.addAlarmAction(action);
      each.addOkAction(action);
    }
    this.alarms = alarms;
  }
}

/**
 * Read and write throttle events of a table and the write throttle events of each of its indexes
 * (a write an index cannot take throttles the table's write), summed: at most nine metrics, inside
 * the ten an alarm's expression may use.
 */
function throttleEvents(table: ITable, definition: TableDefinition): IMetric {
  const metric = (name: string, index?: string) =>
    new Metric({
      namespace: 'AWS/DynamoDB',
      metricName: name,
      dimensionsMap: {
        TableName: table.tableName,
        ...(index === undefined ? {} : { GlobalSecondaryIndexName: index }),
      },
      period: PERIOD,
      statistic: 'Sum',
    });
  const metrics: Record<string, IMetric> = {
    reads: metric('ReadThrottleEvents'),
    writes: metric('WriteThrottleEvents'),
  };
  definition.globalIndexes.forEach((index, n) => {
    metrics[`index${n}`] = metric('WriteThrottleEvents', index.indexName);
  });
  return new MathExpression({
    expression: 'SUM(METRICS())',
    usingMetrics: metrics,
    label: `${definition.id} throttle events`,
    period: PERIOD,
  });
}
