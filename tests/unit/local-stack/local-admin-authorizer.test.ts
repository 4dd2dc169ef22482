import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { adminCaller } from '../../../functions/admin/admin-caller';
import {
  LOCAL_ADMIN_USERS,
  withLocalAdminAuthorizer,
} from '../../../functions/local-stack/admin-authorizer';
import type { HttpHandler } from '../../../functions/local-stack/http-gateway';

const TOKENS = { lead: 'lead-token', reader: 'reader-token' };

function event(authorization?: string): APIGatewayProxyEventV2 {
  return {
    routeKey: 'GET /config',
    headers: authorization === undefined ? {} : { authorization },
    requestContext: { requestId: 'r' },
  } as unknown as APIGatewayProxyEventV2;
}

/** Passes the authorizer's event on, so a test can look at what the handler would get. */
function authorized() {
  const seen: APIGatewayProxyEventV2[] = [];
  const handler: HttpHandler = async (received) => {
    seen.push(received);
    return { statusCode: 204 };
  };
  return { seen, authorizer: withLocalAdminAuthorizer(handler, TOKENS) };
}

describe('local JWT authorizer stand-in', () => {
  it('answers 401 itself, as API Gateway does, without a known bearer token', async () => {
    const { seen, authorizer } = authorized();
    for (const header of [undefined, '', 'Bearer', 'Bearer nope', 'Basic lead-token']) {
      const response = await authorizer(event(header), {} as Context);
      expect(response).toMatchObject({ statusCode: 401 });
    }
    expect(seen).toEqual([]);
  });

  it('passes the claims a Cognito access token gets through the HTTP API, groups flattened', async () => {
    const { seen, authorizer } = authorized();
    await authorizer(event('Bearer lead-token'), {} as Context);
    await authorizer(event('bearer reader-token'), {} as Context);
    const [lead, reader] = seen.map(
      (e) =>
        (e.requestContext as unknown as { authorizer: { jwt: { claims: object } } }).authorizer.jwt
          .claims,
    );
    expect(lead).toMatchObject({
      username: LOCAL_ADMIN_USERS.lead,
      'cognito:groups': '[support-leads]',
      token_use: 'access',
    });
    expect(reader).not.toHaveProperty('cognito:groups');
    expect(adminCaller(seen[0]!)).toEqual({ name: LOCAL_ADMIN_USERS.lead, canWrite: true });
    expect(adminCaller(seen[1]!)).toEqual({ name: LOCAL_ADMIN_USERS.reader, canWrite: false });
  });
});
