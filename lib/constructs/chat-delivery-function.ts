import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { CHAT_DELIVERY, CHAT_DELIVERY_QUEUE } from '../../functions/definitions/chat-delivery';
import { INGEST } from '../../functions/definitions/ingest';
import { TICKETS_TABLE } from '../../functions/definitions/tables';
import { createSunrouteFunction } from './sunroute-function';
import { TicketQueues } from './ticket-queues';

export interface ChatDeliveryFunctionProps {
  readonly entry: string;
  readonly projectRoot: string;
  readonly ticketsTable: ITable;
  /** The integrations document: outbound URLs, and the secrets posts are signed with. */
  readonly integrations: ISecret;
}

/**
 * Agents' answers and resolutions of chat tickets, posted to each chat integration's outbound
 * webhook (docs/agents.md): a queue of events (ids only), its dead-letter queue, and the function
 * that posts them. It may read the tickets' partitions, the integrations secret, consume its
 * queue (and postpone a message: the backoff) and send to its dead-letter queue, nothing else.
 */
export class ChatDeliveryFunction extends Construct {
  readonly queues: TicketQueues;
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: ChatDeliveryFunctionProps) {
    super(scope, id);
    this.queues = new TicketQueues(this, 'Queues', {
      definition: CHAT_DELIVERY_QUEUE,
      maxReceiveCount: CHAT_DELIVERY_QUEUE.maxReceiveCount,
    });
    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description: 'sunroute chat delivery: its queues, the integrations secret, ticket reads',
      memoryMb: CHAT_DELIVERY.memoryMb,
      timeoutSeconds: CHAT_DELIVERY.timeoutSeconds,
      service: CHAT_DELIVERY.service,
      metricsNamespace: CHAT_DELIVERY.namespace,
      environment: {
        [TICKETS_TABLE.tableNameEnv]: props.ticketsTable.tableName,
        [CHAT_DELIVERY_QUEUE.queueUrlEnv]: this.queues.queue.queueUrl,
        [CHAT_DELIVERY_QUEUE.deadLetter.queueUrlEnv]: this.queues.deadLetterQueue.queueUrl,
        [INGEST.secretArnEnv]: props.integrations.secretArn,
      },
    });
    // Grants the consume actions (ChangeMessageVisibility among them) on this queue only.
    this.function.addEventSource(
      new SqsEventSource(this.queues.queue, {
        batchSize: CHAT_DELIVERY.batchSize,
        maxBatchingWindow: Duration.seconds(CHAT_DELIVERY.maxBatchingWindowSeconds),
        reportBatchItemFailures: true,
      }),
    );
    this.queues.deadLetterQueue.grantSendMessages(this.function);
    props.integrations.grantRead(this.function);
    // A ticket's partition (its message) and its survey item; nothing written.
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:Query'],
        resources: [props.ticketsTable.tableArn],
      }),
    );
  }
}
