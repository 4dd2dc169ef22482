import { Duration, Validations } from 'aws-cdk-lib';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TICKETS_TABLE } from '../../functions/definitions/tables';
import {
  CONFIG_STREAM_FILTERS,
  TICKETS_STREAM_FILTERS,
  WAITING_LINE,
  WAITING_LINE_STREAM,
} from '../../functions/definitions/waiting-line';
import {
  assignmentDeliveryEnvironment,
  grantAssignmentDelivery,
  type AssignmentDeliveryProps,
} from './assignment-delivery';
import { createSunrouteFunction } from './sunroute-function';
import { consumeTableStream } from './table-stream-consumer';

export interface WaitingLineFunctionProps extends AssignmentDeliveryProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  readonly projectRoot: string;
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
    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description:
        'sunroute waiting line: reads configuration and the tables streams, assigns waiting tickets, sends their emails',
      memoryMb: WAITING_LINE.memoryMb,
      timeoutSeconds: WAITING_LINE.timeoutSeconds,
      service: WAITING_LINE.service,
      metricsNamespace: WAITING_LINE.namespace,
      environment: assignmentDeliveryEnvironment(props),
    });
    // The line itself, and the sticky agent by thread and customer.
    grantAssignmentDelivery(
      this.function,
      props,
      TICKETS_TABLE.globalIndexes.map((index) => index.indexName),
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
