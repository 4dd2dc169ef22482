// The web console on the local gateway, where on AWS CloudFront serves it from S3: its built
// files under /console/, and the config.json that tells it to use this gateway's admin API and the
// local stack's token sign-in. Same origin as the API, so the browser needs no CORS here.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import {
  CONSOLE_BUILD_DIR,
  CONSOLE_CONFIG_FILE,
  LOCAL_CONSOLE_PATH,
  type ConsoleConfig,
} from '../definitions/console';
import type { HttpHandler, HttpRoutes } from './http-gateway';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The local stack's console.json: the API is this gateway, sign-in is by the printed URL. */
export const LOCAL_CONSOLE_CONFIG: ConsoleConfig = { apiUrl: '/', auth: { mode: 'local' } };

const text = (statusCode: number, body: string) => ({
  statusCode,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body,
});

/** `/console/` and every file under it, from `buildDir` (the console's build by default). */
export function consoleHandler(buildDir = join(PROJECT_ROOT, CONSOLE_BUILD_DIR)): HttpHandler {
  return async (event: APIGatewayProxyEventV2) => {
    if (event.rawPath === LOCAL_CONSOLE_PATH) {
      return { statusCode: 301, headers: { location: `${LOCAL_CONSOLE_PATH}/` }, body: '' };
    }
    const file = event.pathParameters?.path ?? 'index.html';
    if (file === CONSOLE_CONFIG_FILE) {
      return {
        statusCode: 200,
        headers: { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' },
        body: JSON.stringify(LOCAL_CONSOLE_CONFIG),
      };
    }
    const path = normalize(join(buildDir, file));
    if (!path.startsWith(`${normalize(buildDir)}/`)) return text(404, 'Not Found');
    let content: Buffer;
    try {
      content = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return file === 'index.html'
        ? text(503, 'The console is not built yet: run `npm run build:console` (npm start does).')
        : text(404, 'Not Found');
    }
    return {
      statusCode: 200,
      headers: {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        // Built asset names carry a content hash; index.html names the current ones.
        'cache-control': file.startsWith('assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      },
      body: content.toString('base64'),
      isBase64Encoded: true,
    };
  };
}

export function consoleRoutes(): HttpRoutes {
  const handler = consoleHandler();
  return {
    [`GET ${LOCAL_CONSOLE_PATH}`]: handler,
    [`GET ${LOCAL_CONSOLE_PATH}/`]: handler,
    [`GET ${LOCAL_CONSOLE_PATH}/{path+}`]: handler,
  };
}
