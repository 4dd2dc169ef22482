import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet } from 'aws-cdk-lib/aws-ses';
import { Lambda, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import { Construct } from 'constructs';
import { INGEST } from '../../functions/definitions/ingest';
import { TICKET_QUEUE } from '../../functions/definitions/queues';
import { ROUTER_TELEMETRY } from '../../functions/definitions/telemetry';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { CHAT_DELIVERY_QUEUE } from '../../functions/definitions/chat-delivery';
import { REPLIES } from '../../functions/definitions/replies';
import { CONFIG_TABLE, TICKET_INDEXES, TICKETS_TABLE } from '../../functions/definitions/tables';
import { TICKET_LINKS } from '../../functions/definitions/ticket-links';
import type { EmailSending } from './email-sending';
import { createSunrouteFunction } from './sunroute-function';
import type { TicketQueues } from './ticket-queues';
import { grantConfigRead } from './config-read-grant';

export interface IngestMailReceivingProps {
  readonly entry: string;
  readonly projectRoot: string;
  /** Mail to any address at this domain becomes a ticket. */
  readonly domain: string;
  readonly queues: TicketQueues;
  /**
   * Agents' answers to the reply addresses at `domain` (docs/agents.md): the tickets they are
   * recorded on, the configuration that says who may answer, SES to send them, the secret that
   * signed the addresses.
   */
  readonly replies: {
    readonly ticketsTable: ITable;
    readonly configTable: ITable;
    readonly email: EmailSending;
    readonly linkSecret: ISecret;
    /** Where answers to chat tickets are queued for their integrations' webhooks. */
    readonly chatDeliveryQueue: IQueue;
  };
}

/**
 * SES receiving for one domain: a receipt rule stores each raw mail in an encrypted bucket, then
 * invokes the receiver function, which parses it and puts its ticket on the queue. The rule set
 * must be made active once by hand (docs/ingest.md): CloudFormation cannot activate one.
 */
export class IngestMailReceiving extends Construct {
  readonly bucket: Bucket;
  readonly function: NodejsFunction;
  readonly ruleSet: ReceiptRuleSet;

  constructor(scope: Construct, id: string, props: IngestMailReceivingProps) {
    super(scope, id);
    const { queues } = props;

    // SSE-S3 rather than KMS: SES writes with its service principal, which a KMS key would have
    // to allow in its key policy; the mail is encrypted at rest either way.
    this.bucket = new Bucket(this, 'RawMail', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // Customers' mail is kept for agents and replays, then deleted (docs/guarantees.md).
      lifecycleRules: [
        {
          id: 'ExpireRawMail',
          prefix: INGEST.mailObjectPrefix,
          expiration: Duration.days(INGEST.mailRetentionDays),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Only SES writes and only the receiver function reads this bucket; access logs would ' +
        'need a second bucket holding the same customer addresses for no reader, and the ' +
        'function logs every object it reads.',
    });

    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      handlerName: 'mailReceiver',
      projectRoot: props.projectRoot,
      description:
        'sunroute inbound mail: read raw mail, send to the ticket queue and its dead letters',
      memoryMb: INGEST.receiver.memoryMb,
      timeoutSeconds: INGEST.receiver.timeoutSeconds,
      service: INGEST.service,
      metricsNamespace: ROUTER_TELEMETRY.namespace,
      environment: {
        [TICKET_QUEUE.queueUrlEnv]: queues.queue.queueUrl,
        [TICKET_QUEUE.deadLetter.queueUrlEnv]: queues.deadLetterQueue.queueUrl,
        [INGEST.mailBucketEnv]: this.bucket.bucketName,
        [REPLIES.domainEnv]: props.domain,
        [TICKETS_TABLE.tableNameEnv]: props.replies.ticketsTable.tableName,
        [CONFIG_TABLE.tableNameEnv]: props.replies.configTable.tableName,
        ...props.replies.email.environment(),
        [TICKET_LINKS.secretArnEnv]: props.replies.linkSecret.secretArn,
        [CHAT_DELIVERY_QUEUE.queueUrlEnv]: props.replies.chatDeliveryQueue.queueUrl,
      },
    });
    this.grantReplies(props.replies);
    // An event that still fails after Lambda's two retries (S3 or SQS out) goes to the ticket
    // dead-letter queue with the SES event, which names the stored mail: nothing is lost.
    this.function.configureAsyncInvoke({
      retryAttempts: 2,
      onFailure: new SqsDestination(queues.deadLetterQueue),
    });
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${INGEST.mailObjectPrefix}*`)],
      }),
    );
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    Validations.of(this.function.role!).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${INGEST.mailObjectPrefix}*]`,
      reason:
        'SES names each stored mail by its own message id, unknown until the mail arrives, so ' +
        'the receiver may read any object under the inbound prefix of this one bucket and ' +
        'nothing else.',
    });
    queues.queue.grantSendMessages(this.function);
    queues.deadLetterQueue.grantSendMessages(this.function);

    this.ruleSet = new ReceiptRuleSet(this, 'RuleSet', {
      rules: [
        {
          recipients: [props.domain],
          scanEnabled: true,
          actions: [
            new S3({ bucket: this.bucket, objectKeyPrefix: INGEST.mailObjectPrefix }),
            new Lambda({ function: this.function, invocationType: LambdaInvocationType.EVENT }),
          ],
        },
      ],
    });
    new CfnOutput(scope, 'InboundMailRuleSetName', { value: this.ruleSet.receiptRuleSetName });
    new CfnOutput(scope, 'InboundMailBucketName', { value: this.bucket.bucketName });
  }

  /**
   * What an agent's answer needs: find its ticket by the reply key, read the ticket's partition,
   * write the answer, its email and the acknowledgement (one transaction, then updates), read the
   * live configuration, the link secret, and send through SES. A customer's mail finds its
   * thread's ticket (byThread) and, when it hands the ticket over, reads the new team's agent
   * loads (BatchGetItem) and the customer's latest agent (byCustomer), as the scheduler does.
   */
  private grantReplies(replies: IngestMailReceivingProps['replies']): void {
    const { ticketsTable, configTable } = replies;
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
    this.function.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [
          TICKET_INDEXES.byIdentifier,
          TICKET_INDEXES.byThread,
          TICKET_INDEXES.byCustomer,
        ].map((index) => `${ticketsTable.tableArn}/index/${index}`),
      }),
    );
    grantConfigRead(this.function, configTable);
    replies.linkSecret.grantRead(this.function);
    replies.email.grantSendEmail(this.function);
    replies.chatDeliveryQueue.grantSendMessages(this.function);
  }
}
