// The Lambda entry point (lib/constructs/ticket-links-function.ts bundles this file) for both
// link routes; the route key says which action.
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { awsTicketLinkDependencies } from './aws-dependencies';
import { createTicketLinkHandler, type TicketLinkHandler } from './ticket-link-handler';

let links: TicketLinkHandler | undefined;

export const handler = (event: APIGatewayProxyEventV2, context: Context) => {
  links ??= createTicketLinkHandler(awsTicketLinkDependencies(process.env));
  return links(event, context);
};
