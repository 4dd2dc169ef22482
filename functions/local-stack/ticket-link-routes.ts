// The acknowledge/resolve links (GET, HEAD and POST of each) as the deployed HttpApi serves them, with the handler the
// Lambda entry point builds, on the stand-ins' table and the local signing secret.
import { Logger } from '@aws-lambda-powertools/logger';
import { awsTicketLinkDependencies } from '../ticket-links/aws-dependencies';
import { createTicketLinkHandler } from '../ticket-links/ticket-link-handler';
import { TICKET_LINK_ROUTE_KEYS } from '../definitions/ticket-links';
import type { HttpRoutes } from './http-gateway';
import type { LocalRouteContext } from './local-http-routes';

export function ticketLinkRoutes(context: LocalRouteContext): HttpRoutes {
  const handler = createTicketLinkHandler(
    awsTicketLinkDependencies(context.env, {
      dynamodb: context.clients.dynamodb,
      clock: context.clock,
      logger: new Logger({ serviceName: 'sunroute-ticket-links', logLevel: 'WARN' }),
    }),
  );
  return Object.fromEntries(TICKET_LINK_ROUTE_KEYS.map((key) => [key, handler]));
}
