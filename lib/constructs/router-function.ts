import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import type { RouterSettings } from '../../functions/definitions/queues';
import { TICKET_QUEUE } from '../../functions/definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../functions/definitions/tables';
import { ROUTER_TELEMETRY } from '../../functions/definitions/telemetry';
import { createSunrouteFunction } from './sunroute-function';
import type { EmailSending } from './email-sending';
import type { TicketQueues } from './ticket-queues';
import { ticketLinkEnvironment, type TicketLinkSetting } from './ticket-link-setting';

export interface RouterFunctionProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  /** Holds package-lock.json; NodejsFunction otherwise looks for it from the working directory. */
  readonly projectRoot: string;
  readonly settings: RouterSettings;
  readonly configTable: ITable;
  readonly ticketsTable: ITable;
  readonly queues: TicketQueues;
  readonly email: EmailSending;
  /** Where assignment emails' acknowledge/resolve links point and the key that signs them. */
  readonly ticketLinks?: TicketLinkSetting;
  /** Executions kept for the router alone, whatever else in the account is busy. */
  readonly reservedConcurrency?: number;
}

/** The Lambda function that routes each ticket from the queue, and exactly what it may touch. */
export class RouterFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: RouterFunctionProps) {
    super(scope, id);
    const { settings, queues, email } = props;

    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description: 'sunroute router: its tables, its queues, its SES identity, its log group',
      memoryMb: settings.memoryMb,
      timeoutSeconds: settings.timeoutSeconds,
      ...(props.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrency: props.reservedConcurrency }),
      service: ROUTER_TELEMETRY.service,
      metricsNamespace: ROUTER_TELEMETRY.namespace,
      environment: {
        [CONFIG_TABLE.tableNameEnv]: props.configTable.tableName,
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        [TICKET_QUEUE.queueUrlEnv]: queues.queue.queueUrl,
        [TICKET_QUEUE.deadLetter.queueUrlEnv]: queues.deadLetterQueue.queueUrl,
        ...email.environment(),
        ...(props.ticketLinks ? ticketLinkEnvironment(props.ticketLinks) : {}),
      },
    });
    props.ticketLinks?.secret.grantRead(this.function);

    // Grants the consume actions on the ticket queue only.
    this.function.addEventSource(
      new SqsEventSource(queues.queue, {
        batchSize: settings.batchSize,
        maxBatchingWindow: Duration.seconds(settings.maxBatchingWindowSeconds),
        reportBatchItemFailures: true,
        // No more pollers than reserved executions: one beyond would be throttled and its
        // batch returned to the queue, counting as a receive towards the dead-letter queue.
        ...(props.reservedConcurrency === undefined
          ? {}
          : { maxConcurrency: props.reservedConcurrency }),
      }),
    );
    // The handler moves a message that can never be routed to the dead-letter queue itself,
    // with the reason as attributes, instead of letting it burn through maxReceiveCount.
    queues.deadLetterQueue.grantSendMessages(this.function);
    email.grantSendEmail(this.function);
    this.grantTables(props.configTable, props.ticketsTable);
  }

  private grantTables(configTable: ITable, ticketsTable: ITable): void {
    // The router only reads configuration; support leads change it through the CLI or admin API.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
        resources: [configTable.tableArn],
      }),
    );
    // What one assignment transaction (ticket, agent load, outbox) and marking the email sent
    // need; TransactWriteItems and TransactGetItems are authorized per contained action. No
    // DeleteItem or Scan: erasure and reports are other functions' work.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: [
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:ConditionCheckItem',
        ],
        resources: [ticketsTable.tableArn],
      }),
    );
    // Named indexes rather than `index/*`, so a future index is not readable by default.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: TICKETS_TABLE.globalIndexes.map(
          (index) => `${ticketsTable.tableArn}/index/${index.indexName}`,
        ),
      }),
    );
  }
}
