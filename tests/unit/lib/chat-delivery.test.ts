import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { ChatDeliveryFunction } from '../../../lib/constructs/chat-delivery-function';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { IngestHttpFunction } from '../../../lib/constructs/ingest-http-function';
import { CHAT_DELIVERY, CHAT_DELIVERY_QUEUE } from '../../../functions/definitions/chat-delivery';
import { INGEST } from '../../../functions/definitions/ingest';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';
import { grants, roleStatements } from './role-grants';

const synth = synthTestStack();
const { stack, template } = synth;
const delivery = child<ChatDeliveryFunction>(stack, 'ChatDelivery');
const tickets = child<DefinitionTable>(stack, TICKETS_TABLE.id).table;
const secret = child<IngestHttpFunction>(stack, 'IngestHttp').secret;

const pairs = (actions: string[], resources: unknown[]) =>
  actions.flatMap((action) =>
    resources.map((resource) => `${action} on ${JSON.stringify(cfn(stack, resource))}`),
  );

describe('chat delivery', () => {
  it('is fed by its own queue, reporting failed records one by one', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: cfn(stack, delivery.function.functionName),
      EventSourceArn: cfn(stack, delivery.queues.queue.queueArn),
      BatchSize: CHAT_DELIVERY.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('redrives to its dead-letter queue only after more receives than its own attempts', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: {
        deadLetterTargetArn: cfn(stack, delivery.queues.deadLetterQueue.queueArn),
        maxReceiveCount: CHAT_DELIVERY_QUEUE.maxReceiveCount,
      },
    });
    expect(CHAT_DELIVERY_QUEUE.maxReceiveCount).toBeGreaterThan(CHAT_DELIVERY.attempts);
  });

  it('learns its tables, queues and the integrations secret by name, never the secret itself', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          [TICKETS_TABLE.tableNameEnv]: cfn(stack, tickets.tableName),
          [CHAT_DELIVERY_QUEUE.queueUrlEnv]: cfn(stack, delivery.queues.queue.queueUrl),
          [CHAT_DELIVERY_QUEUE.deadLetter.queueUrlEnv]: cfn(
            stack,
            delivery.queues.deadLetterQueue.queueUrl,
          ),
          [INGEST.secretArnEnv]: cfn(stack, secret.secretArn),
        }),
      },
    });
  });

  it('may read tickets and the secret, consume its queue and dead-letter, and log; nothing more', () => {
    const granted = new Set(
      grants(roleStatements(template, logicalId(stack, delivery.function.role!))),
    );
    expect(granted).toEqual(
      new Set([
        ...pairs(
          ['logs:CreateLogStream', 'logs:PutLogEvents'],
          [delivery.function.logGroup.logGroupArn],
        ),
        ...pairs(
          [
            'sqs:ReceiveMessage',
            'sqs:ChangeMessageVisibility',
            'sqs:GetQueueUrl',
            'sqs:DeleteMessage',
            'sqs:GetQueueAttributes',
          ],
          [delivery.queues.queue.queueArn],
        ),
        ...pairs(
          ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
          [delivery.queues.deadLetterQueue.queueArn],
        ),
        ...pairs(
          ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
          [secret.secretArn],
        ),
        ...pairs(['dynamodb:GetItem', 'dynamodb:Query'], [tickets.tableArn]),
      ]),
    );
  });
});
