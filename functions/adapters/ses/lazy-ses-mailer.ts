import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { EmailMessage } from '../../core/email/email-message';
import type { Mailer } from '../mailer';
import { onDemand } from '../on-demand';
import type { SesMailerOptions } from './ses-mailer';

/**
 * SesMailer with the SES client loaded on the first send, or earlier when `prepare` asks: loading
 * the client is a sizeable part of a cold start, and a function that starts it while its first
 * DynamoDB request is on the wire does that work while it would otherwise wait. `ses` is the client
 * tests and the local stack supply; without it one is built from the environment, as for Lambda.
 */
export function lazySesMailer(options: SesMailerOptions, ses?: SESv2Client): Mailer {
  // A module of this bundle, so Lambda's CommonJS build requires the SDK client when it runs;
  // an import() of the SDK package itself would go through Node's ES-module loader.
  const mailer = onDemand(() =>
    import('./ses-mailer').then(({ sesMailer }) => sesMailer(options, ses)),
  );
  return {
    prepare() {
      // On a later turn: a request written in this one goes on the wire first.
      if (!mailer.started()) setImmediate(() => mailer().catch(() => undefined));
    },
    async send(email: EmailMessage) {
      return (await mailer()).send(email);
    },
  };
}
