// Reports at scale, for docs/benchmarks.md ("Reports"):
// - the fold: 1,000,000 simulated tickets (with their history and survey answers) turned into
//   hourly cell increments and added up in memory, as the reports function does per stream
//   record: tickets per second of the fold alone (generating the tickets is not counted);
// - the read: 90 days of those aggregates written to DynamoDB Local's reports table, then
//   `GET /reports` by team, by agent and by hour of the week read back (the same readReport),
//   median and slowest of several runs after one warm-up.
// `npm run bench:reports` (`-- --tickets=N --runs=N`).
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { DateTime } from 'luxon';
import {
  cellKey,
  DynamoDbReportsStore,
} from '../functions/adapters/dynamodb/dynamodb-reports-store';
import { foldChange } from '../functions/core/reports/fold-change';
import type { CellDelta } from '../functions/core/reports/report-counters';
import { parseReportQuery } from '../functions/core/reports/report-query';
import { REPORTS_TABLE } from '../functions/definitions/tables';
import { createLocalClients } from '../functions/local-stack/aws-clients';
import { createTables } from '../functions/local-stack/create-tables';
import { startStandIns } from '../functions/local-stack/stand-ins';
import { readReport } from '../functions/shared/read-report';
import { demoTeams, simulatedHistory } from './demo/simulated-history';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TICKETS = option('tickets', 1_000_000);
const RUNS = option('runs', 7);
const DAYS = 90;
const END = Date.parse('2026-12-01T00:00:00Z');
const START = END - DAYS * 86_400_000;

// The fold, in memory: cells keyed as the table keys them, increments added as ADD adds them.
const cells = new Map<
  string,
  { dimension: string; hour: string; value: string; add: Record<string, number> }
>();
const addCells = (deltas: readonly CellDelta[]) => {
  for (const delta of deltas) {
    const key = `${delta.dimension}#${delta.hour}#${delta.value}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { ...delta, add: {} }));
    for (const [name, amount] of Object.entries(delta.add)) {
      cell.add[name] = (cell.add[name] ?? 0) + amount;
    }
  }
};
let folded = 0;
let foldMs = 0;
for (const item of simulatedHistory({ teams: demoTeams(), count: TICKETS, from: START, to: END })) {
  const started = performance.now();
  addCells(foldChange(undefined, item));
  foldMs += performance.now() - started;
  if (item.sk === 'TICKET') folded += 1;
}
console.log(
  `fold: ${folded} tickets (with survey answers) in ${(foldMs / 1000).toFixed(2)} s of folding = ${Math.round(folded / (foldMs / 1000))} tickets/s; ${cells.size} hourly cells over ${DAYS} days`,
);

const standIns = await startStandIns({ ports: { dynamodb: 0, sqs: 0, sesv2: 0 } });
const clients = createLocalClients(standIns.endpoints);
try {
  const names = await createTables(clients.dynamodb, 'bench', [REPORTS_TABLE]);
  const table = names[REPORTS_TABLE.tableNameEnv]!;
  const items = [...cells.values()].map((cell) => ({
    ...cellKey(cell.dimension, cell.hour, cell.value),
    ...cell.add,
  }));
  const writeStarted = performance.now();
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < batches.length) {
        let pending = batches[next++]!.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length > 0) {
          const { UnprocessedItems } = await clients.documents.send(
            new BatchWriteCommand({ RequestItems: { [table]: pending } }),
          );
          pending = (UnprocessedItems?.[table] ?? []) as typeof pending;
        }
      }
    }),
  );
  console.log(
    `wrote ${items.length} cells to DynamoDB Local in ${((performance.now() - writeStarted) / 1000).toFixed(1)} s`,
  );
  const store = new DynamoDbReportsStore(clients.documents, table);
  for (const by of ['team', 'agent', 'language', 'hour']) {
    const parsed = parseReportQuery(
      { from: '2026-09-02', to: '2026-11-30', by, zone: 'Europe/Berlin' },
      DateTime.utc(),
    );
    if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
    const times: number[] = [];
    let received = 0;
    for (let run = 0; run <= RUNS; run++) {
      const started = performance.now();
      const report = await readReport(store, parsed.query);
      if (run > 0) times.push(performance.now() - started);
      received = report.total.received;
    }
    times.sort((a, b) => a - b);
    console.log(
      `90-day report by ${by}: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms (${RUNS} runs after a warm-up; ${received} tickets)`,
    );
  }
} finally {
  clients.destroy();
  await standIns.stop();
}
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}, ${new Date().toISOString().slice(0, 10)}`,
);
