// GET /availability on the local gateway: the deployed handler on the stand-ins' config table.
import { Logger } from '@aws-lambda-powertools/logger';
import { availabilityDependencies } from '../availability/aws-dependencies';
import { createAvailabilityHandler } from '../availability/availability-handler';
import { readAvailabilityEnvironment } from '../availability/environment';
import { AVAILABILITY } from '../definitions/availability';
import type { HttpRoutes } from './http-gateway';
import type { LocalRouteContext } from './local-http-routes';

export function availabilityRoutes(context: LocalRouteContext): HttpRoutes {
  const handler = createAvailabilityHandler(
    availabilityDependencies(readAvailabilityEnvironment(context.env), {
      dynamodb: context.clients.dynamodb,
      clock: context.clock,
      logger: new Logger({ serviceName: AVAILABILITY.service, logLevel: 'WARN' }),
    }),
  );
  return { [AVAILABILITY.routeKey]: (event) => handler(event) };
}
