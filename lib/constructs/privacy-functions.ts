import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { INGEST } from '../../functions/definitions/ingest';
import { PRIVACY } from '../../functions/definitions/privacy';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../functions/definitions/tables';
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
}

/**
 * The retention sweep (docs/privacy.md): once a day, raw mail and dead letters older than the
 * configuration's `privacy.retentionDays` are deleted, where it keeps them shorter than the
 * bucket's lifecycle rule and the queues' retention, which stay the upper bound. It reads the
 * configuration, lists and deletes raw mail under the inbound prefix, and reads, deletes and
 * releases dead letters; nothing else.
 */
export class PrivacyFunctions extends Construct {
  readonly retentionSweep: NodejsFunction;
  readonly retentionRule: Rule;

  constructor(scope: Construct, id: string, props: PrivacyFunctionsProps) {
    super(scope, id);
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
}
