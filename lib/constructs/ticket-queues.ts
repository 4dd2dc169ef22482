import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { QueueDefinition } from '../../functions/definitions/queues';

export interface TicketQueuesProps {
  readonly definition: QueueDefinition;
  /** Receives before redrive; the definition's value unless CDK context overrides it. */
  readonly maxReceiveCount: number;
}

/** The queue integrations push tickets onto, and where messages that cannot be routed end up. */
export class TicketQueues extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: TicketQueuesProps) {
    super(scope, id);
    const { definition } = props;

    // SQS-managed keys rather than KMS: every producer (email and chat integrations, scripts) and
    // the router would otherwise need kms:GenerateDataKey/Decrypt grants and a key policy kept in
    // step with them, and each request would cost a KMS call; SSE-SQS encrypts at rest all the same.
    this.deadLetterQueue = new Queue(this, definition.deadLetter.id, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(definition.deadLetter.retentionDays),
    });

    this.queue = new Queue(this, definition.id, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(definition.retentionDays),
      visibilityTimeout: Duration.seconds(definition.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
  }
}
