import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { TicketQueues } from '../../../lib/constructs/ticket-queues';
import { ROUTER, TICKET_QUEUE } from '../../../functions/definitions/queues';
import { child, logicalId, synthTestStack } from './synth-test-stack';

const { stack, template } = synthTestStack();
const queues = child<TicketQueues>(stack, 'TicketQueues');
const resources = template.toJSON().Resources as Record<
  string,
  { Properties: Record<string, unknown> }
>;
const queueProps = resources[logicalId(stack, queues.queue)]!.Properties;
const deadLetterProps = resources[logicalId(stack, queues.deadLetterQueue)]!.Properties;
const DAY = 24 * 60 * 60;

describe('ticket queue', () => {
  it('is one queue and its dead-letter queue; the others hold chat events, erasure jobs and the stream records the waiting line and the reports gave up on', () => {
    template.resourceCountIs('AWS::SQS::Queue', 8);
  });

  it('encrypts with SQS-managed keys and keeps messages 14 days', () => {
    expect(queueProps).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: TICKET_QUEUE.retentionDays * DAY,
    });
    expect(TICKET_QUEUE.retentionDays).toBe(14);
  });

  it('hides a message for the definition’s timeout, six times the router’s', () => {
    expect(queueProps.VisibilityTimeout).toBe(TICKET_QUEUE.visibilityTimeoutSeconds);
    expect(queueProps.VisibilityTimeout).toBeGreaterThanOrEqual(6 * ROUTER.timeoutSeconds);
  });

  it('redrives to the dead-letter queue after the defined number of receives', () => {
    expect(queueProps.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(stack, queues.deadLetterQueue), 'Arn'] },
      maxReceiveCount: TICKET_QUEUE.maxReceiveCount,
    });
  });

  it('gives the dead-letter queue encryption and the full retention to investigate', () => {
    expect(deadLetterProps).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: TICKET_QUEUE.deadLetter.retentionDays * DAY,
    });
    expect(deadLetterProps.RedrivePolicy).toBeUndefined();
  });

  it.each([
    ['ticket queue', queues.queue],
    ['dead-letter queue', queues.deadLetterQueue],
  ])('refuses requests without TLS to the %s', (_name, queue) => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalId(stack, queue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });
});
