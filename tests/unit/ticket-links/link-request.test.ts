import { describe, expect, it } from 'vitest';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { TICKET_LINKS } from '../../../functions/definitions/ticket-links';
import { toEventV2 } from '../../../functions/local-stack/api-gateway-v2';
import { readLinkRequest } from '../../../functions/ticket-links/link-request';

const TOKEN = `2.1.1799140500.am9uYXM.${'A'.repeat(43)}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The event API Gateway hands the function for a request to a link route. */
function event(
  method: string,
  url: string,
  { headers = {}, body = '' }: { headers?: Record<string, string>; body?: string } = {},
): APIGatewayProxyEventV2 {
  const action = url.includes('/resolve') ? 'resolve' : 'ack';
  return toEventV2(
    {
      method,
      url,
      rawHeaders: Object.entries({ host: 'links.test', ...headers }).flat(),
      body: Buffer.from(body),
      sourceIp: '203.0.113.9',
      localPort: 443,
    },
    {
      routeKey: `${method} ${TICKET_LINKS.paths[action]}`,
      pathParameters: { id: decodeURIComponent(url.split('/')[2]!) },
    },
    { apiId: 'test', stage: '$default' },
    'request-1',
  );
}

describe('readLinkRequest', () => {
  it('reads a GET or HEAD’s token and language from the query', () => {
    for (const method of ['GET', 'HEAD']) {
      expect(
        readLinkRequest(event(method, `/tickets/t%2F1/resolve?token=${TOKEN}&lang=de`)),
      ).toEqual({
        method,
        action: 'resolve',
        ticketId: 't/1',
        token: TOKEN,
        language: 'de',
      });
    }
  });

  it('reads a POST’s token from its form only, never from its query', () => {
    const body = new URLSearchParams({ token: TOKEN, lang: 'fr' }).toString();
    expect(readLinkRequest(event('POST', '/tickets/t-1/ack', { headers: FORM, body }))).toEqual({
      method: 'POST',
      action: 'ack',
      ticketId: 't-1',
      token: TOKEN,
      language: 'fr',
    });
    // Form posts reach the function base64-encoded, as API Gateway passes them.
    const encoded = event('POST', '/tickets/t-1/ack', { headers: FORM, body });
    expect(encoded.isBase64Encoded).toBe(true);
    expect(
      readLinkRequest(
        event('POST', `/tickets/t-1/ack?token=${TOKEN}`, { headers: FORM, body: '' }),
      ),
    ).toMatchObject({ token: undefined });
  });

  it('refuses a form another site’s page sent, whatever it carries', () => {
    const body = new URLSearchParams({ token: TOKEN }).toString();
    for (const site of ['cross-site', 'same-site']) {
      expect(
        readLinkRequest(
          event('POST', '/tickets/t-1/ack', {
            headers: { ...FORM, 'sec-fetch-site': site },
            body,
          }),
        ),
      ).toMatchObject({ refused: 'cross-site', token: undefined });
    }
    expect(
      readLinkRequest(
        event('POST', '/tickets/t-1/ack', {
          headers: { ...FORM, 'sec-fetch-site': 'same-origin' },
          body,
        }),
      ),
    ).toMatchObject({ token: TOKEN });
  });

  it('refuses a body that is not a form, or larger than the page’s form can be', () => {
    const json = JSON.stringify({ token: TOKEN });
    expect(
      readLinkRequest(
        event('POST', '/tickets/t-1/ack', {
          headers: { 'content-type': 'application/json' },
          body: json,
        }),
      ),
    ).toMatchObject({ refused: 'bad-request' });
    const large = `token=${TOKEN}&pad=${'x'.repeat(TICKET_LINKS.maxFormBytes)}`;
    expect(
      readLinkRequest(event('POST', '/tickets/t-1/ack', { headers: FORM, body: large })),
    ).toMatchObject({ refused: 'too-large' });
    const huge = 'x'.repeat(5 * 1024 * 1024);
    expect(
      readLinkRequest(event('POST', '/tickets/t-1/ack', { headers: FORM, body: huge })),
    ).toMatchObject({ refused: 'too-large' });
  });
});
