// The Lambda entry point of POST /ingest/chat and POST /ingest/email (lib/constructs/
// ingest-http-function.ts bundles this file). Clients and the secrets cache live as long as the
// container.
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { httpIngestDependencies } from './aws-ingest-dependencies';
import { createHttpIngestHandler, type HttpIngestHandler } from './http-ingest-handler';
import { readHttpIngestEnvironment } from './ingest-environment';

// As in the router: zod's schema compiler costs more on a cold start than it saves per ticket.
z.config({ jitless: true });

let ingest: HttpIngestHandler | undefined;

export const handler = (event: APIGatewayProxyEventV2, context: Context) => {
  ingest ??= createHttpIngestHandler(
    httpIngestDependencies(readHttpIngestEnvironment(process.env)),
  );
  return ingest(event, context);
};
