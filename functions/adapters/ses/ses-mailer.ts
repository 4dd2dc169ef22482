import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { EmailMessage } from '../../core/email/email-message';
import { OUTGOING_MAIL_HEADERS } from '../../core/email/outgoing-headers';
import type { Mailer } from '../mailer';
import { SesResponseError } from './ses-response-error';

export interface SesMailerOptions {
  /** The verified sender identity. */
  readonly from: string;
  /** Every send names it, so bounces, complaints and reputation are tracked. */
  readonly configurationSet?: string;
}

/**
 * SES v2 `SendEmail` with simple content: the subject and the text and HTML parts, UTF-8, and the
 * headers that keep responders from answering (OUTGOING_MAIL_HEADERS).
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly options: SesMailerOptions,
  ) {}

  async send(email: EmailMessage): Promise<{ readonly messageId: string }> {
    const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
    const { MessageId } = await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: [email.to] },
        Content: {
          Simple: {
            Subject: utf8(email.subject),
            Body: { Text: utf8(email.text), Html: utf8(email.html) },
            Headers: OUTGOING_MAIL_HEADERS.map(({ name, value }) => ({ Name: name, Value: value })),
          },
        },
        ...(this.options.configurationSet
          ? { ConfigurationSetName: this.options.configurationSet }
          : {}),
      }),
    );
    if (!MessageId) throw new SesResponseError('SES accepted the email without a MessageId');
    return { messageId: MessageId };
  }
}
