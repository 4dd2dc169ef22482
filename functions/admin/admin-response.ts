import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type AdminResponse = APIGatewayProxyStructuredResultV2 & {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
};

export function jsonResponse(
  statusCode: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): AdminResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}
