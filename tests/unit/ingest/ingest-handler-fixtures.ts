// Requests as API Gateway hands them to the ingest handler (built by the local gateway's own
// event builder), an in-memory ticket queue and a clock fixed by the test.
import { readFileSync } from 'node:fs';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Ticket } from '../../../functions/core/ticket/ticket-schema';
import {
  createHttpIngestHandler,
  type HttpIngestHandler,
} from '../../../functions/ingest/http-ingest-handler';
import {
  staticWebhookSecrets,
  type WebhookSecrets,
} from '../../../functions/shared/webhook-secrets';
import type { SeenRequests } from '../../../functions/adapters/seen-requests';
import type { TicketQueue } from '../../../functions/adapters/ticket-queue';
import { toEventV2 } from '../../../functions/local-stack/api-gateway-v2';
import { createLambdaContext } from '../../../functions/local-stack/lambda-context';
import type { ConfigSource } from '../../../functions/shared/delivery-dependencies';
import { liveConfig } from '../router/router-fixtures';

// Metrics would print one line per request; what is counted is asserted through the answers.
process.env.POWERTOOLS_METRICS_DISABLED = 'true';

/** Tuesday 2026-12-22 09:15:00 UTC. */
export const NOW = Date.parse('2026-12-22T09:15:00Z');

export const SECRETS: WebhookSecrets = {
  'chat-widget': ['whsec_widget_current'],
  'web-form': ['whsec_form_new', 'whsec_form_old'],
};

export class MemoryTicketQueue implements TicketQueue {
  readonly tickets: Ticket[] = [];

  put(ticket: Ticket): Promise<{ readonly messageId: string }> {
    this.tickets.push(ticket);
    return Promise.resolve({ messageId: `m-${this.tickets.length}` });
  }
}

/** The webhook requests table's contract in memory: a key is taken until it expires. */
export class MemorySeenRequests implements SeenRequests {
  readonly expiries = new Map<string, number>();

  remember(key: string, expiresAt: number, now: number): Promise<boolean> {
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry >= Math.floor(now / 1000)) return Promise.resolve(false);
    this.expiries.set(key, expiresAt);
    return Promise.resolve(true);
  }

  forget(key: string): Promise<void> {
    this.expiries.delete(key);
    return Promise.resolve();
  }
}

/**
 * One team speaking German and English, Monday to Friday 08:00–18:00 in Berlin: at NOW (10:15
 * there) a normal ticket is promised four hours later, 14:15.
 */
export const BERLIN_CONFIG = `
defaultLanguage: en
defaultRegion: EU
teams:
  - id: emea
    region: EU
    timeZone: Europe/Berlin
    languages: [de, en]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
`;

export const liveBerlin: ConfigSource = {
  current: () => Promise.resolve(liveConfig(BERLIN_CONFIG)),
};

export function ingestHandler(
  queue: TicketQueue = new MemoryTicketQueue(),
  config: ConfigSource = liveBerlin,
  now = NOW,
  seenRequests: SeenRequests = new MemorySeenRequests(),
): HttpIngestHandler {
  return createHttpIngestHandler({
    queue,
    config,
    seenRequests,
    secrets: staticWebhookSecrets(SECRETS),
    clock: () => now,
    logger: new Logger({ logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'SunrouteTest', serviceName: 'ingest' }),
    newTicketId: () => 'chat-generated-1',
  });
}

export function postEvent(
  path: string,
  body: Buffer | string,
  headers: Record<string, string>,
): APIGatewayProxyEventV2 {
  return toEventV2(
    {
      method: 'POST',
      url: path,
      rawHeaders: Object.entries(headers).flat(),
      body: Buffer.isBuffer(body) ? body : Buffer.from(body),
      sourceIp: '203.0.113.9',
      localPort: 3000,
    },
    { routeKey: `POST ${path}` },
    { apiId: 'test', stage: '$default' },
    'request-1',
    NOW,
  );
}

export interface Answer {
  readonly status: number;
  readonly json: Record<string, unknown>;
}

export async function call(
  handler: HttpIngestHandler,
  event: APIGatewayProxyEventV2,
): Promise<Answer> {
  const context = createLambdaContext({
    functionName: 'ingest',
    timeoutMs: 10_000,
    memoryMb: 512,
    region: 'us-east-1',
  });
  const result = (await handler(event, context)) as APIGatewayProxyStructuredResultV2;
  return {
    status: result.statusCode ?? 0,
    json: result.body ? (JSON.parse(result.body) as Record<string, unknown>) : {},
  };
}

export function fixtureEmail(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/email/${name}`, import.meta.url));
}
