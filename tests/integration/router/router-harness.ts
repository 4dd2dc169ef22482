// One router per test against the shared stand-ins: its own tables and queues (a prefix of its
// own, so loads and outboxes never mix with another test's), the real adapters on real SDK
// clients, a DynamoDB client that counts the commands it sends, and a clock the test moves.
import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { inject } from 'vitest';
import { EMAIL_SENDING } from '../../../functions/definitions/email-sending';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { CONFIG_TABLE, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { ROUTER_TELEMETRY } from '../../../functions/definitions/telemetry';
import { createLocalClients, type LocalClients } from '../../../functions/local-stack/aws-clients';
import { createResources } from '../../../functions/local-stack/create-resources';
import { readSentEmails, type SentEmail } from '../../../functions/local-stack/ses-store';
import {
  awsDependencies,
  type AwsDependencyOverrides,
} from '../../../functions/router/aws-dependencies';
import type { RouterDependencies } from '../../../functions/router/dependencies';
import { readRouterEnvironment } from '../../../functions/router/environment';
import { createRouterHandler } from '../../../functions/router/router-handler';
import { DynamoDbConfigStore } from '../../../functions/adapters/dynamodb/dynamodb-config-store';
import type { Mailer } from '../../../functions/adapters/mailer';
import type { TicketLinkSigner } from '../../../functions/shared/ticket-link-signer';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { readDeadLetters, type DeadLetterSeen } from '../dead-letters';
import { testLogger, testMetrics } from '../test-telemetry';

const { endpoints, prefix } = inject('standIns');

/** Tuesday 2026-12-22 09:15 UTC: 10:15 in Berlin, inside the test team's shift. */
export const TUESDAY_MORNING = Date.parse('2026-12-22T09:15:00Z');

export const SENDER = 'router@example.com';

/**
 * One team on shift Mon–Fri 08:00–18:00 Berlin, with `agents` agents of capacity `capacity`;
 * addresses carry the run id so that this test's mail can be told from others' in the shared
 * SES store.
 */
export function teamConfig(runId: string, { agents = 2, capacity = 5 } = {}): string {
  const agentLines = Array.from(
    { length: agents },
    (_, index) => `
  - id: agent-${index + 1}
    name: Agent ${index + 1}
    email: agent-${index + 1}.${runId}@example.com
    team: emea
    languages: [en, de]
    maxOpenTickets: ${capacity}`,
  ).join('');
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
    languages: [en, de]
    email: emea.${runId}@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
agents:${agentLines}
`;
}

export function ticketBody(id: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    channel: 'email',
    receivedAt: '2026-12-22T09:14:00Z',
    subject: 'Order not arrived',
    body: 'Hello, my order has not arrived yet. Could you please check where it is?',
    customer: { name: 'Jonas Weber', country: 'DE', email: 'jonas@example.de' },
    ...extra,
  });
}

let sequence = 0;

/** A record as Lambda's SQS event source builds it. */
export function sqsRecord(
  body: string,
  { messageId = randomUUID() as string, receiveCount = 1 } = {},
): SQSRecord {
  sequence += 1;
  return {
    messageId,
    receiptHandle: `receipt-${sequence}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: String(TUESDAY_MORNING),
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: String(TUESDAY_MORNING),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:tickets',
    awsRegion: 'us-east-1',
  };
}

export function lambdaContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'sunroute-router',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:sunroute-router',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/sunroute-router',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** DynamoDB commands sent, by name (`TransactWriteItemsCommand`, …). */
export class CommandCounter {
  readonly counts = new Map<string, number>();

  of(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  total(): number {
    return [...this.counts.values()].reduce((sum, n) => sum + n, 0);
  }

  reset(): void {
    this.counts.clear();
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort());
  }
}

export interface TestRouter {
  readonly runId: string;
  readonly env: Record<string, string>;
  readonly clients: LocalClients;
  readonly documents: DynamoDBDocumentClient;
  readonly counter: CommandCounter;
  readonly deps: RouterDependencies;
  now: number;
  /** Saves a configuration document as the next version. */
  saveConfig(yaml: string): Promise<number>;
  invoke(records: SQSRecord[]): Promise<SQSBatchResponse>;
  ticketItems(): Promise<Record<string, unknown>[]>;
  agentLoads(): Promise<Record<string, number>>;
  outbox(ticketId: string): Promise<Record<string, unknown>[]>;
  sentEmails(): Promise<SentEmail[]>;
  deadLetters(): Promise<DeadLetterSeen[]>;
  close(): void;
}

/** The router's real adapters on the stand-ins' clients, with the test's quiet telemetry. */
export function standInRouterDependencies(
  env: Record<string, string>,
  clients: LocalClients,
  overrides: Omit<AwsDependencyOverrides, 'dynamodb' | 'sqs' | 'sesv2'> = {},
): RouterDependencies {
  return awsDependencies(readRouterEnvironment(env), {
    logger: testLogger(ROUTER_TELEMETRY.service),
    metrics: testMetrics(ROUTER_TELEMETRY.service),
    ...overrides,
    dynamodb: clients.dynamodb,
    sqs: clients.sqs,
    sesv2: clients.sesv2,
  });
}

export async function startTestRouter(
  options: {
    mailer?: (real: Mailer) => Mailer;
    configRefreshMs?: number;
    /** Signs the links of assignment emails; without it the emails carry none. */
    ticketLinks?: TicketLinkSigner;
  } = {},
): Promise<TestRouter> {
  const runId = randomUUID().slice(0, 8);
  const clients = createLocalClients(endpoints);
  const counter = new CommandCounter();
  clients.dynamodb.middlewareStack.add(
    (next, context) => (args) => {
      const name = context.commandName ?? 'unknown';
      counter.counts.set(name, (counter.counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  const resources = await createResources(clients, { prefix: `${prefix}-r-${runId}` });
  const env = {
    ...resources,
    [EMAIL_SENDING.senderEmailEnv]: SENDER,
    [EMAIL_SENDING.configurationSetEnv]: 'sunroute',
  };
  const documents = DynamoDBDocumentClient.from(clients.dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const router = {} as TestRouter;
  const base = standInRouterDependencies(env, clients, {
    clock: () => router.now,
    ...(options.configRefreshMs === undefined ? {} : { configRefreshMs: options.configRefreshMs }),
  });
  const deps: RouterDependencies = {
    ...base,
    mailer: options.mailer ? options.mailer(base.mailer) : base.mailer,
    ...(options.ticketLinks ? { ticketLinks: options.ticketLinks } : {}),
  };
  const handler = createRouterHandler(deps);
  const ticketsTable = env[TICKETS_TABLE.tableNameEnv]!;
  const configStore = new DynamoDbConfigStore(documents, env[CONFIG_TABLE.tableNameEnv]!);
  const scanTickets = async () => {
    const { Items } = await documents.send(new ScanCommand({ TableName: ticketsTable }));
    return Items ?? [];
  };
  const addresses = (email: SentEmail) => email.destination.to ?? [];
  return Object.assign(router, {
    runId,
    env,
    clients,
    documents,
    counter,
    deps,
    now: TUESDAY_MORNING,
    saveConfig: async (yaml: string) =>
      (await configStore.saveVersion(yaml, { holidays: dateHolidaysCalendar })).version,
    invoke: (records: SQSRecord[]) =>
      handler({ Records: records }, lambdaContext()) as Promise<SQSBatchResponse>,
    ticketItems: async () => (await scanTickets()).filter((item) => item.sk === 'TICKET'),
    agentLoads: async () =>
      Object.fromEntries(
        (await scanTickets())
          .filter((item) => item.sk === 'LOAD')
          .map((item) => [String(item.pk).slice('AGENT#'.length), Number(item.openTickets)]),
      ),
    outbox: async (ticketId: string) => {
      const { Items } = await documents.send(
        new QueryCommand({
          TableName: ticketsTable,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :outbox)',
          ExpressionAttributeValues: { ':pk': `TICKET#${ticketId}`, ':outbox': 'OUTBOX#' },
        }),
      );
      return Items ?? [];
    },
    sentEmails: async () =>
      (await readSentEmails(endpoints.sesStore)).filter((email) =>
        addresses(email).some((to) => to.includes(runId)),
      ),
    deadLetters: () => readDeadLetters(clients.sqs, env[TICKET_QUEUE.deadLetter.queueUrlEnv]),
    close: () => clients.destroy(),
  });
}
