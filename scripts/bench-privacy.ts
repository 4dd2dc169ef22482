// `npm run bench:privacy`: finding, exporting and erasing one customer's data on DynamoDB Local.
// Two customers of CUSTOMER_TICKETS tickets each (default 1,000) among OTHER_TICKETS tickets of
// other customers (default 2,000, ten each), all routed by the router's own handler (ticket,
// identifier items, the assignment email in the outbox), and one agent's answer as a conversation
// message on each of the two customers' tickets. One customer is exported and erased in process
// the way `sunroute privacy` does it, the other through the erasure worker's handler as the admin
// API hands it a large erasure. Reports the times, tickets erased per second, the read and write
// units the erasure consumed per ticket, and, from a routing run of tickets without and with a
// customer's address, phone and id, the write units the identifier items add to each routed
// ticket (ReturnConsumedCapacity INDEXES on the router's own calls).
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { meterConsumedCapacity } from '../functions/adapters/dynamodb/consumed-capacity';
import { messageKey } from '../functions/adapters/dynamodb/dynamodb-conversation-store';
import { DynamoDbConfigStore } from '../functions/adapters/dynamodb/dynamodb-config-store';
import { itemBytes } from '../functions/adapters/dynamodb/item-size';
import { dateHolidaysCalendar } from '../functions/core/holidays/date-holidays-calendar';
import { parseIdentifier } from '../functions/core/privacy/customer-identifier';
import { EMAIL_SENDING } from '../functions/definitions/email-sending';
import { PRIVACY } from '../functions/definitions/privacy';
import { CONFIG_TABLE, TICKETS_TABLE } from '../functions/definitions/tables';
import { TICKET_LINKS } from '../functions/definitions/ticket-links';
import { ROUTER_TELEMETRY } from '../functions/definitions/telemetry';
import { createLocalClients } from '../functions/local-stack/aws-clients';
import { createResources } from '../functions/local-stack/create-resources';
import { createLambdaContext } from '../functions/local-stack/lambda-context';
import { standInEnv } from '../functions/local-stack/stand-in-env';
import { startStandIns } from '../functions/local-stack/stand-ins';
import { awsErasureWorkerDependencies } from '../functions/privacy/aws-dependencies';
import { readPrivacyEnvironment } from '../functions/privacy/environment';
import { createErasureWorkerHandler } from '../functions/privacy/erasure-worker';
import { awsDependencies } from '../functions/router/aws-dependencies';
import { readRouterEnvironment } from '../functions/router/environment';
import { createRouterHandler } from '../functions/router/router-handler';
import { awsCustomerPrivacy } from '../functions/shared/aws-customer-privacy';
import { erasureJob } from '../functions/shared/erasure-job';
import { personalDeadLetterQueues } from '../functions/shared/personal-dead-letter-queues';
import { CapacityLedger } from './bench/capacity-ledger';

const CUSTOMER_TICKETS = Number(process.env.BENCH_CUSTOMER_TICKETS ?? 1_000);
const OTHER_TICKETS = Number(process.env.BENCH_OTHER_TICKETS ?? 2_000);
const IDENTIFIER_SAMPLE = 200;
const ROUTER_CONCURRENCY = 4;
/** Tuesday 2026-12-22 10:00 UTC: the one team is on shift. */
const AT = Date.parse('2026-12-22T10:00:00Z');

/** One team on shift, agents without a ticket limit: every ticket is assigned. */
const CONFIG = `
defaultLanguage: en
defaultRegion: EU
routing:
  maxLanguageWait: PT0H
teams:
  - id: emea
    name: EMEA
    region: EU
    timeZone: Europe/Berlin
    languages: [en, de]
    email: emea@example.com
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "18:00" }]
agents:
${Array.from(
  { length: 4 },
  (_, n) => `  - { id: agent-${n}, name: Agent ${n}, email: agent-${n}@example.com, team: emea }`,
).join('\n')}
`;

process.env.POWERTOOLS_METRICS_DISABLED = 'true';
const loadAtStart = loadavg();
const standIns = await startStandIns({ ports: { dynamodb: 0, sqs: 0, sesv2: 0 } });
const clients = createLocalClients(standIns.endpoints);
const capacity = new CapacityLedger('privacy');
meterConsumedCapacity(clients.dynamodb, capacity.meter);

function sqsRecord(body: string, n: number): SQSRecord {
  return {
    messageId: `bench-${n}`,
    receiptHandle: `receipt-${n}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(AT),
      SenderId: 'bench',
      ApproximateFirstReceiveTimestamp: String(AT),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:tickets',
    awsRegion: 'us-east-1',
  };
}

const context: Context = createLambdaContext({
  functionName: 'bench',
  timeoutMs: 60 * 60_000,
  memoryMb: PRIVACY.eraser.memoryMb,
  region: 'us-east-1',
});

interface Customer {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly id?: string;
  readonly country: string;
}

const ticket = (id: string, customer: Customer) =>
  JSON.stringify({
    id,
    channel: 'chat',
    receivedAt: new Date(AT).toISOString(),
    body: 'Hello, my order has not arrived yet. Could you please check where it is?',
    customer,
  });

const customerOf = (label: string, n: number): Customer => ({
  name: `Customer ${label}`,
  email: `customer.${label}@example.com`,
  phone: `+4930${String(1_000_000 + n)}`,
  id: `c-${label}`,
  country: 'DE',
});

try {
  const resources = await createResources(clients, { prefix: 'privacy' });
  const env: Record<string, string> = {
    ...standInEnv(standIns.endpoints, resources),
    [EMAIL_SENDING.senderEmailEnv]: 'support@sunroute.local',
    [TICKET_LINKS.secretEnv]: randomBytes(32).toString('base64url'),
  };
  await new DynamoDbConfigStore(clients.documents, env[CONFIG_TABLE.tableNameEnv]!).saveVersion(
    CONFIG,
    { holidays: dateHolidaysCalendar, savedBy: 'bench' },
  );
  const table = env[TICKETS_TABLE.tableNameEnv]!;
  const router = createRouterHandler(
    awsDependencies(readRouterEnvironment(env), {
      logger: new Logger({ serviceName: ROUTER_TELEMETRY.service, logLevel: 'ERROR' }),
      metrics: new Metrics({
        namespace: ROUTER_TELEMETRY.namespace,
        serviceName: ROUTER_TELEMETRY.service,
      }),
      clock: () => AT,
      dynamodb: clients.dynamodb,
      sqs: clients.sqs,
      sesv2: clients.sesv2,
    }),
  );
  let records = 0;
  /** Routes the bodies ten to an invocation, ROUTER_CONCURRENCY invocations at a time. */
  async function route(bodies: readonly string[]) {
    let next = 0;
    const poller = async () => {
      while (next < bodies.length) {
        const batch = bodies.slice(next, next + 10);
        next += 10;
        const event: SQSEvent = { Records: batch.map((body) => sqsRecord(body, records++)) };
        const { batchItemFailures } = (await router(event, context)) as {
          batchItemFailures: unknown[];
        };
        if (batchItemFailures.length > 0) throw new Error('the router refused a bench ticket');
      }
    };
    await Promise.all(Array.from({ length: ROUTER_CONCURRENCY }, poller));
  }

  // What the identifier items add to a routed ticket: the same tickets without, then with, an
  // address, a phone and a customer id. The first batch warms the router up.
  await route(
    Array.from({ length: 20 }, (_, n) => ticket(`warm-${n}`, { name: 'Warm', country: 'DE' })),
  );
  capacity.clear();
  await route(
    Array.from({ length: IDENTIFIER_SAMPLE }, (_, n) =>
      ticket(`plain-${n}`, { name: 'No Contact', country: 'DE' }),
    ),
  );
  const plain = capacity.per(IDENTIFIER_SAMPLE);
  const plainSum = capacity.sum();
  capacity.clear();
  await route(
    Array.from({ length: IDENTIFIER_SAMPLE }, (_, n) =>
      ticket(`known-${n}`, customerOf(`sample-${n}`, n)),
    ),
  );
  const known = capacity.per(IDENTIFIER_SAMPLE);
  const knownSum = capacity.sum();
  const { Items: identifiers = [] } = await clients.documents.send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :identifier)',
      ExpressionAttributeValues: { ':pk': 'TICKET#known-0', ':identifier': 'IDENTIFIER#' },
    }),
  );
  const identifierSizes = identifiers.map((item) => itemBytes(item));

  // The two customers and everybody else, interleaved as they would arrive.
  const a = customerOf('alpha', 1);
  const b = customerOf('beta', 2);
  const bodies: string[] = [];
  for (let n = 0; n < CUSTOMER_TICKETS; n++) {
    bodies.push(ticket(`alpha-${n}`, a), ticket(`beta-${n}`, b));
  }
  for (let n = 0; n < OTHER_TICKETS; n++) {
    bodies.splice(
      (n * 7919) % bodies.length,
      0,
      ticket(`other-${n}`, customerOf(`other-${n % (OTHER_TICKETS / 10)}`, n)),
    );
  }
  const seedBegan = performance.now();
  await route(bodies);
  // An agent's answer on each of the two customers' tickets, as the conversation store keeps it.
  for (const label of ['alpha', 'beta']) {
    for (let n = 0; n < CUSTOMER_TICKETS; n++) {
      await clients.documents.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...messageKey(`${label}-${n}`, 1),
            sequence: 1,
            from: 'agent',
            agent: 'agent-0',
            at: new Date(AT + 600_000).toISOString(),
            text: 'Your parcel is on its way again; it arrives on Thursday.',
            messageId: `answer-${label}-${n}@example.com`,
          },
        }),
      );
    }
  }
  const seedS = (performance.now() - seedBegan) / 1000;
  console.log(
    `seeded              ${bodies.length} tickets routed and ${2 * CUSTOMER_TICKETS} messages in ${seedS.toFixed(0)} s`,
  );

  const privacy = awsCustomerPrivacy({
    documents: clients.documents,
    sqs: clients.sqs,
    ticketsTable: table,
    deadLetterQueues: personalDeadLetterQueues(env, 'bench'),
    auditSecret: async () => env[TICKET_LINKS.secretEnv]!,
    clock: Date.now,
  });
  const requestOf = (customer: Customer) => ({
    identifier: parseIdentifier('email', customer.email!),
    plusAddressing: 'distinct' as const,
  });

  capacity.clear();
  let began = performance.now();
  const exported = await privacy.export(requestOf(a));
  const exportS = (performance.now() - began) / 1000;
  const exportUnits = capacity.sum();
  const exportItems = exported.tickets.reduce((sum, t) => sum + t.items.length, 0);
  const exportBytes = Buffer.byteLength(JSON.stringify(exported));

  capacity.clear();
  began = performance.now();
  const erased = await privacy.erase(requestOf(a), 'bench');
  const eraseS = (performance.now() - began) / 1000;
  const eraseUnits = capacity.sum();
  const eraseByTable = capacity.per(CUSTOMER_TICKETS);

  // The admin API's way for a large erasure: the record started, the job to the worker.
  const started = await privacy.start(requestOf(b), 'bench');
  const worker = createErasureWorkerHandler(
    awsErasureWorkerDependencies(readPrivacyEnvironment(env), {
      dynamodb: clients.dynamodb,
      sqs: clients.sqs,
      logger: new Logger({ serviceName: PRIVACY.service, logLevel: 'WARN' }),
    }),
  );
  capacity.clear();
  began = performance.now();
  const outcome = await worker(
    {
      Records: [
        sqsRecord(JSON.stringify(erasureJob(started.record.erasureId, requestOf(b))), records++),
      ],
    },
    context,
  );
  const workerS = (performance.now() - began) / 1000;
  const workerUnits = capacity.sum();
  if (outcome.batchItemFailures.length > 0) throw new Error('the erasure worker failed');
  const afterB = await privacy.export(requestOf(b));
  const other = await privacy.export(requestOf(customerOf('other-3', 3)));

  const units = (n: number) => n.toFixed(2);
  const cpu = cpus();
  console.log(
    `machine             ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log(
    `load average        ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
  );
  console.log(
    `identifier items    ${units(knownSum.writeUnits / IDENTIFIER_SAMPLE - plainSum.writeUnits / IDENTIFIER_SAMPLE)} WRU more per routed ticket with address, phone and id (${units(plainSum.writeUnits / IDENTIFIER_SAMPLE)} → ${units(knownSum.writeUnits / IDENTIFIER_SAMPLE)}), ${IDENTIFIER_SAMPLE} tickets each`,
  );
  console.log(
    `  items             ${identifiers.length} per ticket, ${identifierSizes.join(', ')} bytes; on DynamoDB each is a transactional write of at most 1 KB (2 WRU) and one byIdentifier index write`,
  );
  for (const [label, rows] of [
    ['  without', plain],
    ['  with', known],
  ] as const) {
    console.log(
      `${label.padEnd(20)}${rows.map((row) => `${row.where} ${units(row.writeUnits)} WRU`).join(', ')}`,
    );
  }
  console.log(
    `export              ${exported.tickets.length} tickets, ${exportItems} items, ${(exportBytes / 2 ** 20).toFixed(1)} MiB of JSON in ${exportS.toFixed(1)} s (${(exported.tickets.length / exportS).toFixed(0)} tickets/s), ${units(exportUnits.readUnits / CUSTOMER_TICKETS)} RRU per ticket`,
  );
  console.log(
    `erase, in process   ${erased.removed.tickets ?? 0} tickets in ${eraseS.toFixed(1)} s: ${((erased.removed.tickets ?? 0) / eraseS).toFixed(0)} tickets/s; per ticket ${units(eraseUnits.readUnits / CUSTOMER_TICKETS)} RRU, ${units(eraseUnits.writeUnits / CUSTOMER_TICKETS)} WRU; removed ${JSON.stringify(erased.removed)}`,
  );
  for (const row of eraseByTable) {
    console.log(
      `  ${row.where.padEnd(18)}${units(row.readUnits)} RRU, ${units(row.writeUnits)} WRU per ticket`,
    );
  }
  const workerTickets = started.tickets;
  console.log(
    `erase, worker       ${workerTickets} tickets in ${workerS.toFixed(1)} s: ${(workerTickets / workerS).toFixed(0)} tickets/s; per ticket ${units(workerUnits.readUnits / CUSTOMER_TICKETS)} RRU, ${units(workerUnits.writeUnits / CUSTOMER_TICKETS)} WRU (the function's limit: ${PRIVACY.eraser.timeoutSeconds} s)`,
  );
  console.log(
    `left afterwards     ${afterB.tickets.length} tickets of the erased customer; another customer still has ${other.tickets.length}`,
  );
} finally {
  clients.destroy();
  await standIns.stop();
}
