// API Gateway (HTTP API, payload format 2.0) on one machine: a node:http server that turns each
// request into the APIGatewayProxyEventV2 the deployed handlers receive, calls the handler of
// the matching route in-process with a Lambda context, and sends back what API Gateway would
// make of its result — including API Gateway's own 404, 413, 500 and 503 answers.
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCAL_REGION } from '../definitions/local-credentials';
import {
  fromResult,
  gatewayError,
  newRequestId,
  toEventV2,
  type OutgoingResponse,
} from './api-gateway-v2';
import { createLambdaContext } from './lambda-context';
import { RouteTable } from './http-routes';
import { PortInUseError } from './stand-in-errors';

export type HttpHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2<unknown>>;

/** `{ 'GET /config': handler, 'POST /ingest/chat': handler, 'GET /teams/{id}': …, $default: … }` */
export type HttpRoutes = Readonly<Record<string, HttpHandler>>;

/** API Gateway's payload limit for HTTP APIs: a larger request body gets 413. */
export const MAX_REQUEST_BODY_BYTES = 10 * 1024 * 1024;
/** The longest an HTTP API waits for its integration before answering 503. */
export const MAX_INTEGRATION_TIMEOUT_MS = 30_000;
export const DEFAULT_GATEWAY_PORT = 3000;

const SERVICE = 'HTTP gateway (API Gateway stand-in)';

export interface HttpGatewayOptions {
  readonly routes: HttpRoutes;
  /** The handlers' timeout, as the function's; capped at MAX_INTEGRATION_TIMEOUT_MS like API Gateway. */
  readonly timeoutMs?: number;
  readonly functionName?: string;
  readonly memoryMb?: number;
  readonly region?: string;
  readonly maxBodyBytes?: number;
  readonly logger?: Pick<Console, 'error'>;
}

export interface HttpGateway {
  /** Listens on 127.0.0.1 (loopback only) unless `host` says otherwise; port 0 takes any free one. */
  start(options: { port: number; host?: string }): Promise<{ url: string; port: number }>;
  /** Stops accepting, lets requests in flight finish (up to the timeout), closes every socket. */
  stop(): Promise<void>;
}

const TIMED_OUT = Symbol('timed out');

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

function send(response: ServerResponse, outgoing: OutgoingResponse, requestId: string): void {
  response.writeHead(outgoing.statusCode, {
    ...outgoing.headers,
    'apigw-requestid': requestId,
    'content-length': String(outgoing.body.length),
  });
  response.end(outgoing.body);
}

export function createHttpGateway(options: HttpGatewayOptions): HttpGateway {
  const routes = new RouteTable(Object.keys(options.routes));
  const timeoutMs = Math.min(
    options.timeoutMs ?? MAX_INTEGRATION_TIMEOUT_MS,
    MAX_INTEGRATION_TIMEOUT_MS,
  );
  const maxBodyBytes = options.maxBodyBytes ?? MAX_REQUEST_BODY_BYTES;
  const functionName = options.functionName ?? 'api';
  const region = options.region ?? LOCAL_REGION;
  const logger = options.logger ?? console;
  const gateway = { apiId: 'local', stage: '$default' };
  const inFlight = new Set<Promise<void>>();
  let server: Server | undefined;

  async function invoke(
    handler: HttpHandler,
    event: APIGatewayProxyEventV2,
    requestId: string,
  ): Promise<OutgoingResponse> {
    const context = createLambdaContext({
      functionName,
      timeoutMs,
      memoryMb: options.memoryMb ?? 128,
      region,
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
    });
    // A handler that fails after its 503 went out is no unhandled rejection: race() listens.
    const invocation = Promise.resolve().then(() => handler(event, context));
    try {
      const result = await Promise.race([invocation, timedOut]);
      if (result === TIMED_OUT) {
        logger.error(
          `[http-gateway] ${event.routeKey} ${requestId}: no answer within ${timeoutMs} ms`,
        );
        return gatewayError(503, 'Service Unavailable');
      }
      return fromResult(result);
    } catch (error) {
      logger.error(
        `[http-gateway] ${event.routeKey} ${requestId} (Lambda RequestId ${context.awsRequestId}):`,
        error,
      );
      return gatewayError(500, 'Internal Server Error');
    } finally {
      clearTimeout(timer);
    }
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestId = newRequestId();
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const path = url.split('?')[0]!;
    const route = routes.match(method, path);
    if (!route) {
      request.resume();
      send(response, gatewayError(404, 'Not Found'), requestId);
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      // The rest is not read: close the connection once the answer is out.
      response.setHeader('connection', 'close');
      send(response, gatewayError(413, 'Request Entity Too Large'), requestId);
      response.once('finish', () => request.destroy());
      return;
    }
    const event = toEventV2(
      {
        method,
        url,
        rawHeaders: request.rawHeaders,
        body,
        sourceIp: request.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
        localPort: request.socket.localPort ?? 0,
      },
      route,
      gateway,
      requestId,
    );
    const handler = options.routes[route.routeKey]!;
    send(response, await invoke(handler, event, requestId), requestId);
  }

  return {
    async start({ port, host = '127.0.0.1' }) {
      if (server) throw new Error(`${SERVICE} is already started`);
      const created = createServer((request, response) => {
        const handling = serve(request, response)
          .catch((error: unknown) => {
            logger.error('[http-gateway] request failed:', error);
            if (!response.headersSent) {
              send(response, gatewayError(500, 'Internal Server Error'), newRequestId());
            } else {
              response.destroy();
            }
          })
          .finally(() => inFlight.delete(handling));
        inFlight.add(handling);
      });
      await new Promise<void>((resolve, reject) => {
        created.once('error', (error: NodeJS.ErrnoException) =>
          reject(error.code === 'EADDRINUSE' ? new PortInUseError(SERVICE, port) : error),
        );
        created.listen(port, host, () => resolve());
      });
      server = created;
      const { port: bound } = created.address() as AddressInfo;
      return { url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`, port: bound };
    },
    async stop() {
      const closing = server;
      if (!closing) return;
      server = undefined;
      const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
      closing.closeIdleConnections();
      await Promise.all(inFlight);
      closing.closeAllConnections();
      await closed;
    },
  };
}
