import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { AlarmTopic } from '../../../lib/constructs/alarm-topic';
import type { DefinitionTable } from '../../../lib/constructs/definition-table';
import type { OperationsAlarms } from '../../../lib/constructs/operations-alarms';
import type { ReportsFunction } from '../../../lib/constructs/reports-function';
import type { RouterAlarms } from '../../../lib/constructs/router-alarms';
import type { WaitingLineFunction } from '../../../lib/constructs/waiting-line-function';
import {
  CONFIG_TABLE,
  REPORTS_TABLE,
  TICKETS_TABLE,
  WEBHOOK_REQUESTS_TABLE,
} from '../../../functions/definitions/tables';
import type { RouterFunction } from '../../../lib/constructs/router-function';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import { child, logicalId, synthTestStack } from './synth-test-stack';

const { stack, template } = synthTestStack();
const topic = child<AlarmTopic>(stack, 'AlarmTopic').topic;
const queues = child<TicketQueues>(stack, 'TicketQueues');
const router = child<RouterFunction>(stack, 'Router');
const topicRef = { Ref: logicalId(stack, topic) };
const queueName = (queue: TicketQueues['queue'] | WaitingLineFunction['deadLetters']) => ({
  'Fn::GetAtt': [logicalId(stack, queue), 'QueueName'],
});
const functionDimension = [
  { Name: 'FunctionName', Value: { Ref: logicalId(stack, router.function) } },
];

describe('alarms', () => {
  it('tell the topic when they fire and when they clear; missing data is health', () => {
    const alarms = template.findResources('AWS::CloudWatch::Alarm');
    expect(Object.keys(alarms).length).toBe(
      child<RouterAlarms>(stack, 'RouterAlarms').alarms.length +
        child<OperationsAlarms>(stack, 'OperationsAlarms').alarms.length,
    );
    for (const alarm of Object.values(alarms)) {
      expect(alarm.Properties).toMatchObject({
        AlarmActions: [topicRef],
        OKActions: [topicRef],
        TreatMissingData: 'notBreaching',
        EvaluationPeriods: 1,
      });
    }
  });

  it('are six for the router, each over a minute', () => {
    const routerAlarms = child<RouterAlarms>(stack, 'RouterAlarms').alarms;
    expect(routerAlarms).toHaveLength(6);
    const alarms = template.findResources('AWS::CloudWatch::Alarm');
    for (const alarm of routerAlarms) {
      expect(alarms[logicalId(stack, alarm)]!.Properties).toMatchObject({ Period: 60 });
    }
  });

  it.each([
    [CONFIG_TABLE, 0],
    [TICKETS_TABLE, TICKETS_TABLE.globalIndexes.length],
    [WEBHOOK_REQUESTS_TABLE, 0],
    [REPORTS_TABLE, 0],
  ])('fire when DynamoDB throttles the $id table or an index of it', (definition, indexes) => {
    const table = child<DefinitionTable>(stack, definition.id).table;
    const alarms = template.findResources('AWS::CloudWatch::Alarm', {
      Properties: { AlarmDescription: Match.stringLikeRegexp(`the ${definition.id} table`) },
    });
    const [alarm] = Object.values(alarms);
    expect(Object.keys(alarms)).toHaveLength(1);
    expect(alarm!.Properties).toMatchObject({
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    const metrics = (
      alarm!.Properties.Metrics as { MetricStat?: { Metric: Record<string, unknown> } }[]
    ).flatMap((metric) => (metric.MetricStat ? [metric.MetricStat.Metric] : []));
    expect(metrics).toHaveLength(2 + indexes);
    for (const metric of metrics) {
      expect(metric).toMatchObject({
        Namespace: 'AWS/DynamoDB',
        Dimensions: expect.arrayContaining([
          { Name: 'TableName', Value: { Ref: logicalId(stack, table) } },
        ]),
      });
    }
  });

  it.each([
    [
      'SES refusing or throttling ten of the router’s sends in five minutes',
      {
        Namespace: 'Sunroute',
        MetricName: 'EmailsFailed',
        Dimensions: [{ Name: 'service', Value: 'sunroute-router' }],
        Statistic: 'Sum',
        Period: 300,
        Threshold: 10,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      },
    ],
    [
      'SES rejecting an email',
      {
        Namespace: 'AWS/SES',
        MetricName: 'Reject',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      },
    ],
    [
      'the waiting line ten minutes behind its stream',
      {
        Namespace: 'AWS/Lambda',
        MetricName: 'IteratorAge',
        Dimensions: [
          {
            Name: 'FunctionName',
            Value: {
              Ref: logicalId(stack, child<WaitingLineFunction>(stack, 'WaitingLine').function),
            },
          },
        ],
        Statistic: 'Maximum',
        Threshold: 600_000,
      },
    ],
    [
      'the reports fold ten minutes behind its stream',
      {
        Namespace: 'AWS/Lambda',
        MetricName: 'IteratorAge',
        Dimensions: [
          {
            Name: 'FunctionName',
            Value: { Ref: logicalId(stack, child<ReportsFunction>(stack, 'Reporting').function) },
          },
        ],
        Statistic: 'Maximum',
        Threshold: 600_000,
      },
    ],
    [
      'a record in the waiting line’s stream dead-letter queue',
      {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [
          {
            Name: 'QueueName',
            Value: queueName(child<WaitingLineFunction>(stack, 'WaitingLine').deadLetters),
          },
        ],
        Threshold: 1,
      },
    ],
    [
      'a record in the reports fold’s stream dead-letter queue',
      {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [
          {
            Name: 'QueueName',
            Value: queueName(child<ReportsFunction>(stack, 'Reporting').deadLetters),
          },
        ],
        Threshold: 1,
      },
    ],
  ])('fire on %s', (_what, properties) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', properties);
  });

  it.each([
    [
      'a message in the dead-letter queue',
      {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: queueName(queues.deadLetterQueue) }],
        Statistic: 'Maximum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      },
    ],
    [
      'a ticket waiting over 10 minutes',
      {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateAgeOfOldestMessage',
        Dimensions: [{ Name: 'QueueName', Value: queueName(queues.queue) }],
        Statistic: 'Maximum',
        Threshold: 600,
        ComparisonOperator: 'GreaterThanThreshold',
      },
    ],
    [
      'any router error',
      {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: functionDimension,
        Statistic: 'Sum',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      },
    ],
    [
      'any router throttle',
      {
        Namespace: 'AWS/Lambda',
        MetricName: 'Throttles',
        Dimensions: functionDimension,
        Statistic: 'Sum',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      },
    ],
    [
      'a configuration without the holiday year routing needs',
      {
        Namespace: 'Sunroute',
        MetricName: 'HolidayYearMissing',
        Dimensions: [{ Name: 'service', Value: 'sunroute-router' }],
        Statistic: 'Sum',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      },
    ],
    [
      'a ticket recorded with nobody emailed',
      {
        Namespace: 'Sunroute',
        MetricName: 'EmailsNotRendered',
        Dimensions: [{ Name: 'service', Value: 'sunroute-router' }],
        Statistic: 'Sum',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      },
    ],
  ])('fire on %s', (_what, properties) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', properties);
  });
});

describe('alarm topic', () => {
  it('is encrypted with a rotating key of its own', () => {
    const key = topic.masterKey!;
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [logicalId(stack, key), 'Arn'] },
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('lets CloudWatch alarms of this account use the key and publish', () => {
    const fromAlarms = Match.objectLike({
      StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            Condition: fromAlarms,
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [topicRef],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Condition: fromAlarms,
          }),
        ]),
      },
    });
  });

  it('refuses publishers without TLS', () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [topicRef],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('has no subscription unless alarmEmail is given', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});
