import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { EMAIL_SENDING } from '../../functions/definitions/email-sending';
import { SCHEDULER } from '../../functions/definitions/scheduler';
import { CONFIG_TABLE, TICKET_INDEXES, TICKETS_TABLE } from '../../functions/definitions/tables';
import type { EmailSending } from './email-sending';
import { createSunrouteFunction } from './sunroute-function';
import { ticketLinkEnvironment, type TicketLinkSetting } from './ticket-link-setting';

export interface SchedulerFunctionProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly configTable: ITable;
  readonly ticketsTable: ITable;
  readonly email: EmailSending;
  /** Where new holders' acknowledge/resolve links point and the key that signs them. */
  readonly ticketLinks: TicketLinkSetting;
}

/**
 * The follow-the-sun scheduler (docs/follow-the-sun.md): a function EventBridge runs every few
 * minutes, which hands over, starts queued tickets and escalates, and exactly what it may touch.
 */
export class SchedulerFunction extends Construct {
  readonly function: NodejsFunction;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: SchedulerFunctionProps) {
    super(scope, id);
    const { email, ticketLinks } = props;
    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description:
        'sunroute scheduler: reads configuration, follows up open tickets, sends their emails',
      memoryMb: SCHEDULER.memoryMb,
      timeoutSeconds: SCHEDULER.timeoutSeconds,
      service: SCHEDULER.service,
      metricsNamespace: SCHEDULER.namespace,
      environment: {
        [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName,
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        [EMAIL_SENDING.senderEmailEnv]: email.identity.emailIdentityName,
        [EMAIL_SENDING.configurationSetEnv]: email.configurationSet.configurationSetName,
        ...ticketLinkEnvironment(ticketLinks),
      },
    });
    email.grantSendEmail(this.function);
    ticketLinks.secret.grantRead(this.function);
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem'],
        resources: [props.configTable.tableArn],
      }),
    );
    // Loads (BatchGetItem), a ticket (GetItem: a waiting one before it is given out) and its
    // outbox (Query), the follow-up transaction (Update of the ticket and loads, Put of outbox
    // emails) and marking emails sent. No Delete or Scan.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: [
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
        ],
        resources: [props.ticketsTable.tableArn],
      }),
    );
    // The open tickets by team and status; the sticky agent by thread and customer.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: Object.values(TICKET_INDEXES).map(
          (index) => `${props.ticketsTable.tableArn}/index/${index}`,
        ),
      }),
    );

    this.rule = new Rule(this, 'Every5Minutes', {
      description: `sunroute: follow up open tickets every ${SCHEDULER.everyMinutes} minutes`,
      schedule: Schedule.rate(Duration.minutes(SCHEDULER.everyMinutes)),
    });
    // A failed run is not retried: the next one, minutes later, looks at every open ticket again.
    this.rule.addTarget(new LambdaFunction(this.function, { retryAttempts: 0 }));
  }
}
