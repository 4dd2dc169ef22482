// The admin API as the deployed HttpApi serves it: the handler the Lambda entry point builds, on
// the stand-ins' tables, behind the stand-in of the JWT authorizer with the local stack's tokens.
import { Logger } from '@aws-lambda-powertools/logger';
import { createAdminHandler } from '../admin/admin-handler';
import { readAdminEnvironment } from '../admin/environment';
import { awsAdminDependencies } from '../admin/aws-dependencies';
import { ADMIN_FUNCTION, ADMIN_ROUTE_KEYS } from '../definitions/admin-api';
import { LOCAL_ADMIN_TOKENS, withLocalAdminAuthorizer } from './admin-authorizer';
import type { HttpRoutes } from './http-gateway';
import type { LocalRouteContext } from './local-http-routes';

export function adminRoutes(context: LocalRouteContext): HttpRoutes {
  const lead = context.env[LOCAL_ADMIN_TOKENS.leadEnv];
  const reader = context.env[LOCAL_ADMIN_TOKENS.readerEnv];
  // Without tokens nobody could call it: serve nothing rather than an API open to anyone.
  if (!lead || !reader) return {};
  const handler = withLocalAdminAuthorizer(
    createAdminHandler(
      awsAdminDependencies(readAdminEnvironment(context.env), {
        dynamodb: context.clients.dynamodb,
        sesv2: context.clients.sesv2,
        sqs: context.clients.sqs,
        clock: context.clock,
        logger: new Logger({ serviceName: ADMIN_FUNCTION.service, logLevel: 'WARN' }),
      }),
    ),
    { lead, reader },
  );
  return Object.fromEntries(ADMIN_ROUTE_KEYS.map((key) => [key, handler]));
}
