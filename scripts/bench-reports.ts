// Reports at scale, for docs/benchmarks.md ("Reports"):
// - the fold: 1,000,000 simulated tickets (queues, handovers, escalations, resolutions, reopened
//   threads, survey answers) cut into the stream records their changes make (a new ticket, then
//   one record per history event, a survey answer), in stream order, in batches of 100 as Lambda
//   delivers them, folded by the reports function's own foldChanges into a store that adds the
//   increments in memory as DynamoDB's ADD would: tickets per second of the fold (making the
//   records is not counted; unmarshalling stream images is not part of it either), and the
//   writes it asks for (markers and cell updates, transactions) per ticket;
// - the read: the resulting 90 days of aggregates written to DynamoDB Local's reports table,
//   each day compacted as the reports function compacts a day that is over (its sketches
//   encoded), then `GET /reports` by team, agent, language and hour of the week read back (the
//   same readReport), median and slowest of several runs after one warm-up.
// `npm run bench:reports` (`-- --tickets=N --runs=N`).
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { DateTime } from 'luxon';
import type { ReportsStore } from '../functions/adapters/reports-store';
import {
  cellKey,
  DynamoDbReportsStore,
} from '../functions/adapters/dynamodb/dynamodb-reports-store';
import type { FoldGroup } from '../functions/core/reports/fold-batch';
import type { TicketEvent } from '../functions/core/followup/ticket-history';
import { parseReportQuery } from '../functions/core/reports/report-query';
import { REPORTS_TABLE } from '../functions/definitions/tables';
import { createLocalClients } from '../functions/local-stack/aws-clients';
import { createTables } from '../functions/local-stack/create-tables';
import { startStandIns } from '../functions/local-stack/stand-ins';
import { foldChanges, type Change } from '../functions/reports/fold-changes';
import { readReport } from '../functions/shared/read-report';
import { demoTeams, simulatedHistory, type Item } from './demo/simulated-history';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TICKETS = option('tickets', 1_000_000);
const RUNS = option('runs', 7);
const BATCH = 100;
const DAYS = 90;
const END = Date.parse('2026-12-01T00:00:00Z');
const START = END - DAYS * 86_400_000;

/**
 * The reports table in memory: the groups the fold asks to write are kept during the timed fold
 * and added up after it, as DynamoDB's ADD would (the table's work is not the fold's).
 */
class MemoryCells implements Pick<ReportsStore, 'fold'> {
  readonly cells = new Map<
    string,
    { key: { pk: string; sk: string }; add: Record<string, number> }
  >();
  readonly pending: FoldGroup[] = [];
  transactions = 0;
  markers = 0;
  updates = 0;

  async fold(group: FoldGroup) {
    this.pending.push(group);
    return { replayed: [] };
  }

  apply() {
    for (const group of this.pending.splice(0)) {
      this.transactions += 1;
      this.markers += group.markers.length;
      this.updates += group.cells.length;
      for (const cell of group.cells) {
        const key = cellKey(cell.dimension, cell.hour, cell.value);
        const name = `${key.pk}/${key.sk}`;
        let stored = this.cells.get(name);
        if (!stored) this.cells.set(name, (stored = { key, add: {} }));
        for (const counter in cell.add) {
          stored.add[counter] = (stored.add[counter] ?? 0) + cell.add[counter]!;
        }
      }
    }
  }
}

/** A min-heap of records by the instant they are written. */
class Timeline {
  readonly #items: { at: number; change: Change }[] = [];
  get size() {
    return this.#items.length;
  }
  push(at: number, change: Change) {
    const items = this.#items;
    items.push({ at, change });
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (items[parent]!.at <= items[i]!.at) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }
  peek() {
    return this.#items[0]?.at ?? Infinity;
  }
  pop(): Change {
    const items = this.#items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < items.length && items[left]!.at < items[least]!.at) least = left;
        if (right < items.length && items[right]!.at < items[least]!.at) least = right;
        if (least === i) break;
        [items[least], items[i]] = [items[i]!, items[least]!];
        i = least;
      }
    }
    return top.change;
  }
}

let recordNumber = 0;
const recordId = () => `bench-${recordNumber++}`;

/**
 * The stream records of a ticket item: its first write (the router's: queued or assigned), then
 * one change per later history event; waited time shows once the ticket was assigned.
 */
function ticketRecords(item: Item, timeline: Timeline, reopens: Item | undefined) {
  const history = item.history as TicketEvent[];
  let before: Item | undefined;
  let assigned = false;
  history.forEach((event, index) => {
    assigned ||= event.event === 'assigned';
    const { waitedMs, ...rest } = item;
    const after: Item = {
      ...rest,
      history: history.slice(0, index + 1),
      ...(assigned && waitedMs !== undefined ? { waitedMs } : {}),
    };
    timeline.push(Date.parse(event.at), {
      id: recordId(),
      before,
      after,
      ...(index === 0 && reopens
        ? { reopens: { earlier: reopens, at: String(item.receivedAt), earlierReturns: [] } }
        : {}),
    });
    before = after;
  });
}

const store = new MemoryCells();
const timeline = new Timeline();
let batch: Change[] = [];
let tickets = 0;
let records = 0;
let foldMs = 0;
let foldCpuMs = 0;
const fold = async () => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await foldChanges(store, () => END, batch, new Map());
  foldMs += performance.now() - started;
  const used = process.cpuUsage(cpu);
  foldCpuMs += (used.user + used.system) / 1000;
  store.apply();
  records += batch.length;
  batch = [];
};
const emitUntil = async (at: number) => {
  while (timeline.size > 0 && timeline.peek() <= at) {
    batch.push(timeline.pop());
    if (batch.length === BATCH) await fold();
  }
};
let previous: Item | undefined;
for (const item of simulatedHistory({
  teams: demoTeams(),
  count: TICKETS,
  from: START,
  to: END,
  inOrder: true,
})) {
  if (item.sk === 'TICKET') {
    // A ticket in the thread of the one before it (the handler reads that one from the table);
    // the others arrive in order, and what happened before one arrived is folded first.
    const reopens = previous && previous.threadKey === item.threadKey ? previous : undefined;
    if (!reopens) await emitUntil(Date.parse(String(item.receivedAt)));
    tickets += 1;
    ticketRecords(item, timeline, reopens);
    previous = item;
  } else {
    const { score, ...offered } = item;
    void score;
    timeline.push(Date.parse(String(item.answeredAt)), {
      id: recordId(),
      before: offered,
      after: item,
    });
  }
}
await emitUntil(Infinity);
if (batch.length > 0) await fold();
const per = (count: number) => (count / tickets).toFixed(2);
console.log(
  `fold: ${tickets} tickets (${records} stream records, batches of ${BATCH}) in ${(foldMs / 1000).toFixed(2)} s of folding = ${Math.round(tickets / (foldMs / 1000))} tickets/s (${(foldCpuMs / 1000).toFixed(2)} s of CPU: ${Math.round(tickets / (foldCpuMs / 1000))} tickets per CPU-second)`,
);
console.log(
  `writes per ticket: ${per(store.markers + store.updates)} (${per(store.markers)} markers + ${per(store.updates)} cell updates) in ${per(store.transactions)} transactions; ${store.cells.size} cells over ${DAYS} days`,
);

const standIns = await startStandIns({ ports: { dynamodb: 0, sqs: 0, sesv2: 0 } });
const clients = createLocalClients(standIns.endpoints);
try {
  const names = await createTables(clients.dynamodb, 'bench', [REPORTS_TABLE]);
  const table = names[REPORTS_TABLE.tableNameEnv]!;
  const items = [...store.cells.values()].map((cell) => ({ ...cell.key, ...cell.add }));
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
  const reports = new DynamoDbReportsStore(clients.documents, table);
  // The reports function compacts each day once it is over; the simulated days all are.
  const compactStarted = performance.now();
  let compacted = 0;
  for (let day = START; day < END; day += 86_400_000) {
    compacted += (await reports.compactDay(new Date(day).toISOString().slice(0, 10), END)) ?? 0;
  }
  console.log(
    `compacted ${compacted} cells (${DAYS} days) in ${((performance.now() - compactStarted) / 1000).toFixed(1)} s`,
  );
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
      const report = await readReport(reports, parsed.query);
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
