import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { ChatDeliveryFunction } from '../../../lib/constructs/chat-delivery-function';
import type { IngestHttpFunction } from '../../../lib/constructs/ingest-http-function';
import type { IngestMailReceiving } from '../../../lib/constructs/ingest-mail-receiving';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { EmailSending } from '../../../lib/constructs/email-sending';
import type { TicketLinks } from '../../../lib/constructs/ticket-links-function';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import {
  CONFIG_TABLE,
  TICKET_INDEXES,
  TICKETS_TABLE,
  WEBHOOK_REQUESTS_TABLE,
} from '../../../functions/definitions/tables';
import { INGEST } from '../../../functions/definitions/ingest';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const DOMAIN = 'support.example.com';
const withMail = synthTestStack({ inboundDomain: DOMAIN });
const withoutMail = synthTestStack();

/** Every `action on resource` a role's inline policies allow. */
function grantsOf(synth: typeof withMail, roleLogicalId: string): Set<string> {
  return new Set(grants(roleStatements(synth.template, roleLogicalId)));
}

const pairs = (synth: typeof withMail, actions: string[], resources: unknown[]) =>
  actions.flatMap((action) =>
    resources.map((resource) => `${action} on ${JSON.stringify(cfn(synth.stack, resource))}`),
  );

describe('ingest webhooks', () => {
  const { stack, template } = withMail;
  const http = child<IngestHttpFunction>(stack, 'IngestHttp');
  const queues = child<TicketQueues>(stack, 'TicketQueues');
  const requests = child<DefinitionTable>(stack, WEBHOOK_REQUESTS_TABLE.id).table;
  const configTable = child<DefinitionTable>(stack, 'Config');

  it('routes POST /ingest/chat, POST /ingest/email and GET /tickets/{id}/messages to the ingest function', () => {
    for (const routeKey of [
      `POST ${INGEST.chatPath}`,
      `POST ${INGEST.emailPath}`,
      `GET ${INGEST.messagesPath}`,
    ])
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: routeKey,
        AuthorizationType: 'NONE',
      });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: cfn(stack, http.function.functionArn),
      Principal: 'apigateway.amazonaws.com',
    });
  });

  it('tells the function where its secret, queue, requests table and configuration are, never the secret itself', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: Match.absent(),
      Environment: {
        Variables: Match.objectLike({
          [INGEST.secretArnEnv]: cfn(stack, http.secret.secretArn),
          TICKET_QUEUE_URL: cfn(stack, queues.queue.queueUrl),
          [WEBHOOK_REQUESTS_TABLE.tableNameEnv]: cfn(stack, requests.tableName),
          CONFIG_TABLE_NAME: Match.anyValue(),
        }),
      },
    });
  });

  it('may read its secret, the configuration and tickets, remember requests, send to the ticket queue and write its logs, nothing more', () => {
    const tickets = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
    const grants = grantsOf(withMail, logicalId(stack, http.function.role!));
    expect(grants).toEqual(
      new Set([
        ...pairs(
          withMail,
          ['logs:CreateLogStream', 'logs:PutLogEvents'],
          [http.function.logGroup.logGroupArn],
        ),
        ...pairs(
          withMail,
          ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          [http.secret.secretArn],
        ),
        ...pairs(
          withMail,
          ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
          [queues.queue.queueArn],
        ),
        ...pairs(withMail, ['dynamodb:PutItem', 'dynamodb:DeleteItem'], [requests.tableArn]),
        ...pairs(withMail, ['dynamodb:GetItem', 'dynamodb:Query'], [configTable.table.tableArn]),
        ...pairs(withMail, ['dynamodb:GetItem', 'dynamodb:Query'], [tickets.tableArn]),
      ]),
    );
  });
});

describe('SES receiving', () => {
  const { stack, template } = withMail;
  const mail = child<IngestMailReceiving>(stack, 'IngestMail');
  const queues = child<TicketQueues>(stack, 'TicketQueues');

  it('exists only when -c inboundDomain is given', () => {
    withoutMail.template.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    // The raw-mail bucket is the one bucket receiving adds (the web console has its own).
    const buckets = (synthesized: typeof template) =>
      Object.keys(synthesized.findResources('AWS::S3::Bucket')).length;
    expect(buckets(template) - buckets(withoutMail.template)).toBe(1);
    template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    expect(() => synthTestStack({ inboundDomain: 'not a domain' })).toThrow(
      'CDK context "inboundDomain" must be a domain name',
    );
  });

  it('keeps raw mail encrypted, private, over TLS only, and for a limited time', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: {
        Rules: [
          {
            Status: 'Enabled',
            Prefix: INGEST.mailObjectPrefix,
            ExpirationInDays: INGEST.mailRetentionDays,
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Action: 's3:PutObject',
          }),
        ]),
      },
    });
  });

  it('stores each mail for the domain, then invokes the receiver asynchronously', () => {
    template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: {
        Enabled: true,
        Recipients: [DOMAIN],
        ScanEnabled: true,
        Actions: [
          {
            S3Action: {
              BucketName: cfn(stack, mail.bucket.bucketName),
              ObjectKeyPrefix: INGEST.mailObjectPrefix,
            },
          },
          {
            LambdaAction: {
              FunctionArn: cfn(stack, mail.function.functionArn),
              InvocationType: 'Event',
            },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: cfn(stack, mail.function.functionArn),
      Principal: 'ses.amazonaws.com',
    });
  });

  it('sends events that keep failing to the dead-letter queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: cfn(stack, mail.function.functionName),
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: { Destination: cfn(stack, queues.deadLetterQueue.queueArn) },
      },
    });
  });

  it('may read stored mail, send to the ticket queue and its dead letters, record agents’ answers, and log', () => {
    const grants = grantsOf(withMail, logicalId(stack, mail.function.role!));
    const tickets = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
    const config = child<DefinitionTable>(stack, CONFIG_TABLE.id).table;
    const email = child<EmailSending>(stack, 'EmailSending');
    const linkSecret = child<TicketLinks>(stack, 'TicketLinks').secret;
    const chatQueue = child<ChatDeliveryFunction>(stack, 'ChatDelivery').queues.queue;
    expect(grants).toEqual(
      new Set([
        ...pairs(
          withMail,
          ['logs:CreateLogStream', 'logs:PutLogEvents'],
          [mail.function.logGroup.logGroupArn],
        ),
        ...pairs(withMail, ['s3:GetObject'], [mail.bucket.arnForObjects('inbound/*')]),
        ...pairs(
          withMail,
          ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
          [queues.queue.queueArn, queues.deadLetterQueue.queueArn, chatQueue.queueArn],
        ),
        ...pairs(
          withMail,
          [
            'dynamodb:GetItem',
            'dynamodb:BatchGetItem',
            'dynamodb:Query',
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
            'dynamodb:ConditionCheckItem',
          ],
          [tickets.tableArn],
        ),
        ...pairs(
          withMail,
          ['dynamodb:Query'],
          [TICKET_INDEXES.byIdentifier, TICKET_INDEXES.byThread, TICKET_INDEXES.byCustomer].map(
            (index) => `${tickets.tableArn}/index/${index}`,
          ),
        ),
        ...pairs(withMail, ['dynamodb:GetItem', 'dynamodb:Query'], [config.tableArn]),
        ...pairs(
          withMail,
          ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          [linkSecret.secretArn],
        ),
        ...pairs(
          withMail,
          ['ses:SendEmail'],
          [email.identity.emailIdentityArn, email.configurationSetArn],
        ),
      ]),
    );
  });
});
