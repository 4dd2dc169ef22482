import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { ConfigValidationError } from '../core/config/config-validation-error';
import { ConfigSaveConflictError } from '../adapters/config-save-conflict-error';
import { ConfigTooLargeError } from '../adapters/config-too-large-error';
import { adminCaller } from './admin-caller';
import type { AdminDependencies } from './dependencies';
import { AdminHttpError } from './admin-http-error';
import { jsonResponse, type AdminResponse } from './admin-response';
import { ADMIN_ROUTES } from './admin-routes';

function errorResponse(error: unknown, deps: AdminDependencies): AdminResponse {
  if (error instanceof AdminHttpError) {
    return jsonResponse(
      error.statusCode,
      { message: error.message, ...(error.errors.length > 0 ? { errors: error.errors } : {}) },
      error.headers,
    );
  }
  if (error instanceof ConfigValidationError) {
    return jsonResponse(400, { message: 'configuration refused', errors: error.errors });
  }
  if (error instanceof ConfigTooLargeError) {
    return jsonResponse(413, { message: error.message });
  }
  // Another save got in between the If-Match check and this one's write.
  if (error instanceof ConfigSaveConflictError) {
    return jsonResponse(409, {
      message: 'another version was saved meanwhile; read the configuration again and reapply',
    });
  }
  deps.logger.error('admin request failed', { error });
  return jsonResponse(500, { message: 'Internal Server Error' });
}

/**
 * The admin API as Lambda calls it behind the HTTP API's JWT authorizer: one function, routed by
 * `routeKey`. Reads are open to every signed-in user, writes to the support-leads group. Whatever
 * a client sends is answered with a 4xx naming the problem; only a failure of the service itself
 * is a 500.
 */
export function createAdminHandler(deps: AdminDependencies) {
  return middy(async (event: APIGatewayProxyEventV2, _context: Context): Promise<AdminResponse> => {
    try {
      const route = ADMIN_ROUTES[event.routeKey as keyof typeof ADMIN_ROUTES];
      if (!route) throw new AdminHttpError(404, `no admin route "${event.routeKey}"`);
      const caller = adminCaller(event);
      if (route.write && !caller.canWrite) {
        throw new AdminHttpError(
          403,
          `${caller.name} may read but not change the configuration: writes need the support-leads group`,
        );
      }
      return await route.handle(deps, { event, caller });
    } catch (error) {
      return errorResponse(error, deps);
    }
  })
    .use(httpHeaderNormalizer())
    .use(injectLambdaContext(deps.logger, { resetKeys: true }));
}

export type AdminHandler = ReturnType<typeof createAdminHandler>;
