import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ADMIN_MAX_BODY_BYTES } from '../definitions/admin-api';
import { exceedsDocumentDepth, MAX_DOCUMENT_DEPTH } from '../core/config/document-depth';
import { AdminHttpError, invalidInput } from './admin-http-error';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The request body as text (API Gateway base64-encodes non-text media types), within the limit. */
export function bodyText(event: APIGatewayProxyEventV2): string {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.length > ADMIN_MAX_BODY_BYTES) {
    throw new AdminHttpError(
      413,
      `the body is ${bytes.length} bytes; the admin API takes at most ${ADMIN_MAX_BODY_BYTES}`,
    );
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw invalidInput([{ path: '$', message: 'is not UTF-8 text' }]);
  }
}

/** The body as a JSON object; 400 at `$` when it is not JSON or not an object. */
export function jsonObjectBody(event: APIGatewayProxyEventV2): Record<string, unknown> {
  const text = bodyText(event);
  // Parsed JSON this deep would overflow the stack of whatever walks it next (zod, yaml).
  if (exceedsDocumentDepth(text)) {
    throw invalidInput([{ path: '$', message: `nests deeper than ${MAX_DOCUMENT_DEPTH} levels` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidInput([{ path: '$', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput([{ path: '$', message: 'must be a JSON object' }]);
  }
  return value as Record<string, unknown>;
}

export function queryParameter(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const value = event.queryStringParameters?.[name];
  return value === undefined || value === '' ? undefined : value;
}

export function pathParameter(event: APIGatewayProxyEventV2, name: string): string {
  const value = event.pathParameters?.[name];
  if (value === undefined || value === '') {
    throw invalidInput([{ path: `path.${name}`, message: 'is required' }]);
  }
  return value;
}
