import { describe, expect, it } from 'vitest';
import type { EmailSending } from '../../../lib/constructs/email-sending';
import type { RouterFunction } from '../../../lib/constructs/router-function';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { grants, roleStatements } from './role-grants';
import { TEST_SENDER, cfn, child, logicalId, synthTestStack } from './synth-test-stack';

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

  it('verifies a second sender for the customers’ acknowledgements when given, and lets the router send from it', () => {
    const withReply = synthTestStack({ replyFromEmail: 'hello@shop.example' });
    withReply.template.resourceCountIs('AWS::SES::EmailIdentity', 2);
    withReply.template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'hello@shop.example',
    });
    const sending = child<EmailSending>(withReply.stack, 'EmailSending');
    const router = child<RouterFunction>(withReply.stack, 'Router');
    const granted = grants(
      roleStatements(withReply.template, logicalId(withReply.stack, router.function.role!)),
    );
    expect(granted).toContain(
      `ses:SendEmail on ${JSON.stringify(cfn(withReply.stack, sending.replyIdentity!.emailIdentityArn))}`,
    );
  });
});
