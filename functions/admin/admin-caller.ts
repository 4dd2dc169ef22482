import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { SUPPORT_LEADS_GROUP } from '../definitions/admin-api';
import { AdminHttpError } from './admin-http-error';

/** Who sent the request, as the JWT authorizer vouches for them. */
export interface AdminCaller {
  /** Recorded as `savedBy` on the versions they write. */
  readonly name: string;
  readonly canWrite: boolean;
}

type Claims = Readonly<Record<string, unknown>>;

function claimsOf(event: APIGatewayProxyEventV2): Claims | undefined {
  const authorizer = (event.requestContext as { authorizer?: { jwt?: { claims?: unknown } } })
    .authorizer;
  const claims = authorizer?.jwt?.claims;
  return typeof claims === 'object' && claims !== null ? (claims as Claims) : undefined;
}

/**
 * `cognito:groups` as API Gateway passes it: the HTTP API's JWT authorizer flattens a list claim
 * into one string, `[support-leads other]`; a list is read as well.
 */
export function groupsClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

/**
 * The `email` claim only when Cognito verified it (`email_verified`, a string once API Gateway
 * has passed it on). A user may set their own unverified address to anyone's, and `savedBy` is
 * what a support lead reads to know who changed routing.
 */
function verifiedEmail(claims: Claims | undefined): unknown {
  const verified = claims?.email_verified === true || claims?.email_verified === 'true';
  return verified ? claims?.email : undefined;
}

/**
 * The caller from the authorizer's claims. API Gateway answers 401 itself before the function
 * runs; a request that still arrives without claims (a route added without the authorizer) is
 * refused here too, rather than served to nobody in particular.
 */
export function adminCaller(event: APIGatewayProxyEventV2): AdminCaller {
  const claims = claimsOf(event);
  const name = [
    verifiedEmail(claims),
    claims?.['cognito:username'],
    claims?.username,
    claims?.sub,
  ].find((value): value is string => typeof value === 'string' && value !== '');
  if (!claims || !name) {
    throw new AdminHttpError(401, 'Unauthorized: sign in and send the token as Bearer');
  }
  return { name, canWrite: groupsClaim(claims['cognito:groups']).includes(SUPPORT_LEADS_GROUP) };
}
