// `npm run bench:e2e`: 2,000 tickets through the local stack of `npm start` — SQS, the local event
// source, the real router handler, DynamoDB Local and the SES stand-in — and, in the same run and
// on the same DynamoDB Local, the raw rate of conditional writes and the rate of the router's own
// DynamoDB calls alone. The ratio e2e ÷ (raw ÷ write calls per ticket) measures
// how close the pipeline comes to its storage limit; e2e ÷ storage alone says what SQS, SES and
// the handler add to the storage work a ticket really costs. It also measures what a ticket costs
// on AWS's meters: DynamoDB read and write units per table and index (as DynamoDB Local reports
// them), SQS and SES requests, the router's and waiting line's GB-seconds and the log bytes the
// router writes at the level it logs at on AWS; docs/cost.md prices them.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { meterConsumedCapacity } from '../functions/adapters/dynamodb/consumed-capacity';
import { ROUTER, TICKET_QUEUE } from '../functions/definitions/queues';
import { ROUTER_TELEMETRY } from '../functions/definitions/telemetry';
import { WAITING_LINE } from '../functions/definitions/waiting-line';
import { TICKETS_TABLE } from '../functions/definitions/tables';
import { startLocalStack } from '../functions/local-stack/local-stack';
import { conditionalWriteRate } from './bench/conditional-write-rate';
import { exampleLiveConfig } from './bench/example-live-config';
import { CapacityLedger } from './bench/capacity-ledger';
import { jvmCpuMs } from './bench/jvm-cpu';
import { sampleTicket } from './bench/sample-messages';
import { ticketMixRate } from './bench/ticket-mix-rate';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 2_000);
/** `BENCH_COST_ONLY=1`: stop after what a ticket costs, without the rates of storage alone. */
const COST_ONLY = process.env.BENCH_COST_ONLY === '1';
const WARM_UP = 100;
const ROUTER_CONCURRENCY = Number(process.env.BENCH_ROUTER_CONCURRENCY ?? 4);
const RAW_CONCURRENCY = 16;
const RAW_WARM_UP = 1_000;
const RAW_MEASURED = 5_000;
const WRITE_COMMANDS = new Set([
  'TransactWriteItemsCommand',
  'UpdateItemCommand',
  'PutItemCommand',
]);
/** Tuesday 15:00 UTC: teams on shift in Europe and North America, so tickets get agents. */
const AT = Date.parse('2026-12-22T15:00:00Z');

/**
 * What Lambda itself writes to a function's log per invocation (START, END and a REPORT line with
 * durations and memory): about 300 bytes, counted from the lines' format.
 */
const PLATFORM_LOG_BYTES_PER_INVOCATION = 300;

// The router's log and metric lines (EMF, which CloudWatch bills as log bytes), as on AWS: counted
// here rather than printed.
let logBytes = 0;
const writeStdout = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array) => {
  logBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
  return true;
}) as typeof process.stdout.write;
const print = (line: string) => writeStdout(`${line}\n`);

const invocations = { router: 0, routerMs: 0, waitingLine: 0, waitingLineMs: 0 };
const stack = await startLocalStack({
  ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
  prefix: 'bench',
  configDocument: readFileSync('examples/sunroute.yaml', 'utf8'),
  routerConcurrency: ROUTER_CONCURRENCY,
  waitTimeSeconds: 1,
  router: {
    clock: () => AT,
    logger: new Logger({ serviceName: ROUTER_TELEMETRY.service }),
    metrics: new Metrics({
      namespace: ROUTER_TELEMETRY.namespace,
      serviceName: ROUTER_TELEMETRY.service,
    }),
  },
  onInvocation: (outcome) => {
    invocations.router += 1;
    invocations.routerMs += outcome.durationMs;
  },
  onWaitingLineInvocation: (outcome) => {
    invocations.waitingLine += 1;
    invocations.waitingLineMs += outcome.durationMs;
  },
  log: { info() {}, warn: console.warn, error: console.error },
});

// Every DynamoDB call of the router, the waiting line and the stores shares this client's
// middleware, so one meter sees them all.
const capacity = new CapacityLedger('bench');
meterConsumedCapacity(stack.clients.dynamodb, capacity.meter);
const requests = new Map<string, number>();
const countRequest = (service: string, command: string | undefined) => {
  const name = `${service} ${(command ?? 'unknown').replace(/Command$/, '')}`;
  requests.set(name, (requests.get(name) ?? 0) + 1);
};
stack.clients.sqs.middlewareStack.add(
  (next, context) => (args) => {
    countRequest('SQS', context.commandName);
    return next(args);
  },
  { step: 'initialize', name: 'benchCountRequests' },
);
stack.clients.sesv2.middlewareStack.add(
  (next, context) => (args) => {
    countRequest('SES', context.commandName);
    return next(args);
  },
  { step: 'initialize', name: 'benchCountRequests' },
);
// Counted on the clients the router uses, so nothing of the router is changed to be measured.
const commands = new Map<string, number>();
/** Items written: a transaction's every item, one per single write. */
let itemsWritten = 0;
stack.clients.dynamodb.middlewareStack.add(
  (next, context) => (args) => {
    const name = context.commandName ?? 'unknown';
    commands.set(name, (commands.get(name) ?? 0) + 1);
    if (WRITE_COMMANDS.has(name)) {
      itemsWritten += (args.input as { TransactItems?: unknown[] }).TransactItems?.length ?? 1;
    }
    return next(args);
  },
  { step: 'initialize', name: 'benchCountCommands' },
);
const sentAt = new Map<string, number>();
const emailedAt = new Map<string, number>();
stack.clients.sesv2.middlewareStack.add(
  (next) => async (args) => {
    const result = await next(args);
    const text = (args.input as { Content?: { Simple?: { Body?: { Text?: { Data?: string } } } } })
      .Content?.Simple?.Body?.Text?.Data;
    const id = /bench-[a-z]+-\d+/.exec(text ?? '')?.[0];
    if (id) emailedAt.set(id, performance.now());
    return result;
  },
  { step: 'initialize', name: 'benchEmailTimes' },
);

const ticket = (run: string, i: number) =>
  sampleTicket(i, `bench-${run}-${i}`, new Date(AT).toISOString());

async function push(run: string, count: number) {
  const chunks: ReturnType<typeof ticket>[][] = [];
  for (let i = 0; i < count; i += 10) {
    chunks.push(Array.from({ length: Math.min(10, count - i) }, (_, k) => ticket(run, i + k)));
  }
  // A few senders at once, as several integrations would.
  const sender = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
      const now = performance.now();
      for (const t of chunk) sentAt.set(t.id, now);
      await stack.clients.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: stack.env[TICKET_QUEUE.queueUrlEnv]!,
          Entries: chunk.map((t, k) => ({ Id: String(k), MessageBody: JSON.stringify(t) })),
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: 4 }, sender));
}

async function allEmailed(run: string, count: number, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  const ids = Array.from({ length: count }, (_, i) => `bench-${run}-${i}`);
  while (performance.now() < deadline) {
    if (ids.every((id) => emailedAt.has(id))) return ids;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const missing = ids.filter((id) => !emailedAt.has(id)).length;
  throw new Error(`${missing} of ${count} tickets were not emailed within ${timeoutMs / 1000} s`);
}

/** CPU seconds the Node process and the DynamoDB Local JVM used since `before`, and cores. */
function cpuSince(before: { node: NodeJS.CpuUsage; jvm: number }, port: number, wallS: number) {
  const node = process.cpuUsage(before.node);
  const nodeS = (node.user + node.system) / 1e6;
  const jvmS = (jvmCpuMs(port) - before.jvm) / 1000;
  return { nodeS, jvmS, nodeCores: nodeS / wallS, jvmCores: jvmS / wallS };
}

const perUnit = (seconds: number, units: number) => `${((seconds * 1000) / units).toFixed(2)} ms`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

try {
  await push('warm', WARM_UP);
  await allEmailed('warm', WARM_UP, 60_000);
  await stack.waitingLine.settled();
  commands.clear();
  itemsWritten = 0;
  capacity.clear();
  requests.clear();
  logBytes = 0;
  Object.assign(invocations, { router: 0, routerMs: 0, waitingLine: 0, waitingLineMs: 0 });

  const dynamoPort = Number(new URL(stack.endpoints.dynamodb).port);
  const cpuBefore = { node: process.cpuUsage(), jvm: jvmCpuMs(dynamoPort) };
  const began = performance.now();
  await push('run', TICKETS);
  const ids = await allEmailed('run', TICKETS, 600_000);
  const elapsedS = (Math.max(...ids.map((id) => emailedAt.get(id)!)) - began) / 1000;
  const cpu = cpuSince(cpuBefore, dynamoPort, (performance.now() - began) / 1000);
  // The waiting line acts on the stream records the run wrote; they belong to its tickets.
  await stack.waitingLine.settled();
  const run = {
    capacity: capacity.per(TICKETS),
    byOperation: capacity.perOperation(TICKETS),
    capacitySum: capacity.sum(),
    requests: new Map(requests),
    logBytes,
    invocations: { ...invocations },
  };
  const e2e = TICKETS / elapsedS;
  const latencies = ids.map((id) => emailedAt.get(id)! - sentAt.get(id)!).sort((a, b) => a - b);
  const perTicket = Object.fromEntries(
    [...commands]
      .sort()
      .map(([name, n]) => [name.replace(/Command$/, ''), +(n / TICKETS).toFixed(2)]),
  );
  const writesPerTicket =
    [...commands].filter(([name]) => WRITE_COMMANDS.has(name)).reduce((sum, [, n]) => sum + n, 0) /
    TICKETS;
  // Before the raw writes, which go through the same client.
  const itemsPerTicket = itemsWritten / TICKETS;

  // What a ticket costs first: it depends on this run alone, and is printed even if the rate
  // measures after it fail (DynamoDB Local times out on locks on a loaded machine).
  print(
    `tickets                      ${TICKETS} (after ${WARM_UP} to warm up), router concurrency ${ROUTER_CONCURRENCY}`,
  );
  print(`end to end                   ${e2e.toFixed(0)} tickets/s (${elapsedS.toFixed(1)} s)`);
  print(
    `send → email                 p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
  );
  print(`DynamoDB calls per ticket    ${JSON.stringify(perTicket)}`);
  print(`write calls per ticket       ${writesPerTicket.toFixed(2)}`);
  print(
    `CPU per ticket, end to end   Node ${perUnit(cpu.nodeS, TICKETS)} (${cpu.nodeCores.toFixed(2)} cores), JVM ${perUnit(cpu.jvmS, TICKETS)} (${cpu.jvmCores.toFixed(2)} cores)`,
  );
  const units = (n: number) => n.toFixed(2);
  print('per ticket, as AWS would bill it:');
  for (const row of run.capacity) {
    print(
      `  DynamoDB ${row.where.padEnd(24)} ${units(row.readUnits)} RRU, ${units(row.writeUnits)} WRU`,
    );
  }
  for (const row of run.byOperation) {
    print(
      `  DynamoDB ${row.where.padEnd(24)} ${units(row.readUnits)} RRU, ${units(row.writeUnits)} WRU`,
    );
  }
  print(
    `  DynamoDB total                    ${units(run.capacitySum.readUnits / TICKETS)} RRU, ${units(run.capacitySum.writeUnits / TICKETS)} WRU (successful calls only)`,
  );
  for (const [name, n] of [...run.requests].sort()) {
    print(`  ${name.padEnd(33)} ${units(n / TICKETS)} requests`);
  }
  const gbSeconds = (ms: number, memoryMb: number) => ((ms / 1000) * memoryMb) / 1024;
  const { router, routerMs, waitingLine, waitingLineMs } = run.invocations;
  print(
    `  router Lambda                     ${units(router / TICKETS)} invocations, ${(routerMs / TICKETS).toFixed(1)} ms, ${(gbSeconds(routerMs, ROUTER.memoryMb) / TICKETS).toFixed(5)} GB-s at ${ROUTER.memoryMb} MB`,
  );
  print(
    `  waiting-line Lambda               ${units(waitingLine / TICKETS)} invocations, ${(waitingLineMs / TICKETS).toFixed(1)} ms, ${(gbSeconds(waitingLineMs, WAITING_LINE.memoryMb) / TICKETS).toFixed(5)} GB-s at ${WAITING_LINE.memoryMb} MB`,
  );
  print(
    `  router log                        ${(run.logBytes / TICKETS).toFixed(0)} bytes (Powertools lines and EMF metrics) + ${((PLATFORM_LOG_BYTES_PER_INVOCATION * (router + waitingLine)) / TICKETS).toFixed(0)} bytes of Lambda's own lines`,
  );

  if (!COST_ONLY) {
    const rawCpuBefore = { node: process.cpuUsage(), jvm: jvmCpuMs(dynamoPort) };
    const rawBegan = performance.now();
    const raw = await conditionalWriteRate(
      stack.clients.dynamodb,
      stack.env[TICKETS_TABLE.tableNameEnv]!,
      {
        concurrency: RAW_CONCURRENCY,
        warmUpWrites: RAW_WARM_UP,
        measuredWrites: RAW_MEASURED,
      },
    );
    const rawCpu = cpuSince(rawCpuBefore, dynamoPort, (performance.now() - rawBegan) / 1000);
    const rawWrites = RAW_WARM_UP + RAW_MEASURED;
    // The router's DynamoDB sequence alone, with as many tickets in flight as the pollers hold.
    const mixConcurrency = ROUTER_CONCURRENCY * ROUTER.batchSize;
    const storageAlone = await ticketMixRate(stack.clients, exampleLiveConfig(), {
      prefix: 'bench-mix',
      at: AT,
      concurrency: mixConcurrency,
      warmUpTickets: WARM_UP,
      measuredTickets: TICKETS,
    });
    const ceiling = raw / writesPerTicket;
    const itemCeiling = raw / itemsPerTicket;
    print(
      `raw conditional writes       ${raw.toFixed(0)} /s (concurrency ${RAW_CONCURRENCY}, same DynamoDB Local)`,
    );
    print(
      `storage ceiling              ${ceiling.toFixed(0)} tickets/s (raw ÷ write calls per ticket)`,
    );
    print(
      `CPU per raw write            Node ${perUnit(rawCpu.nodeS, rawWrites)} (${rawCpu.nodeCores.toFixed(2)} cores), JVM ${perUnit(rawCpu.jvmS, rawWrites)} (${rawCpu.jvmCores.toFixed(2)} cores)`,
    );
    print(`ratio e2e ÷ ceiling          ${(e2e / ceiling).toFixed(2)} (target ≥ 0.7)`);
    print(
      `storage alone                ${storageAlone.toFixed(0)} tickets/s (the router's DynamoDB calls without SQS, SES or handler, ${mixConcurrency} tickets in flight): e2e ÷ storage alone ${(e2e / storageAlone).toFixed(2)}`,
    );
    print(
      `items written per ticket     ${itemsPerTicket.toFixed(2)}: ceiling ${itemCeiling.toFixed(0)} tickets/s, ratio ${(e2e / itemCeiling).toFixed(2)}`,
    );
  }
} finally {
  await stack.stop();
}
