import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { consoleHandler, consoleRoutes } from '../../../functions/local-stack/console-routes';
import { RouteTable } from '../../../functions/local-stack/http-routes';

function event(rawPath: string, path?: string): APIGatewayProxyEventV2 {
  return {
    rawPath,
    ...(path === undefined ? {} : { pathParameters: { path } }),
  } as APIGatewayProxyEventV2;
}

const CONTEXT = {} as Context;

function built(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sunroute-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  return dir;
}

type Answer = { statusCode: number; headers: Record<string, string>; body: string };
const call = async (handler: ReturnType<typeof consoleHandler>, request: APIGatewayProxyEventV2) =>
  (await handler(request, CONTEXT)) as Answer;

describe('the console on the local gateway', () => {
  it('claims /console, /console/ and every path under it', () => {
    const table = new RouteTable(Object.keys(consoleRoutes()));
    expect(table.match('GET', '/console')?.routeKey).toBe('GET /console');
    expect(table.match('GET', '/console/')?.routeKey).toBe('GET /console/');
    expect(table.match('GET', '/console/assets/index-abc.js')).toEqual({
      routeKey: 'GET /console/{path+}',
      pathParameters: { path: 'assets/index-abc.js' },
    });
  });

  it('serves index.html, hashed assets for a year, and a config.json for token sign-in', async () => {
    const handler = consoleHandler(built());
    expect(await call(handler, event('/console'))).toMatchObject({
      statusCode: 301,
      headers: { location: '/console/' },
    });
    const index = await call(handler, event('/console/'));
    expect(index.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
    });
    expect(Buffer.from(index.body, 'base64').toString()).toContain('<title>console</title>');
    const script = await call(
      handler,
      event('/console/assets/index-abc.js', 'assets/index-abc.js'),
    );
    expect(script.headers['cache-control']).toContain('immutable');
    const config = await call(handler, event('/console/config.json', 'config.json'));
    expect(JSON.parse(config.body)).toEqual({ apiUrl: '/', auth: { mode: 'local' } });
    expect(config.headers['cache-control']).toBe('no-store');
  });

  it('serves nothing outside the build, and says how to build it when it is missing', async () => {
    const handler = consoleHandler(built());
    expect(
      (await call(handler, event('/console/../package.json', '../package.json'))).statusCode,
    ).toBe(404);
    expect((await call(handler, event('/console/nope.js', 'nope.js'))).statusCode).toBe(404);
    const missing = await call(consoleHandler(join(tmpdir(), 'no-such-build')), event('/console/'));
    expect(missing.statusCode).toBe(503);
    expect(missing.body).toContain('npm run build:console');
  });
});
