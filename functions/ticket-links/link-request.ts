import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { TicketLinkAction } from '../core/followup/ticket-link-token';
import { TICKET_LINKS, type TicketLinkMethod } from '../definitions/ticket-links';

/** Why a POST is answered before its token is looked at. */
export type RefusedForm = 'cross-site' | 'bad-request' | 'too-large';

/** A request to a link route as the handler needs it. */
export interface LinkRequest {
  readonly method: TicketLinkMethod;
  readonly action: TicketLinkAction;
  readonly ticketId: string;
  /** From the query for GET and HEAD, from the form for POST (never from a POST's query). */
  readonly token: string | undefined;
  /** The page's language as the link or the form gives it; unknown ones read as English. */
  readonly language: string | undefined;
  readonly refused?: RefusedForm;
}

const FORM_TYPE = 'application/x-www-form-urlencoded';

function methodOf(event: APIGatewayProxyEventV2): TicketLinkMethod {
  const method = event.requestContext.http.method.toUpperCase();
  return method === 'POST' || method === 'HEAD' ? method : 'GET';
}

function actionOf(event: APIGatewayProxyEventV2): TicketLinkAction {
  const path = event.routeKey.slice(event.routeKey.indexOf(' ') + 1);
  return path === TICKET_LINKS.paths.resolve ? 'resolve' : 'ack';
}

/**
 * The browser says where a form came from (Fetch Metadata): our page posts `same-origin`. A form
 * on any other site is refused even with a valid token. Clients that send no such header (older
 * browsers, scripts) are let through: the token in the body is the credential, not a cookie.
 */
function crossSite(headers: APIGatewayProxyEventV2['headers']): boolean {
  const site = headers['sec-fetch-site']?.toLowerCase();
  return site === 'cross-site' || site === 'same-site';
}

function readForm(event: APIGatewayProxyEventV2): URLSearchParams | RefusedForm {
  const body = event.body ?? '';
  // Base64 takes 4 characters for 3 bytes: a body this long cannot decode to a small one.
  if (body.length > Math.ceil(TICKET_LINKS.maxFormBytes / 3) * 4) return 'too-large';
  const bytes = Buffer.from(body, event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.length > TICKET_LINKS.maxFormBytes) return 'too-large';
  const type = event.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== FORM_TYPE) return 'bad-request';
  return new URLSearchParams(bytes.toString('utf8'));
}

/** Reads the route's action, the method, and for POST the form, refusing what is not our form. */
export function readLinkRequest(event: APIGatewayProxyEventV2): LinkRequest {
  const method = methodOf(event);
  const action = actionOf(event);
  const ticketId = event.pathParameters?.id ?? '';
  if (method !== 'POST') {
    const query = event.queryStringParameters ?? {};
    return { method, action, ticketId, token: query.token, language: query.lang };
  }
  const language = event.queryStringParameters?.lang;
  if (crossSite(event.headers)) {
    return { method, action, ticketId, token: undefined, language, refused: 'cross-site' };
  }
  const form = readForm(event);
  if (typeof form === 'string') {
    return { method, action, ticketId, token: undefined, language, refused: form };
  }
  return {
    method,
    action,
    ticketId,
    token: form.get('token') ?? undefined,
    language: form.get('lang') ?? language,
  };
}
