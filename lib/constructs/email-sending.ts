import { Stack } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { EMAIL_SENDING } from '../../functions/definitions/email-sending';

export interface EmailSendingProps {
  readonly senderEmail: string;
  /** A second sender, for the customers' acknowledgements (`autoReply.from`). */
  readonly replyFromEmail?: string | undefined;
  readonly configurationSetName: string;
}

/** The SES v2 sender identity and the configuration set every assignment email goes through. */
export class EmailSending extends Construct {
  readonly identity: EmailIdentity;
  /** The customers' acknowledgements' sender, when it is another address. */
  readonly replyIdentity: EmailIdentity | undefined;
  readonly configurationSet: ConfigurationSet;
  readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: EmailSendingProps) {
    super(scope, id);

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: props.configurationSetName,
      // Emails carry what customers wrote: never let them cross the internet in clear text.
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      // A bouncing agent address should stop being mailed rather than hurt the sender's standing.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    this.identity = new EmailIdentity(this, 'SenderIdentity', {
      identity: Identity.email(props.senderEmail),
      configurationSet: this.configurationSet,
    });

    this.replyIdentity =
      props.replyFromEmail === undefined || props.replyFromEmail === props.senderEmail
        ? undefined
        : new EmailIdentity(this, 'ReplyIdentity', {
            identity: Identity.email(props.replyFromEmail),
            configurationSet: this.configurationSet,
          });

    this.configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
  }

  /** What a function that sends through SES is told: the sender and the configuration set. */
  environment(): Record<string, string> {
    return {
      [EMAIL_SENDING.senderEmailEnv]: this.identity.emailIdentityName,
      [EMAIL_SENDING.configurationSetEnv]: this.configurationSet.configurationSetName,
    };
  }

  /**
   * SES v2 SendEmail authorizes against both the identity and the configuration set named in
   * the call; SendRawEmail and templates are left out because the router sends simple content.
   */
  grantSendEmail(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          this.identity.emailIdentityArn,
          ...(this.replyIdentity ? [this.replyIdentity.emailIdentityArn] : []),
          this.configurationSetArn,
        ],
      }),
    );
  }
}
