// The ingest routes behind the local gateway, the router fed by the local SQS event source, on the
// shared stand-ins under a prefix of this file's own: a request goes in over HTTP as an
// integration sends it, and comes out where the agent reads it (the tickets table, the inbox).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import type { Decision } from '../../../functions/core/routing/decision';
import { createRouterHandler } from '../../../functions/router/router-handler';
import { DynamoDbConfigStore } from '../../../functions/adapters/dynamodb/dynamodb-config-store';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { INGEST } from '../../../functions/definitions/ingest';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createResources } from '../../../functions/local-stack/create-resources';
import { createHttpGateway } from '../../../functions/local-stack/http-gateway';
import { ingestRoutes } from '../../../functions/local-stack/ingest-routes';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { readSentEmails, type SentEmail } from '../../../functions/local-stack/ses-store';
import { createSqsEventSource } from '../../../functions/local-stack/sqs-event-source';
import { standInEnv } from '../../../functions/local-stack/stand-in-env';
import { standInRouterDependencies } from '../router/router-harness';
import { readDecision } from '../ticket-decision';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ticketKey } from '../../../functions/adapters/dynamodb/ticket-items';

const { endpoints, prefix } = inject('standIns');

/** Tuesday 2026-12-22 09:15 UTC: 10:15 in Berlin, the European team on shift. */
export const BERLIN_MORNING = Date.parse('2026-12-22T09:15:00Z');
/** Tuesday 2026-12-22 02:00 UTC: 11:00 in Tokyo, only the Japanese team on shift. */
export const TOKYO_MORNING = Date.parse('2026-12-22T02:00:00Z');

/** Two teams of two agents each; addresses carry the run id, as the SES store is shared. */
function config(runId: string): string {
  const agent = (id: string, team: string, languages: string) => `
  - id: ${id}
    name: ${id}
    email: ${id}.${runId}@example.com
    team: ${team}
    languages: ${languages}`;
  return `
defaultLanguage: en
defaultRegion: EU
routing:
  maxLanguageWait: PT0H
  ackWithin: { urgent: PT15M, high: PT1H, normal: PT4H, low: PT24H }
teams:
  - id: emea
    name: EMEA
    region: EU
    timeZone: Europe/Berlin
    languages: [en, de, fr]
    email: emea.${runId}@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
  - id: tokyo
    name: Tokyo
    region: APAC
    timeZone: Asia/Tokyo
    languages: [ja, en]
    email: tokyo.${runId}@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "18:00" }]
agents:${agent('anna', 'emea', '[en, de, fr]')}${agent('ben', 'emea', '[en, de, fr]')}${agent('yuki', 'tokyo', '[ja]')}${agent('kenji', 'tokyo', '[ja]')}
`;
}

export interface IngestStack {
  readonly runId: string;
  readonly apiUrl: string;
  setNow(epochMs: number): void;
  postSigned(
    path: string,
    body: Buffer | string,
    contentType: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: Record<string, unknown> }>;
  /** The ticket's item as stored (ticket, decision, index keys), read consistently. */
  ticketItem(ticketId: string): Promise<Record<string, unknown> | undefined>;
  decisionOf(ticketId: string): Promise<Decision | undefined>;
  /** The emails addressed to this run's agents and teams that name `ticketId`. */
  emailsFor(ticketId: string): Promise<SentEmail[]>;
  agentAddress(agentId: string): string;
  stop(): Promise<void>;
}

export function fixtureEmail(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/email/${name}`, import.meta.url));
}

export const fixturePath = (name: string) =>
  new URL(`../../fixtures/email/${name}`, import.meta.url).pathname;

export async function startIngestStack(): Promise<IngestStack> {
  const runId = randomUUID().slice(0, 8);
  const clients = createLocalClients(endpoints);
  const resources = await createResources(clients, { prefix: `${prefix}-ingest-${runId}` });
  const env: Record<string, string> = {
    ...standInEnv(endpoints, resources),
    [EMAIL_SENDING.senderEmailEnv]: 'support@sunroute.test',
  };
  await new DynamoDbConfigStore(clients.documents, env[CONFIG_TABLE.tableNameEnv]!).saveVersion(
    config(runId),
    { holidays: dateHolidaysCalendar },
  );
  let now = BERLIN_MORNING;
  const clock = () => now;
  const router = createRouterHandler(standInRouterDependencies(env, clients, { clock }));
  const eventSource = createSqsEventSource({
    sqs: clients.sqs,
    queueUrl: env[TICKET_QUEUE.queueUrlEnv]!,
    handler: (event, context) => router(event, context),
    waitTimeSeconds: 1,
    logger: { info() {}, warn() {}, error() {} },
  });
  await eventSource.start();
  const gateway = createHttpGateway({
    routes: ingestRoutes({ env, clients, clock }),
    logger: { error() {} },
  });
  const { url } = await gateway.start({ port: 0 });

  return {
    runId,
    apiUrl: url,
    setNow: (epochMs) => {
      now = epochMs;
    },
    async postSigned(path, body, contentType, headers = {}) {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: {
          'Content-Type': contentType,
          'Sunroute-Signature': signWebhook(body, LOCAL_WEBHOOK_SECRET, now),
          ...headers,
        },
        body,
      });
      const text = await response.text();
      return {
        status: response.status,
        json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      };
    },
    decisionOf: (ticketId) =>
      readDecision(clients.documents, env[TICKETS_TABLE.tableNameEnv], ticketId),
    async ticketItem(ticketId) {
      const { Item } = await clients.documents.send(
        new GetCommand({
          TableName: env[TICKETS_TABLE.tableNameEnv],
          Key: ticketKey(ticketId),
          ConsistentRead: true,
        }),
      );
      return Item;
    },
    async emailsFor(ticketId) {
      return (await readSentEmails(endpoints.sesStore)).filter(
        (email) =>
          email.destination.to.some((to) => to.includes(`.${runId}@`)) &&
          (email.body.text ?? '').includes(ticketId),
      );
    },
    agentAddress: (agentId) => `${agentId}.${runId}@example.com`,
    async stop() {
      await eventSource.stop();
      await gateway.stop();
      clients.destroy();
    },
  };
}

/** Both ingest routes' paths, for the tests. */
export const { chatPath, emailPath } = INGEST;
