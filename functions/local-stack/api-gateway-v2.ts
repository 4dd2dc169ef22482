// API Gateway HTTP API's payload format 2.0, both ways: an HTTP request as the
// APIGatewayProxyEventV2 a Lambda integration receives, and a handler's result as the HTTP
// response API Gateway makes of it.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import { LOCAL_ACCOUNT_ID } from './lambda-context';
import type { RouteMatch } from './http-routes';

export interface IncomingRequest {
  readonly method: string;
  /** Path and query as the client sent them (`/teams/a%20b?x=1`). */
  readonly url: string;
  /** Node's `rawHeaders`: names and values alternating, duplicates kept. */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
  readonly sourceIp: string;
  readonly localPort: number;
}

export interface GatewayIdentity {
  readonly apiId: string;
  readonly stage: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12/Mar/2020:19:03:58 +0000`, the CLF time API Gateway puts in requestContext.time. */
export function requestTime(epochMs: number): string {
  const date = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

/** API Gateway's request ids look like `JKJaXmPLvHcESHA=`. */
export function newRequestId(): string {
  return randomBytes(10).toString('base64');
}

/**
 * Media types whose bodies API Gateway hands over as text; every other one (form posts and a
 * missing Content-Type included) arrives base64-encoded with isBase64Encoded. The split was
 * measured against a real HTTP API (ministackorg/ministack#766).
 */
export function isTextContentType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    mediaType.startsWith('text/') ||
    ['application/json', 'application/xml', 'application/javascript'].includes(mediaType)
  );
}

/** Header names lower-cased, repeats joined by commas, cookies apart (format 2.0's rules). */
function readHeaders(rawHeaders: readonly string[]) {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = rawHeaders[index]!.toLowerCase();
    const value = rawHeaders[index + 1]!;
    if (name === 'cookie') {
      cookies.push(
        ...value
          .split(';')
          .map((cookie) => cookie.trim())
          .filter(Boolean),
      );
    } else {
      headers[name] = name in headers ? `${headers[name]},${value}` : value;
    }
  }
  return { headers, cookies };
}

function readQuery(rawQueryString: string): Record<string, string> | undefined {
  if (rawQueryString === '') return undefined;
  const parameters: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    parameters[name] = name in parameters ? `${parameters[name]},${value}` : value;
  }
  return parameters;
}

function traceId(epochMs: number): string {
  return `Root=1-${Math.floor(epochMs / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
}

export function toEventV2(
  request: IncomingRequest,
  route: RouteMatch,
  gateway: GatewayIdentity,
  requestId: string,
  epochMs: number = Date.now(),
): APIGatewayProxyEventV2 {
  const queryAt = request.url.indexOf('?');
  const rawPath = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const rawQueryString = queryAt === -1 ? '' : request.url.slice(queryAt + 1).split('#')[0]!;
  const { headers: clientHeaders, cookies } = readHeaders(request.rawHeaders);
  // What API Gateway adds on its way to the integration.
  const headers = {
    ...clientHeaders,
    'x-amzn-trace-id': traceId(epochMs),
    'x-forwarded-for': clientHeaders['x-forwarded-for']
      ? `${clientHeaders['x-forwarded-for']}, ${request.sourceIp}`
      : request.sourceIp,
    'x-forwarded-port': String(request.localPort),
    'x-forwarded-proto': 'http',
  };
  const domainName = (clientHeaders.host ?? 'localhost').replace(/:\d+$/, '');
  const query = readQuery(rawQueryString);
  const hasBody = request.body.length > 0;
  const text = isTextContentType(clientHeaders['content-type']);
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(query ? { queryStringParameters: query } : {}),
    ...(route.pathParameters ? { pathParameters: route.pathParameters } : {}),
    requestContext: {
      accountId: LOCAL_ACCOUNT_ID,
      apiId: gateway.apiId,
      domainName,
      domainPrefix: domainName.split('.')[0]!,
      http: {
        method: request.method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: clientHeaders['user-agent'] ?? '',
      },
      requestId,
      routeKey: route.routeKey,
      stage: gateway.stage,
      time: requestTime(epochMs),
      timeEpoch: epochMs,
    },
    ...(hasBody ? { body: request.body.toString(text ? 'utf8' : 'base64') } : {}),
    isBase64Encoded: hasBody && !text,
  };
}

export interface OutgoingResponse {
  readonly statusCode: number;
  /** Names as the handler spelled them; `set-cookie` as a list. */
  readonly headers: Record<string, string | string[]>;
  readonly body: Buffer;
}

export class MalformedResultError extends Error {
  override readonly name = 'MalformedResultError';
}

const JSON_CONTENT_TYPE = 'application/json';

/** API Gateway's own error responses: a JSON `message`, as the real service words it. */
export function gatewayError(statusCode: number, message: string): OutgoingResponse {
  return {
    statusCode,
    headers: { 'content-type': JSON_CONTENT_TYPE },
    body: Buffer.from(JSON.stringify({ message })),
  };
}

function isStructured(result: unknown): result is Record<string, unknown> {
  return typeof result === 'object' && result !== null && 'statusCode' in result;
}

/**
 * A result with `statusCode` is the structured response (statusCode, headers, cookies, body,
 * isBase64Encoded); anything else is inferred, as format 2.0 does: status 200, JSON content
 * type, and as body a string itself or anything else as JSON. A structured result API Gateway
 * could not read throws MalformedResultError (the gateway's 500).
 */
export function fromResult(result: unknown): OutgoingResponse {
  if (!isStructured(result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return {
      statusCode: 200,
      headers: { 'content-type': JSON_CONTENT_TYPE },
      body: Buffer.from(body),
    };
  }
  const { statusCode, headers = {}, cookies = [], body, isBase64Encoded } = result;
  if (
    typeof statusCode !== 'number' ||
    !Number.isInteger(statusCode) ||
    statusCode < 100 ||
    statusCode > 599
  ) {
    throw new MalformedResultError(
      `statusCode ${JSON.stringify(statusCode)} is not an HTTP status`,
    );
  }
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new MalformedResultError('headers is not an object');
  }
  const outgoing: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new MalformedResultError(`header ${name} is not a string, number or boolean`);
    }
    outgoing[name] = String(value);
  }
  if (!Array.isArray(cookies) || cookies.some((cookie) => typeof cookie !== 'string')) {
    throw new MalformedResultError('cookies is not a list of strings');
  }
  if (cookies.length > 0) outgoing['set-cookie'] = cookies as string[];
  if (body !== undefined && body !== null && typeof body !== 'string') {
    throw new MalformedResultError('body is not a string');
  }
  const text = body ?? '';
  return {
    statusCode,
    headers: outgoing,
    body: isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text),
  };
}
