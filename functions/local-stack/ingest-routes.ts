// POST /ingest/chat and POST /ingest/email on the local gateway: the deployed handler, its queue
// the stand-in's, its secrets from SUNROUTE_WEBHOOK_SECRETS or the well-known local one.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { httpIngestDependencies } from '../ingest/aws-dependencies';
import { createHttpIngestHandler } from '../ingest/http-ingest-handler';
import { readHttpIngestEnvironment } from '../ingest/environment';
import { INGEST } from '../definitions/ingest';
import { ROUTER_TELEMETRY } from '../definitions/telemetry';
import type { HttpRoutes } from './http-gateway';
import type { LocalRouteContext } from './local-http-routes';
import { LOCAL_WEBHOOK_SECRETS_JSON } from '../definitions/local-webhook-secret';

export function ingestRoutes(context: LocalRouteContext): HttpRoutes {
  const env = readHttpIngestEnvironment({
    ...context.env,
    [INGEST.secretsEnv]:
      context.env[INGEST.secretsEnv] ??
      process.env[INGEST.secretsEnv] ??
      LOCAL_WEBHOOK_SECRETS_JSON,
  });
  const handler = createHttpIngestHandler(
    httpIngestDependencies(env, {
      sqs: context.clients.sqs,
      sesv2: context.clients.sesv2,
      dynamodb: context.clients.dynamodb,
      clock: context.clock,
      logger: new Logger({ serviceName: INGEST.service, logLevel: 'WARN' }),
      metrics: new Metrics({ namespace: ROUTER_TELEMETRY.namespace, serviceName: INGEST.service }),
      ...(context.replyAttachments ? { attachmentLimits: context.replyAttachments } : {}),
    }),
  );
  return {
    [`POST ${INGEST.chatPath}`]: (event, lambdaContext) => handler(event, lambdaContext),
    [`POST ${INGEST.emailPath}`]: (event, lambdaContext) => handler(event, lambdaContext),
    [`GET ${INGEST.messagesPath}`]: (event, lambdaContext) => handler(event, lambdaContext),
  };
}
