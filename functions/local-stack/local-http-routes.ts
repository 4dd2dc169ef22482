// Every HTTP route the deployed HttpApi serves, as the local gateway serves it: each feature
// contributes its routes, built with the same handler factories as its Lambda entry point and
// aimed at the stand-ins. One list, so `npm start`, the end-to-end tests and the bench serve the
// same API.
import type { Clock } from '../adapters/clock';
import type { AttachmentLimits } from '../core/replies/reply-attachments';
import { adminRoutes } from './admin-routes';
import { availabilityRoutes } from './availability-routes';
import type { LocalClients } from './aws-clients';
import { consoleRoutes } from './console-routes';
import type { HttpRoutes } from './http-gateway';
import { ingestRoutes } from './ingest-routes';
import { surveyRoutes } from './survey-routes';
import { ticketLinkRoutes } from './ticket-link-routes';

export interface LocalRouteContext {
  /** The environment the deployed functions would see (table names, queue URLs, sender). */
  readonly env: Readonly<Record<string, string>>;
  readonly clients: LocalClients;
  readonly clock: Clock;
  readonly log?: Pick<Console, 'info' | 'warn' | 'error'>;
  /** What of an agent's attachments goes on, when a test lowers the limits. */
  readonly replyAttachments?: AttachmentLimits;
}

export type LocalRouteFeature = (context: LocalRouteContext) => HttpRoutes;

const FEATURES: readonly LocalRouteFeature[] = [
  ticketLinkRoutes,
  ingestRoutes,
  adminRoutes,
  consoleRoutes,
  availabilityRoutes,
  surveyRoutes,
];

export function localHttpRoutes(context: LocalRouteContext): HttpRoutes {
  const routes: Record<string, HttpRoutes[string]> = {};
  for (const feature of FEATURES) {
    for (const [key, handler] of Object.entries(feature(context))) {
      if (routes[key]) throw new Error(`two features serve the route "${key}"`);
      routes[key] = handler;
    }
  }
  return routes;
}
