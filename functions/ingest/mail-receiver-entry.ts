// The Lambda entry point of SES receiving (lib/constructs/ingest-mail-receiving.ts bundles this
// file): SES stored the raw mail in S3 and invokes this function with its message id.
import type { Context, SESEvent } from 'aws-lambda';
import * as z from 'zod';
import { mailReceiverDependencies } from './aws-ingest-dependencies';
import { readMailReceiverEnvironment } from './ingest-environment';
import { createMailReceiverHandler, type MailReceiverHandler } from './mail-receiver-handler';

z.config({ jitless: true });

let receiver: MailReceiverHandler | undefined;

export const handler = (event: SESEvent, context: Context) => {
  if (!receiver) {
    const env = readMailReceiverEnvironment(process.env);
    receiver = createMailReceiverHandler(mailReceiverDependencies(env), env.mailBucket);
  }
  return receiver(event, context);
};
