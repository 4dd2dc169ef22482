// API Gateway's JWT authorizer on one machine, for the admin routes: a request without the bearer
// token of one of the two local users is answered 401 before the handler runs, as API Gateway
// does; an accepted one reaches the handler with the claims shape a Cognito access token gets
// through the HTTP API (`requestContext.authorizer.jwt.claims`, groups flattened to `[a b]`).
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import { SUPPORT_LEADS_GROUP } from '../definitions/admin-api';
import type { HttpHandler } from './http-gateway';

/** Where the local stack keeps its two tokens: in its environment, and so in its note. */
export const LOCAL_ADMIN_TOKENS = {
  /** A support lead: may read and write. */
  leadEnv: 'SUNROUTE_LOCAL_ADMIN_LEAD_TOKEN',
  /** Any other signed-in user: may only read. */
  readerEnv: 'SUNROUTE_LOCAL_ADMIN_READER_TOKEN',
} as const;

export const LOCAL_ADMIN_USERS = {
  lead: 'lead@sunroute.local',
  reader: 'reader@sunroute.local',
} as const;

export function newLocalAdminToken(): string {
  return randomBytes(24).toString('base64url');
}

type Claims = Record<string, string | number>;

function claimsFor(username: string, groups: readonly string[]): Claims {
  return {
    sub: username,
    username,
    token_use: 'access',
    iss: 'sunroute-local',
    ...(groups.length > 0 ? { 'cognito:groups': `[${groups.join(' ')}]` } : {}),
  };
}

// API Gateway's own answer when the token is missing, unknown or expired.
const UNAUTHORIZED = {
  statusCode: 401,
  headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
  body: JSON.stringify({ message: 'Unauthorized' }),
};

/** `handler` behind the stand-in authorizer, accepting the lead's and the reader's tokens. */
export function withLocalAdminAuthorizer(
  handler: HttpHandler,
  tokens: { readonly lead: string; readonly reader: string },
): HttpHandler {
  const users = new Map<string, Claims>([
    [tokens.lead, claimsFor(LOCAL_ADMIN_USERS.lead, [SUPPORT_LEADS_GROUP])],
    [tokens.reader, claimsFor(LOCAL_ADMIN_USERS.reader, [])],
  ]);
  return async (event, context) => {
    const match = /^Bearer (\S+)$/i.exec(event.headers.authorization ?? '');
    const claims = match ? users.get(match[1]!) : undefined;
    if (!claims) return UNAUTHORIZED;
    const authorized: APIGatewayProxyEventV2 = {
      ...event,
      requestContext: {
        ...event.requestContext,
        authorizer: { jwt: { claims, scopes: null } },
      } as APIGatewayProxyEventV2['requestContext'],
    };
    return handler(authorized, context);
  };
}
