// The Lambda entry points of ingest (lib/sunroute-stack.ts bundles this file twice): `http` serves
// POST /ingest/chat and POST /ingest/email; `mailReceiver` is invoked by SES receiving once the
// raw mail is stored in S3, with its message id. Clients and the secrets cache live as long as the
// container.
import type { APIGatewayProxyEventV2, Context, SESEvent } from 'aws-lambda';
import * as z from 'zod';
import { httpIngestDependencies, mailReceiverDependencies } from './aws-dependencies';
import { readHttpIngestEnvironment, readMailReceiverEnvironment } from './environment';
import { createHttpIngestHandler, type HttpIngestHandler } from './http-ingest-handler';
import { createMailReceiverHandler, type MailReceiverHandler } from './mail-receiver-handler';

// As in the router: zod's schema compiler costs more on a cold start than it saves per ticket.
z.config({ jitless: true });

let ingest: HttpIngestHandler | undefined;
let receiver: MailReceiverHandler | undefined;

export const http = (event: APIGatewayProxyEventV2, context: Context) => {
  ingest ??= createHttpIngestHandler(
    httpIngestDependencies(readHttpIngestEnvironment(process.env)),
  );
  return ingest(event, context);
};

export const mailReceiver = (event: SESEvent, context: Context) => {
  if (!receiver) {
    const env = readMailReceiverEnvironment(process.env);
    receiver = createMailReceiverHandler(mailReceiverDependencies(env), env.mailBucket);
  }
  return receiver(event, context);
};
