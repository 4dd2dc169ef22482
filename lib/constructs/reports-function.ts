import { Duration, Validations } from 'aws-cdk-lib';
import { Dashboard, GraphWidget, Metric, SingleValueWidget } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { CHAT_DELIVERY_QUEUE } from '../../functions/definitions/chat-delivery';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  REPORTS,
  REPORTS_METRICS,
  REPORTS_STREAM,
  REPORTS_STREAM_FILTERS,
} from '../../functions/definitions/reports';
import { REPORTS_TABLE, TICKET_INDEXES, TICKETS_TABLE } from '../../functions/definitions/tables';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { TICKET_LINKS } from '../../functions/definitions/ticket-links';
import type { EmailSending } from './email-sending';
import { createSunrouteFunction } from './sunroute-function';
import { consumeTableStream } from './table-stream-consumer';

export interface ReportsFunctionProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly ticketsTable: ITable;
  readonly reportsTable: ITable;
  /** How survey emails are sent and their links signed. */
  readonly email: EmailSending;
  readonly ticketLinks: { readonly baseUrl: string; readonly secret: ISecret };
  /** Where a resolved chat ticket's survey link is queued for its integration's webhook. */
  readonly chatDeliveryQueue: IQueue;
}

/**
 * Reports (docs/reports.md): a function the tickets table's stream invokes with ticket and survey
 * changes, which adds them to the hourly aggregates of the reports table, and a CloudWatch
 * dashboard of the measures it emits.
 */
export class ReportsFunction extends Construct {
  readonly function: NodejsFunction;
  readonly deadLetters: Queue;
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ReportsFunctionProps) {
    super(scope, id);
    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description:
        'sunroute reports: reads the tickets stream, adds each change to the hourly report aggregates, offers surveys',
      memoryMb: REPORTS.memoryMb,
      timeoutSeconds: REPORTS.timeoutSeconds,
      service: REPORTS.service,
      metricsNamespace: REPORTS.namespace,
      environment: {
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        [REPORTS_TABLE.tableNameEnv]: props.reportsTable.tableName,
        ...props.email.environment(),
        [TICKET_LINKS.baseUrlEnv]: props.ticketLinks.baseUrl,
        [TICKET_LINKS.secretArnEnv]: props.ticketLinks.secret.secretArn,
        [CHAT_DELIVERY_QUEUE.queueUrlEnv]: props.chatDeliveryQueue.queueUrl,
      },
    });
    // A resolution offers the customer a survey: the item in the ticket's partition, the email.
    props.email.grantSendEmail(this.function);
    props.ticketLinks.secret.grantRead(this.function);
    props.chatDeliveryQueue.grantSendMessages(this.function);
    // The earlier ticket of a thread (first-contact resolution): its key by the thread index,
    // then the item;
    // and the survey item: created once (PutItem), marked sent (UpdateItem).
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        resources: [props.ticketsTable.tableArn],
      }),
    );
    // … and a customer coming back: the earlier ticket's partition (its customer's messages).
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [
          props.ticketsTable.tableArn,
          `${props.ticketsTable.tableArn}/index/${TICKET_INDEXES.byThread}`,
        ],
      }),
    );
    // Counters are added to (UpdateItem) with the record's marker (PutItem), in one transaction;
    // a finished day's cells are read (Query) and compacted (UpdateItem).
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
        resources: [props.reportsTable.tableArn],
      }),
    );

    this.deadLetters = new Queue(this, 'StreamDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    consumeTableStream(this.function, {
      table: props.ticketsTable,
      filters: REPORTS_STREAM_FILTERS,
      settings: REPORTS_STREAM,
      deadLetters: this.deadLetters,
    });
    Validations.of(this.function.role!).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams, which the event source mapping grants to read a table stream, ' +
        'cannot name a resource (IAM supports only "*" for it); every other stream action is ' +
        'granted on the tickets table stream alone.',
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter destination: the stream event source mapping sends ' +
        'the positions of records it gave up on here; it needs no dead-letter queue of its own.',
    });

    const metric = (metricName: string, label: string) =>
      new Metric({
        namespace: REPORTS.namespace,
        metricName,
        dimensionsMap: { service: REPORTS.service },
        statistic: 'Sum',
        period: Duration.hours(1),
        label,
      });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new GraphWidget({
            title: 'Tickets per hour',
            width: 12,
            left: [
              metric(REPORTS_METRICS.received, 'received'),
              metric(REPORTS_METRICS.acknowledged, 'acknowledged'),
              metric(REPORTS_METRICS.resolved, 'resolved'),
            ],
          }),
          new GraphWidget({
            title: 'Promises (expectedReplyBy) kept and broken',
            width: 12,
            left: [
              metric(REPORTS_METRICS.ackKept, 'kept'),
              metric(REPORTS_METRICS.ackBroken, 'broken'),
            ],
          }),
        ],
        [
          new GraphWidget({
            title: 'Handovers and escalations',
            width: 12,
            left: [
              metric(REPORTS_METRICS.handovers, 'handovers'),
              metric(REPORTS_METRICS.escalations, 'escalations'),
            ],
          }),
          new GraphWidget({
            title: 'Survey answers (4–5 are satisfied)',
            width: 8,
            left: [
              metric(REPORTS_METRICS.surveys, 'answers'),
              metric(REPORTS_METRICS.surveysPositive, 'scored 4–5'),
            ],
          }),
          new SingleValueWidget({
            title: 'Report records failed / replayed',
            width: 4,
            metrics: [
              metric(REPORTS_METRICS.failed, 'failed'),
              metric(REPORTS_METRICS.replayed, 'replayed'),
            ],
          }),
        ],
      ],
    });
  }
}
