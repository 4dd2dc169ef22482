import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { EmailMessage } from '../../core/email/email-message';
import { outgoingHeaders } from '../../core/email/outgoing-headers';
import type { Mailer } from '../mailer';
import { SesResponseError } from './ses-response-error';

export interface SesMailerOptions {
  /** The verified sender identity. */
  readonly from: string;
  /** Every send names it, so bounces, complaints and reputation are tracked. */
  readonly configurationSet?: string;
}

/**
 * SES v2 `SendEmail` with simple content: the subject and the text and HTML parts, UTF-8, the
 * email's own sender and header fields when it has them (the customer's acknowledgement), the
 * headers that keep responders from answering (outgoingHeaders), and its files as simple
 * content's attachments, which SES puts into the MIME message itself.
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
        FromEmailAddress: email.from ?? this.options.from,
        Destination: { ToAddresses: [email.to] },
        ...(email.replyTo === undefined ? {} : { ReplyToAddresses: [email.replyTo] }),
        Content: {
          Simple: {
            Subject: utf8(email.subject),
            Body: { Text: utf8(email.text), Html: utf8(email.html) },
            Headers: outgoingHeaders(email.headers).map(({ name, value }) => ({
              Name: name,
              Value: value,
            })),
            ...(email.attachments?.length
              ? {
                  Attachments: email.attachments.map((file) => ({
                    FileName: file.filename,
                    ContentType: file.mimeType,
                    RawContent: file.content,
                    ContentDisposition: 'ATTACHMENT' as const,
                    ContentTransferEncoding: 'BASE64' as const,
                  })),
                }
              : {}),
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

/** A mailer on `ses`, or on a client configured by the environment (region, credentials, endpoint). */
export function sesMailer(
  options: SesMailerOptions,
  ses: SESv2Client = new SESv2Client({}),
): SesMailer {
  return new SesMailer(ses, options);
}
