import { describe, it } from 'vitest';
import type { EmailSending } from '../../../lib/constructs/email-sending';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { TEST_SENDER, child, logicalId, synthTestStack } from './synth-test-stack';

const { stack, template } = synthTestStack();
const email = child<EmailSending>(stack, 'EmailSending');

describe('SES sending', () => {
  it('verifies the sender from context, tied to the configuration set', () => {
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: TEST_SENDER,
      ConfigurationSetAttributes: {
        ConfigurationSetName: { Ref: logicalId(stack, email.configurationSet) },
      },
    });
  });

  it('names the configuration set by default, requires TLS and suppresses bounces', () => {
    template.resourceCountIs('AWS::SES::ConfigurationSet', 1);
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      Name: EMAIL_SENDING.defaultConfigurationSetName,
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });
});
