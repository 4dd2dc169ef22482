import { describe, expect, it } from 'vitest';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { StackContextError } from '../../../lib/stack-context-error';
import { synthTestStack } from './synth-test-stack';

function redrive(context: Record<string, unknown>): unknown {
  const { template } = synthTestStack(context);
  const queues = Object.values(template.findResources('AWS::SQS::Queue'));
  return queues.find((q) => q.Properties.RedrivePolicy)?.Properties.RedrivePolicy.maxReceiveCount;
}

function contextError(context: Record<string, unknown>): StackContextError {
  try {
    synthTestStack(context);
  } catch (error) {
    if (error instanceof StackContextError) return error;
    throw error;
  }
  throw new Error('the stack was built');
}

// Its tests synthesize the stack themselves, so the first one also pays for loading aws-cdk-lib.
describe('CDK context', { timeout: 60_000 }, () => {
  // One synth per case: each builds the whole stack, and three in one test outran its timeout on
  // a loaded machine.
  it.each([
    ['the command line (a string)', { maxReceiveCount: '3' }, 3],
    ['cdk.json (a number)', { maxReceiveCount: 8 }, 8],
    ['nowhere (the default)', {}, TICKET_QUEUE.maxReceiveCount],
  ])('takes maxReceiveCount from %s', (_from, context, expected) => {
    expect(redrive(context)).toBe(expected);
  });

  it.each(['0', '1001', '2.5', 'five', -1])('refuses maxReceiveCount %j', (value) => {
    const error = contextError({ maxReceiveCount: value });
    expect(error.key).toBe('maxReceiveCount');
    expect(error.message).toContain('whole number from 1 to 1000');
  });

  it('says how to pass senderEmail when it is missing', () => {
    const error = contextError({ senderEmail: undefined });
    expect(error.key).toBe('senderEmail');
    expect(error.message).toBe(
      'CDK context "senderEmail" is required: pass it as -c senderEmail=support@example.com',
    );
  });

  it.each(['support', 'support@localhost', '--profile', 42])('refuses senderEmail %j', (value) => {
    expect(contextError({ senderEmail: value }).message).toContain('must be an email address');
  });

  it('names the configuration set from context', () => {
    const { template } = synthTestStack({ configurationSetName: 'sunroute-prod' });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'sunroute-prod' });
  });

  it('refuses a configuration set name SES would refuse', () => {
    expect(contextError({ configurationSetName: 'has space' }).key).toBe('configurationSetName');
  });

  it('sets the queue-age threshold and subscribes alarmEmail to the topic', () => {
    const { template } = synthTestStack({
      queueAgeAlarmMinutes: '30',
      alarmEmail: 'oncall@example.com',
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      Threshold: 1800,
    });
    template.resourceCountIs('AWS::SNS::Subscription', 1);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
  });

  it('refuses a queue-age threshold longer than messages are kept', () => {
    const error = contextError({ queueAgeAlarmMinutes: TICKET_QUEUE.retentionDays * 24 * 60 + 1 });
    expect(error.key).toBe('queueAgeAlarmMinutes');
  });
});
