// The admin API as plain data: the CDK construct adds exactly these routes, the handler serves
// exactly these route keys, and the local gateway and its authorizer stand-in use the same names.

/** The Cognito group whose members may change the configuration; everyone else signed in reads. */
export const SUPPORT_LEADS_GROUP = 'support-leads';

/** Larger request bodies are refused with 413 (a configuration document is a few tens of KiB). */
export const ADMIN_MAX_BODY_BYTES = 1024 * 1024;

export const ADMIN_ROUTE_KEYS = [
  'GET /config',
  'PUT /config',
  'GET /config/versions',
  'POST /config/rollback',
  'GET /teams/{id}',
  'PUT /teams/{id}',
  'DELETE /teams/{id}',
  'POST /teams/{id}/holidays/import',
  'GET /agents/{id}',
  'PUT /agents/{id}',
  'DELETE /agents/{id}',
  'GET /coverage',
  'POST /route/preview',
  'GET /tickets',
  'GET /tickets/{id}',
  // What the web console needs besides: who is signed in, a dry run of a save, one version's
  // document, the holiday picker and the week's hour-by-hour coverage.
  'GET /me',
  'POST /config/diff',
  'GET /config/versions/{version}',
  'GET /holidays/countries',
  'GET /holidays/countries/{country}',
  'GET /coverage/week',
  'POST /tickets/{id}/assign',
  // A customer's right of access and right to erasure (docs/privacy.md).
  'POST /privacy/export',
  'POST /privacy/erase',
  'GET /privacy/erasures/{id}',
  'GET /reports',
] as const;

export type AdminRouteKey = (typeof ADMIN_ROUTE_KEYS)[number];

export const ADMIN_FUNCTION = {
  // date-holidays and the language model load on the first request; 1 GiB shortens that start.
  memoryMb: 1024,
  timeoutSeconds: 15,
  service: 'sunroute-admin',
} as const;
