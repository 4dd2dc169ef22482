import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EMAIL_SENDING } from '../../functions/definitions/email-sending';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../functions/definitions/tables';
import {
  CONFIG_STREAM_FILTERS,
  TICKETS_STREAM_FILTERS,
  WAITING_LINE,
  WAITING_LINE_STREAM,
} from '../../functions/definitions/waiting-line';
import type { EmailSending } from './email-sending';
import { createSunrouteFunction } from './sunroute-function';
import { consumeTableStream } from './table-stream-consumer';
import { ticketLinkEnvironment, type TicketLinkSetting } from './ticket-link-setting';

export interface WaitingLineFunctionProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  readonly projectRoot: string;
  readonly configTable: ITable;
  readonly ticketsTable: ITable;
  readonly email: EmailSending;
  readonly ticketLinks: TicketLinkSetting;
}

/**
 * The waiting line (docs/waiting-line.md): a function the tickets and config tables' streams
 * invoke when room frees up (an agent's load given back, a new configuration version), which
 * gives waiting tickets to agents with room, and exactly what it may touch.
 */
export class WaitingLineFunction extends Construct {
  readonly function: NodejsFunction;
  /** Positions of stream records the function gave up on; the scheduler fills the lines anyway. */
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: WaitingLineFunctionProps) {
    super(scope, id);
    const { email, ticketLinks } = props;
    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description:
        'sunroute waiting line: reads configuration and the tables streams, assigns waiting tickets, sends their emails',
      memoryMb: WAITING_LINE.memoryMb,
      timeoutSeconds: WAITING_LINE.timeoutSeconds,
      service: WAITING_LINE.service,
      metricsNamespace: WAITING_LINE.namespace,
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
    // Loads (BatchGetItem), a ticket (GetItem) and its outbox (Query), the assignment transaction
    // (Update of the ticket and the load, Put of the outbox email) and marking it sent.
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
    // The line itself, and the sticky agent by thread and customer.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: TICKETS_TABLE.globalIndexes.map(
          (index) => `${props.ticketsTable.tableArn}/index/${index.indexName}`,
        ),
      }),
    );

    this.deadLetters = new Queue(this, 'StreamDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    // The event source mappings read the streams (their grants are added with them).
    consumeTableStream(this.function, {
      table: props.ticketsTable,
      filters: TICKETS_STREAM_FILTERS,
      settings: WAITING_LINE_STREAM,
      deadLetters: this.deadLetters,
    });
    consumeTableStream(this.function, {
      table: props.configTable,
      filters: CONFIG_STREAM_FILTERS,
      settings: WAITING_LINE_STREAM,
      deadLetters: this.deadLetters,
    });
    Validations.of(this.function.role!).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams, which the event source mapping grants to read a table stream, ' +
        'cannot name a resource (IAM supports only "*" for it); every other stream action is ' +
        'granted on the two tables streams alone.',
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter destination: the stream event source mappings send ' +
        'the positions of records they gave up on here; it needs no dead-letter queue of its own.',
    });
  }
}
