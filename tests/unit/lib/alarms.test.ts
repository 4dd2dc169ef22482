import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { AlarmTopic } from '../../../lib/constructs/alarm-topic';
import type { RouterFunction } from '../../../lib/constructs/router-function';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import { child, logicalId, synthTestStack } from './synth-test-stack';

const { stack, template } = synthTestStack();
const topic = child<AlarmTopic>(stack, 'AlarmTopic').topic;
const queues = child<TicketQueues>(stack, 'TicketQueues');
const router = child<RouterFunction>(stack, 'Router');
const topicRef = { Ref: logicalId(stack, topic) };
const queueName = (queue: TicketQueues['queue']) => ({
  'Fn::GetAtt': [logicalId(stack, queue), 'QueueName'],
});
const functionDimension = [
  { Name: 'FunctionName', Value: { Ref: logicalId(stack, router.function) } },
];

describe('alarms', () => {
  it('are six, each telling the topic when it fires and when it clears', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 6);
    const alarms = template.findResources('AWS::CloudWatch::Alarm');
    for (const alarm of Object.values(alarms)) {
      expect(alarm.Properties).toMatchObject({
        AlarmActions: [topicRef],
        OKActions: [topicRef],
        TreatMissingData: 'notBreaching',
        Period: 60,
        EvaluationPeriods: 1,
      });
    }
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
