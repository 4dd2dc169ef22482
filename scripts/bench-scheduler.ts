// `npm run bench:scheduler`: one scheduler run over OPEN open tickets (default 100,000) on DynamoDB
// Local. The tickets are the example company's, routed on a Tuesday at 15:00 UTC and written as
// the router writes them (ticket-items.ts, with the instant the router computes), spread over the
// teams on shift; the run happens at the same instant, so none is due and what is measured is
// what every run pays. BENCH_LISTING=due (default) runs as every run after the last full listing
// does (byFollowUp, `followUpDue <= now`); BENCH_LISTING=all as the first run after a
// configuration change (every open ticket's byTeamStatus entry through the due filter), run after
// run with the function's own timeout until the listing is complete (BENCH_MAX_RUNS, default 30).
// Reports seeding and each run's time, the read units consumed, the Node heap needed, and how
// that compares with the function's timeout and memory.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { meterConsumedCapacity } from '../functions/adapters/dynamodb/consumed-capacity';
import { DynamoDbConfigStore } from '../functions/adapters/dynamodb/dynamodb-config-store';
import { DynamoDbFollowUpStore } from '../functions/adapters/dynamodb/dynamodb-follow-up-store';
import { ticketItem } from '../functions/adapters/dynamodb/ticket-items';
import { nextFollowUpAt } from '../functions/core/followup/next-follow-up';
import { dateHolidaysCalendar } from '../functions/core/holidays/date-holidays-calendar';
import { routeTicket } from '../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../functions/core/routing/routing-state';
import { EMAIL_SENDING } from '../functions/definitions/email-sending';
import { SCHEDULER } from '../functions/definitions/scheduler';
import { CONFIG_TABLE, TICKETS_TABLE } from '../functions/definitions/tables';
import { TICKET_LINKS } from '../functions/definitions/ticket-links';
import { createLocalClients } from '../functions/local-stack/aws-clients';
import { createResources } from '../functions/local-stack/create-resources';
import { createLambdaContext } from '../functions/local-stack/lambda-context';
import { standInEnv } from '../functions/local-stack/stand-in-env';
import { startStandIns } from '../functions/local-stack/stand-ins';
import { awsSchedulerDependencies } from '../functions/scheduler/aws-dependencies';
import { readSchedulerEnvironment } from '../functions/scheduler/environment';
import type { FollowUpSummary } from '../functions/scheduler/run-follow-up';
import { createSchedulerHandler } from '../functions/scheduler/scheduler-handler';
import { CapacityLedger } from './bench/capacity-ledger';
import { exampleLiveConfig } from './bench/example-live-config';
import { sampleTicket } from './bench/sample-messages';

const OPEN = Number(process.env.BENCH_OPEN_TICKETS ?? 100_000);
const LISTING = process.env.BENCH_LISTING ?? 'due';
if (LISTING !== 'due' && LISTING !== 'all') {
  throw new Error(`BENCH_LISTING must be due or all, not ${LISTING}`);
}
const WRITERS = 8;
/** Runs at most, for a full listing that goes on over runs. */
const MAX_RUNS = Number(process.env.BENCH_MAX_RUNS ?? 30);
const AT = Date.parse('2026-12-22T15:00:00Z');

process.env.POWERTOOLS_METRICS_DISABLED = 'true';
const standIns = await startStandIns({ ports: { dynamodb: 0, sqs: 0, sesv2: 0 } });
const clients = createLocalClients(standIns.endpoints);
try {
  const resources = await createResources(clients, { prefix: 'sched' });
  const env = {
    ...standInEnv(standIns.endpoints, resources),
    [EMAIL_SENDING.senderEmailEnv]: 'support@sunroute.local',
    [TICKET_LINKS.secretEnv]: randomBytes(32).toString('base64url'),
  };
  const saved = await new DynamoDbConfigStore(
    clients.documents,
    env[CONFIG_TABLE.tableNameEnv]!,
  ).saveVersion(readFileSync('examples/sunroute.yaml', 'utf8'), {
    holidays: dateHolidaysCalendar,
    savedBy: 'bench',
  });
  const table = env[TICKETS_TABLE.tableNameEnv]!;

  // The example's sample messages routed once each; every open ticket is one of them renamed.
  const live = exampleLiveConfig();
  const routed = Array.from({ length: 8 }, (_, i) => {
    const ticket = sampleTicket(i, `sample-${i}`, new Date(AT).toISOString());
    return { ticket, decision: routeTicket(live.compiled, ticket, AT, EMPTY_ROUTING_STATE) };
  });
  const item = (n: number) => {
    const { ticket, decision } = routed[n % routed.length]!;
    const id = `open-${n}`;
    return ticketItem(
      { ...ticket, id, customer: { ...ticket.customer, id: `customer-${n}` } },
      { ...decision, ticketId: id },
      AT,
      undefined,
      nextFollowUpAt(
        live.compiled,
        { ...decision, decision, acknowledgedAt: null, escalatedAt: null },
        AT,
      ),
    );
  };
  const seedBegan = performance.now();
  let next = 0;
  const writer = async () => {
    while (next < OPEN) {
      const first = next;
      next = Math.min(OPEN, next + 25);
      let requests = Array.from({ length: next - first }, (_, k) => ({
        PutRequest: { Item: item(first + k) },
      }));
      while (requests.length > 0) {
        const result = await clients.documents.send(
          new BatchWriteCommand({ RequestItems: { [table]: requests } }),
        );
        requests = (result.UnprocessedItems?.[table] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  const seedS = (performance.now() - seedBegan) / 1000;
  // Printed before the run, which may take long on DynamoDB Local.
  console.log(`open tickets         ${OPEN} (seeded in ${seedS.toFixed(0)} s), listing ${LISTING}`);

  if (LISTING === 'due') {
    // As a run after the last full listing leaves it: this version listed, the backfill done.
    await new DynamoDbFollowUpStore(clients.documents, table).writeRunState({
      schedule: { configVersion: saved.version, listings: [] },
      backfilled: true,
    });
  }
  const capacity = new CapacityLedger('sched');
  meterConsumedCapacity(clients.dynamodb, capacity.meter);
  const handler = createSchedulerHandler(
    awsSchedulerDependencies(readSchedulerEnvironment(env), {
      logger: new Logger({ serviceName: SCHEDULER.service, logLevel: 'WARN' }),
      metrics: new Metrics({ namespace: SCHEDULER.namespace, serviceName: SCHEDULER.service }),
      clock: () => AT,
      dynamodb: clients.dynamodb,
      sesv2: clients.sesv2,
    }),
  );
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 50);
  // Each run is given the function's own timeout: a full listing stops its pages when the
  // run's reserve is reached and goes on at the next run, all at the same instant.
  const run = async () => {
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const readBefore = capacity.sum().readUnits;
    const summary = (await handler(
      {
        version: '0',
        id: 'bench',
        'detail-type': 'Scheduled Event',
        source: 'aws.events',
        account: '000000000000',
        time: new Date(AT).toISOString(),
        region: env.AWS_REGION!,
        resources: [],
        detail: {},
      },
      createLambdaContext({
        functionName: SCHEDULER.service,
        timeoutMs: SCHEDULER.timeoutSeconds * 1000,
        memoryMb: SCHEDULER.memoryMb,
        region: env.AWS_REGION!,
      }),
    )) as FollowUpSummary;
    const seconds = (performance.now() - began) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      summary,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      readUnits: capacity.sum().readUnits - readBefore,
    };
  };
  const runs: Awaited<ReturnType<typeof run>>[] = [];
  do {
    runs.push(await run());
    const last = runs.at(-1)!;
    console.log(
      `run ${String(runs.length).padStart(2)}               ${last.seconds.toFixed(1)} s (${last.seconds > SCHEDULER.timeoutSeconds ? 'OVER' : 'within'} the function's ${SCHEDULER.timeoutSeconds} s timeout), Node CPU ${last.cpuSeconds.toFixed(1)} s, ${last.readUnits.toFixed(0)} RRU, ${last.summary.listingPages} pages, ${last.summary.open} entries${last.summary.listingLeft ? ', listing goes on' : ''}`,
    );
  } while (runs.at(-1)!.summary.listingLeft && runs.length < MAX_RUNS);
  clearInterval(sampler);
  const used = capacity.sum();
  const seconds = runs.reduce((sum, one) => sum + one.seconds, 0);
  const cpuSeconds = runs.reduce((sum, one) => sum + one.cpuSeconds, 0);
  const entries = runs.reduce((sum, one) => sum + one.summary.open, 0);
  const done = !runs.at(-1)!.summary.listingLeft;
  console.log(
    `scheduler runs       ${runs.length} (${done ? 'listing complete' : `listing NOT complete after ${MAX_RUNS} runs`}), ${seconds.toFixed(1)} s in all, longest ${Math.max(...runs.map((one) => one.seconds)).toFixed(1)} s (timeout ${SCHEDULER.timeoutSeconds} s; runs every ${SCHEDULER.everyMinutes} min), Node CPU ${cpuSeconds.toFixed(1)} s`,
  );
  console.log(`last summary         ${JSON.stringify(runs.at(-1)!.summary)}`);
  console.log(
    `read units           ${used.readUnits.toFixed(0)} RRU in all (${((used.readUnits / OPEN) * 1000).toFixed(0)} per 1,000 open tickets), ${used.writeUnits.toFixed(0)} WRU; ${entries} entries listed`,
  );
  for (const row of capacity.per(1)) {
    console.log(
      `  ${row.where.padEnd(22)} ${row.readUnits.toFixed(0)} RRU, ${row.writeUnits.toFixed(0)} WRU`,
    );
  }
  console.log(
    `heap                 ${mb(heapBefore)} MB before, ${mb(heapPeak)} MB at most during the runs (function memory ${SCHEDULER.memoryMb} MB)`,
  );
} finally {
  clients.destroy();
  await standIns.stop();
}
