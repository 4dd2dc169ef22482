import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INGEST } from '../../functions/definitions/ingest';
import { PRIVACY } from '../../functions/definitions/privacy';
import { CONFIG_TABLE, TICKET_INDEXES, TICKETS_TABLE } from '../../functions/definitions/tables';
import {
  grantDeadLetterSweep,
  grantRawMail,
  personalDataEnvironment,
  type PersonalDataPlaces,
} from './personal-data-places';
import { createSunrouteFunction } from './sunroute-function';

export interface PrivacyFunctionsProps {
  /** The handler module; it exports `retentionSweep`. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly configTable: ITable;
  readonly ticketsTable: ITable;
  readonly places: PersonalDataPlaces;
  /** The erasure queue the admin API hands large erasures to. */
  readonly erasureQueue: IQueue;
}

/**
 * The erasure worker, and the retention sweep (docs/privacy.md): once a day, raw mail and dead letters older than the
 * configuration's `privacy.retentionDays` are deleted, where it keeps them shorter than the
 * bucket's lifecycle rule and the queues' retention, which stay the upper bound. It reads the
 * configuration, lists and deletes raw mail under the inbound prefix, and reads, deletes and
 * releases dead letters; nothing else.
 */
export class PrivacyFunctions extends Construct {
  readonly eraser: NodejsFunction;
  readonly retentionSweep: NodejsFunction;
  readonly retentionRule: Rule;

  constructor(scope: Construct, id: string, props: PrivacyFunctionsProps) {
    super(scope, id);
    this.eraser = this.createEraser(props);
    const sweepScope = new Construct(this, 'RetentionSweep');
    this.retentionSweep = createSunrouteFunction(sweepScope, {
      entry: props.entry,
      handlerName: 'retentionSweep',
      projectRoot: props.projectRoot,
      description:
        'sunroute retention sweep: reads configuration, deletes raw mail and dead letters past their retention',
      memoryMb: PRIVACY.retentionSweep.memoryMb,
      timeoutSeconds: PRIVACY.retentionSweep.timeoutSeconds,
      service: PRIVACY.service,
      metricsNamespace: PRIVACY.namespace,
      environment: {
        [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName,
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        ...personalDataEnvironment(props.places),
      },
    });
    // The CURRENT pointer and the version it names.
    this.retentionSweep.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [props.configTable.tableArn],
      }),
    );
    grantDeadLetterSweep(this.retentionSweep, props.places);
    const bucket = props.places.mailBucket;
    if (bucket) {
      // Listing is granted on the bucket for the inbound prefix only.
      this.retentionSweep.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${INGEST.mailObjectPrefix}*`] } },
        }),
      );
      grantRawMail(
        this.retentionSweep,
        bucket,
        ['s3:DeleteObject'],
        'SES names each stored mail by its own message id; the retention sweep deletes mail ' +
          'past its retention under the inbound prefix of this bucket only, and reads none.',
      );
    }

    const { hour, minute } = PRIVACY.retentionSweep.schedule;
    this.retentionRule = new Rule(sweepScope, 'Daily', {
      description: 'sunroute: delete raw mail and dead letters past their configured retention',
      schedule: Schedule.cron({ hour: String(hour), minute: String(minute) }),
    });
    // A failed run is not retried: tomorrow's looks at everything again.
    this.retentionRule.addTarget(new LambdaFunction(this.retentionSweep, { retryAttempts: 0 }));
  }

  /**
   * The erasure worker (docs/privacy.md): finishes erasures the admin API started, one at a
   * time. It deletes the items of the customer's tickets' partitions and their threads'
   * acknowledgement records, gives agents' places back and updates the erasure record, and
   * nothing else; it reads, deletes and releases dead letters, and reads and deletes raw mail
   * under the inbound prefix. It starts no erasure: it holds no audit key.
   */
  private createEraser(props: PrivacyFunctionsProps): NodejsFunction {
    const eraser = createSunrouteFunction(new Construct(this, 'Eraser'), {
      entry: props.entry,
      handlerName: 'eraser',
      projectRoot: props.projectRoot,
      description:
        'sunroute erasure worker: erases the ticket partitions, dead letters and raw mail of one customer',
      memoryMb: PRIVACY.eraser.memoryMb,
      timeoutSeconds: PRIVACY.eraser.timeoutSeconds,
      service: PRIVACY.service,
      metricsNamespace: PRIVACY.namespace,
      environment: {
        [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName,
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        ...personalDataEnvironment(props.places),
      },
    });
    const table = props.ticketsTable.tableArn;
    eraser.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:Query'],
        resources: [table, `${table}/index/${TICKET_INDEXES.byIdentifier}`],
      }),
    );
    eraser.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
        resources: [table],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['TICKET#*', 'AUTOREPLY#*'] },
        },
      }),
    );
    // The erasure record's counts, and the load an erased open ticket gives back.
    eraser.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [table],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ERASURE#*', 'AGENT#*'] },
        },
      }),
    );
    grantDeadLetterSweep(eraser, props.places);
    if (props.places.mailBucket) {
      grantRawMail(
        eraser,
        props.places.mailBucket,
        ['s3:GetObject', 's3:DeleteObject'],
        'SES names each stored mail by its own message id; erasing a customer reads and deletes ' +
          'the mail their tickets and dead letters name, under the inbound prefix of this bucket only.',
      );
    }
    // One erasure per invocation: each may take the whole timeout.
    eraser.addEventSource(
      new SqsEventSource(props.erasureQueue, { batchSize: 1, reportBatchItemFailures: true }),
    );
    return eraser;
  }
}
