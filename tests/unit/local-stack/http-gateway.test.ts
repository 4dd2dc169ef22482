// The local API Gateway: requests become format 2.0 events as a deployed HTTP API builds them,
// results become responses by the same rules, and the gateway's own errors look like AWS's.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fromResult,
  isTextContentType,
  requestTime,
} from '../../../functions/local-stack/api-gateway-v2';
import {
  createHttpGateway,
  MAX_REQUEST_BODY_BYTES,
  type HttpGateway,
  type HttpGatewayOptions,
  type HttpHandler,
} from '../../../functions/local-stack/http-gateway';
import { RouteKeyError, RouteTable } from '../../../functions/local-stack/http-routes';

const running: HttpGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((gateway) => gateway.stop()));
});

async function serve(
  routes: HttpGatewayOptions['routes'],
  options: Partial<HttpGatewayOptions> = {},
) {
  const errors: unknown[][] = [];
  const gateway = createHttpGateway({
    routes,
    logger: { error: (...args: unknown[]) => void errors.push(args) },
    ...options,
  });
  const { url } = await gateway.start({ port: 0 });
  running.push(gateway);
  return { url, errors, gateway };
}

/** A handler that records its event and answers with `result`. */
function echo(result: unknown = { statusCode: 204 }) {
  const events: APIGatewayProxyEventV2[] = [];
  const handler: HttpHandler = async (event) => {
    events.push(event);
    return result;
  };
  return { handler, events };
}

describe('RouteTable', () => {
  const table = new RouteTable([
    'GET /teams/{id}',
    'GET /teams/emea',
    'ANY /teams/{id}/agents',
    'DELETE /teams/{id}/agents',
    'GET /files/{path+}',
    'GET /',
  ]);

  it('prefers literal segments, then variables, then greedy ones, then a named method over ANY', () => {
    expect(table.match('GET', '/teams/emea')).toEqual({ routeKey: 'GET /teams/emea' });
    expect(table.match('GET', '/teams/apac')).toEqual({
      routeKey: 'GET /teams/{id}',
      pathParameters: { id: 'apac' },
    });
    expect(table.match('DELETE', '/teams/x/agents')?.routeKey).toBe('DELETE /teams/{id}/agents');
    expect(table.match('PUT', '/teams/x/agents')?.routeKey).toBe('ANY /teams/{id}/agents');
    expect(table.match('GET', '/files/a/b%20c.txt')).toEqual({
      routeKey: 'GET /files/{path+}',
      pathParameters: { path: 'a/b c.txt' },
    });
    expect(table.match('GET', '/')).toEqual({ routeKey: 'GET /' });
  });

  it('matches nothing for another method, a missing segment or a trailing slash', () => {
    expect(table.match('POST', '/teams/emea')).toBeUndefined();
    expect(table.match('GET', '/teams')).toBeUndefined();
    expect(table.match('GET', '/teams/')).toBeUndefined();
    expect(table.match('GET', '/files')).toBeUndefined();
    expect(new RouteTable(['$default']).match('GET', '/anything')).toEqual({
      routeKey: '$default',
    });
  });

  it('refuses keys API Gateway refuses', () => {
    expect(() => new RouteTable(['GET teams'])).toThrow(RouteKeyError);
    expect(() => new RouteTable(['FETCH /teams'])).toThrow('is not "METHOD /path"');
    expect(() => new RouteTable(['GET /{path+}/x'])).toThrow('greedy variable must be the last');
    expect(() => new RouteTable(['GET /teams/{id}', 'GET /teams/{teamId}'])).toThrow('conflict');
  });
});

describe('the request event', () => {
  it('carries the route, path parameters, query, lower-cased headers and cookies', async () => {
    const { handler, events } = echo();
    const { url } = await serve({ 'GET /teams/{id}': handler });
    const response = await fetch(`${url}/teams/emea%20berlin?at=2026-12-22T09:15:00Z&tag=a&tag=b`, {
      headers: { 'X-Custom': 'yes', Cookie: 'session=abc; theme=dark', 'User-Agent': 'test-agent' },
    });
    expect(response.status).toBe(204);
    const event = events[0]!;
    const epoch = event.requestContext.timeEpoch;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /teams/{id}',
      rawPath: '/teams/emea%20berlin',
      rawQueryString: 'at=2026-12-22T09:15:00Z&tag=a&tag=b',
      cookies: ['session=abc', 'theme=dark'],
      queryStringParameters: { at: '2026-12-22T09:15:00Z', tag: 'a,b' },
      pathParameters: { id: 'emea berlin' },
      isBase64Encoded: false,
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: '127.0.0.1',
        http: {
          method: 'GET',
          path: '/teams/emea%20berlin',
          protocol: 'HTTP/1.1',
          sourceIp: '127.0.0.1',
          userAgent: 'test-agent',
        },
        routeKey: 'GET /teams/{id}',
        stage: '$default',
        time: requestTime(epoch),
      },
    });
    expect(Math.abs(epoch - Date.now())).toBeLessThan(5_000);
    expect(event.requestContext.requestId).toBe(response.headers.get('apigw-requestid'));
    expect(event.headers).toMatchObject({ 'x-custom': 'yes', 'x-forwarded-for': '127.0.0.1' });
    expect(event.headers.cookie).toBeUndefined();
    expect(Object.keys(event.headers).every((name) => name === name.toLowerCase())).toBe(true);
    expect(event.body).toBeUndefined();
  });

  it('joins repeated headers with commas, as format 2.0 does', async () => {
    const { handler, events } = echo();
    const { url } = await serve({ 'GET /h': handler });
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(`${url}/h`, { headers: { 'X-Tag': ['a', 'b'] } }, (response) => {
        response.resume();
        response.once('end', resolve);
      });
      request.once('error', reject);
      request.end();
    });
    expect(events[0]!.headers['x-tag']).toBe('a,b');
  });

  it('hands text bodies over as text and binary ones in base64', async () => {
    const { handler, events } = echo();
    const { url } = await serve({ 'POST /ingest/chat': handler });
    const json = JSON.stringify({ id: 'chat-1', body: 'Grüß Gott' });
    await fetch(`${url}/ingest/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: json,
    });
    const bytes = Buffer.from([0, 255, 1, 2]);
    await fetch(`${url}/ingest/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(events.map((event) => [event.body, event.isBase64Encoded])).toEqual([
      [json, false],
      [bytes.toString('base64'), true],
    ]);
  });

  it('treats text/*, JSON, XML and JavaScript as text and everything else as binary', () => {
    for (const type of [
      'text/plain',
      'text/html; charset=utf-8',
      'application/json',
      'Application/XML',
      'application/javascript',
    ]) {
      expect(isTextContentType(type)).toBe(true);
    }
    for (const type of [
      undefined,
      'application/x-www-form-urlencoded',
      'application/problem+json',
      'image/png',
    ]) {
      expect(isTextContentType(type)).toBe(false);
    }
  });

  it('sends unmatched requests to $default', async () => {
    const { handler, events } = echo('ok');
    const { url } = await serve({ 'GET /config': echo().handler, $default: handler });
    expect(await (await fetch(`${url}/elsewhere?x=1`, { method: 'PATCH' })).text()).toBe('ok');
    expect(events[0]).toMatchObject({ routeKey: '$default', rawPath: '/elsewhere' });
    expect(events[0]!.pathParameters).toBeUndefined();
  });
});

describe('the response', () => {
  it('maps a structured result: status, headers, cookies and a base64 body', async () => {
    const png = Buffer.from([137, 80, 78, 71]);
    const { url } = await serve({
      'GET /logo': echo({
        statusCode: 201,
        headers: { 'Content-Type': 'image/png', 'X-Count': 3, 'X-Flag': true },
        cookies: ['a=1; Path=/', 'b=2; HttpOnly'],
        body: png.toString('base64'),
        isBase64Encoded: true,
      }).handler,
    });
    const response = await fetch(`${url}/logo`);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-count')).toBe('3');
    expect(response.headers.get('x-flag')).toBe('true');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; HttpOnly']);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png);
  });

  it('infers 200 and JSON for a result without statusCode', async () => {
    const { url } = await serve({
      'GET /object': echo({ teams: 3 }).handler,
      'GET /string': echo('plain words').handler,
    });
    const object = await fetch(`${url}/object`);
    expect([object.status, object.headers.get('content-type'), await object.text()]).toEqual([
      200,
      'application/json',
      '{"teams":3}',
    ]);
    const text = await fetch(`${url}/string`);
    expect([text.status, await text.text()]).toEqual([200, 'plain words']);
  });

  it('maps results without a network round trip too', () => {
    expect(fromResult(undefined).body.toString()).toBe('null');
    expect(fromResult({ statusCode: 302, headers: { location: '/x' } })).toEqual({
      statusCode: 302,
      headers: { location: '/x' },
      body: Buffer.alloc(0),
    });
    expect(() => fromResult({ statusCode: '200' })).toThrow('is not an HTTP status');
    expect(() => fromResult({ statusCode: 200, body: { a: 1 } })).toThrow('body is not a string');
  });
});

describe('the gateway’s own answers', () => {
  it('answers 404 with a JSON message for an unknown route', async () => {
    const { url } = await serve({ 'GET /config': echo().handler });
    const response = await fetch(`${url}/nowhere`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ message: 'Not Found' });
    expect((await fetch(`${url}/config`, { method: 'POST' })).status).toBe(404);
  });

  it('answers 413 for a body over the limit without calling the handler', async () => {
    const { handler, events } = echo();
    const { url } = await serve({ 'POST /ingest/chat': handler });
    const response = await fetch(`${url}/ingest/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(MAX_REQUEST_BODY_BYTES + 1, 0x20),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ message: 'Request Entity Too Large' });
    expect(events).toEqual([]);
    const atLimit = await fetch(`${url}/ingest/chat`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: Buffer.alloc(MAX_REQUEST_BODY_BYTES, 0x20),
    });
    expect(atLimit.status).toBe(204);
  });

  it('answers 413 for a chunked body that grows past the limit', async () => {
    const { handler, events } = echo();
    const { url } = await serve({ 'POST /up': handler }, { maxBodyBytes: 1_000 });
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${url}/up`, { method: 'POST' }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.once('error', reject);
      request.write(Buffer.alloc(600));
      request.end(Buffer.alloc(600));
    });
    expect(status).toBe(413);
    expect(events).toEqual([]);
  });

  it('answers 500 and logs the error when a handler throws or returns something unreadable', async () => {
    const { url, errors } = await serve({
      'GET /throws': async () => {
        throw new Error('table missing');
      },
      'GET /malformed': echo({ statusCode: 'teapot' }).handler,
    });
    for (const path of ['/throws', '/malformed']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ message: 'Internal Server Error' });
    }
    expect(String(errors[0]?.at(-1))).toContain('table missing');
    expect(String(errors[1]?.at(-1))).toContain('is not an HTTP status');
  });

  it('answers 503 when the handler outlives the timeout, and survives its failing later', async () => {
    const { url, errors } = await serve(
      {
        'GET /slow': () =>
          sleep(300).then(() => {
            throw new Error('failed after the gateway gave up');
          }),
      },
      { timeoutMs: 100 },
    );
    const response = await fetch(`${url}/slow`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ message: 'Service Unavailable' });
    expect(errors).toHaveLength(1);
    // Vitest fails the run on an unhandled rejection; give the late failure time to happen.
    await sleep(400);
  });

  it('gives the handler a Lambda context counting down from its timeout', async () => {
    let remaining = 0;
    const { url } = await serve(
      {
        'GET /ctx': async (_event, context) => {
          remaining = context.getRemainingTimeInMillis();
          return { functionName: context.functionName };
        },
      },
      { timeoutMs: 5_000, functionName: 'admin-api' },
    );
    expect(await (await fetch(`${url}/ctx`)).json()).toEqual({ functionName: 'admin-api' });
    expect(remaining).toBeGreaterThan(4_000);
    expect(remaining).toBeLessThanOrEqual(5_000);
  });
});

describe('start and stop', () => {
  it('lets a request in flight finish, then frees the port', async () => {
    const { url, gateway } = await serve({
      'GET /slow': () => sleep(200).then(() => ({ done: true })),
    });
    const pending = fetch(`${url}/slow`).then((response) => response.json());
    await sleep(50);
    await gateway.stop();
    expect(await pending).toEqual({ done: true });
    await expect(fetch(`${url}/slow`)).rejects.toThrow();
    const again = createHttpGateway({ routes: {} });
    const port = Number(new URL(url).port);
    await again.start({ port });
    await again.stop();
  });

  it('names a port in use', async () => {
    const { url } = await serve({});
    const second = createHttpGateway({ routes: {} });
    await expect(second.start({ port: Number(new URL(url).port) })).rejects.toThrow('is in use');
  });
});
