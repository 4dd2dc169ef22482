// `npm run bench:hot-keys`: what one busy team does to the tickets table's hottest keys. The local
// stack of `npm start` gets a steady RATE tickets a second for SECONDS seconds, half of them in
// German for a team of 20 agents and half in English for a team of 2, both always on shift and
// without a limit on open tickets, so every ticket takes an agent-load item of its team and its
// team's byTeamStatus partition. It reports refused transactions by reason (a conflict is retried
// by the router), time from send to the agent's email, and the busiest second of the busiest
// keys: each item written (agent loads), and each index partition written (a team's `assigned`
// partition of byTeamStatus), in write units as DynamoDB Local reports them, against DynamoDB's
// per-partition limits of 1,000 write and 3,000 read units a second.
import { performance } from 'node:perf_hooks';
import { Logger } from '@aws-lambda-powertools/logger';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { meterConsumedCapacity } from '../functions/adapters/dynamodb/consumed-capacity';
import { TICKET_QUEUE } from '../functions/definitions/queues';
import { startLocalStack } from '../functions/local-stack/local-stack';
import { CapacityLedger } from './bench/capacity-ledger';

const RATE = Number(process.env.HOT_RATE ?? 50);
const SECONDS = Number(process.env.HOT_SECONDS ?? 120);
const ROUTER_CONCURRENCY = Number(process.env.HOT_ROUTER_CONCURRENCY ?? 4);
/** Tuesday 15:00 UTC. */
const AT = Date.parse('2026-12-22T15:00:00Z');
const WRITE_LIMIT = 1_000;
const READ_LIMIT = 3_000;

const allWeek = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' },
];
const TEAMS = [
  { id: 'big', region: 'EU', timeZone: 'Europe/Berlin', language: 'de', agents: 20 },
  { id: 'small', region: 'NA', timeZone: 'America/New_York', language: 'en', agents: 2 },
] as const;
const config = {
  defaultLanguage: 'en',
  defaultRegion: 'NA',
  teams: TEAMS.map((team) => ({
    id: team.id,
    name: team.id,
    region: team.region,
    timeZone: team.timeZone,
    languages: [team.language],
    email: `${team.id}@example.com`,
    shifts: allWeek,
  })),
  agents: TEAMS.flatMap((team) =>
    Array.from({ length: team.agents }, (_, i) => ({
      id: `${team.id}-${i}`,
      name: `${team.id} ${i}`,
      email: `${team.id}-${i}@example.com`,
      team: team.id,
    })),
  ),
};
const BODIES = {
  de: 'Hallo, meine Bestellung vom 3. Dezember ist immer noch nicht angekommen, obwohl die Sendungsverfolgung seit Tagen zugestellt anzeigt. Können Sie bitte beim Paketdienst nachfragen? Vielen Dank, Jonas',
  en: 'Hi there, I ordered a pair of running shoes two weeks ago and the tracking page has said label created ever since. Could you check with the carrier what is going on? Thanks, Sam',
} as const;

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const stack = await startLocalStack({
  ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
  prefix: 'hot',
  configDocument: JSON.stringify(config),
  routerConcurrency: ROUTER_CONCURRENCY,
  waitTimeSeconds: 1,
  router: { clock: () => AT, logger: new Logger({ logLevel: 'ERROR' }) },
  log: { info() {}, warn: console.warn, error: console.error },
});
/** Per second of the run, per key: write (or read) units. */
const perSecond = new Map<string, Map<number, number>>();
const began = performance.now();
const second = () => Math.floor((performance.now() - began) / 1000);
function charge(key: string, units: number) {
  const seconds = perSecond.get(key) ?? new Map<number, number>();
  const now = second();
  seconds.set(now, (seconds.get(now) ?? 0) + units);
  perSecond.set(key, seconds);
}

const refusals = new Map<string, number>();
let transactions = 0;
const capacity = new CapacityLedger('hot');
meterConsumedCapacity(stack.clients.dynamodb, capacity.meter);

/** Document commands reach this middleware with plain values, low-level ones with `{ S }`. */
type Value = string | { S?: string } | undefined;
type Item = Record<string, Value>;
const str = (value: Value) => (typeof value === 'string' ? value : value?.S);
interface TransactItem {
  Put?: { Item: Item };
  Update?: { Key: Item; ExpressionAttributeValues?: Item };
  ConditionCheck?: { Key: Item };
}
// Each transaction's units, as DynamoDB reports them for the table and each index, are shared out
// among the keys it wrote: base-table items by `pk` and index partitions by their key values.
stack.clients.dynamodb.middlewareStack.add(
  (next, context) => async (args) => {
    const name = context.commandName;
    const input = args.input as {
      TransactItems?: TransactItem[];
      RequestItems?: Record<string, { Keys: Item[] }>;
    };
    if (name === 'BatchGetItemCommand') {
      // Consistent reads of agent loads: one unit per item of up to 4 KB.
      for (const { Keys } of Object.values(input.RequestItems ?? {})) {
        for (const key of Keys) charge(`read ${str(key.pk)}`, 1);
      }
    }
    if (name !== 'TransactWriteItemsCommand') return next(args);
    transactions += 1;
    try {
      const result = await next(args);
      const consumed =
        (
          result.output as {
            ConsumedCapacity?: {
              Table?: { CapacityUnits?: number };
              GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
            }[];
          }
        ).ConsumedCapacity?.[0] ?? {};
      const items = input.TransactItems ?? [];
      const keys = items.map((item) =>
        str((item.Put?.Item ?? item.Update?.Key ?? item.ConditionCheck?.Key)?.pk),
      );
      // The ticket item is the only large one; the others (loads, outbox, line) are a unit or two.
      for (const key of keys) if (key?.startsWith('AGENT#')) charge(`write ${key}`, 2);
      const teamStatuses = items.flatMap((item) => {
        const value =
          str(item.Put?.Item.teamStatus) ??
          str(item.Update?.ExpressionAttributeValues?.[':teamStatus']);
        return value ? [value] : [];
      });
      const indexUnits = consumed.GlobalSecondaryIndexes?.byTeamStatus?.CapacityUnits ?? 0;
      for (const value of teamStatuses)
        charge(`byTeamStatus ${value}`, indexUnits / teamStatuses.length);
      return result;
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      const code =
        reasons?.map((reason) => reason.Code).find((c) => c && c !== 'None') ??
        (error as Error).name;
      refusals.set(code, (refusals.get(code) ?? 0) + 1);
      throw error;
    }
  },
  { step: 'initialize', name: 'hotKeys' },
);

const sentAt = new Map<string, number>();
const emailedAt = new Map<string, number>();
stack.clients.sesv2.middlewareStack.add(
  (next) => async (args) => {
    const result = await next(args);
    const text = (args.input as { Content?: { Simple?: { Body?: { Text?: { Data?: string } } } } })
      .Content?.Simple?.Body?.Text?.Data;
    const id = /hot-(big|small)-\d+/.exec(text ?? '')?.[0];
    if (id) emailedAt.set(id, performance.now());
    return result;
  },
  { step: 'initialize', name: 'hotEmailTimes' },
);

const ticket = (team: (typeof TEAMS)[number], i: number) => ({
  id: `hot-${team.id}-${i}`,
  channel: 'chat',
  receivedAt: new Date(AT).toISOString(),
  subject: 'Order',
  body: BODIES[team.language],
  customer: { id: `customer-${team.id}-${i}`, locale: team.language === 'de' ? 'de-DE' : 'en-US' },
  priority: 'normal',
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

try {
  // Sends RATE a second in batches of 10, alternating teams, on a fixed timetable; a send that
  // falls behind the timetable is counted.
  const perTeam = RATE / TEAMS.length;
  const total = RATE * SECONDS;
  let late = 0;
  const sends: Promise<unknown>[] = [];
  for (let batch = 0; batch * 10 < total; batch += 1) {
    const due = began + (batch * 10 * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    else if (wait < -1000) late += 1;
    const team = TEAMS[batch % TEAMS.length]!;
    const first = Math.floor(batch / TEAMS.length) * 10;
    const tickets = Array.from({ length: 10 }, (_, k) => ticket(team, first + k));
    const now = performance.now();
    for (const t of tickets) sentAt.set(t.id, now);
    sends.push(
      stack.clients.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: stack.env[TICKET_QUEUE.queueUrlEnv]!,
          Entries: tickets.map((t, k) => ({ Id: String(k), MessageBody: JSON.stringify(t) })),
        }),
      ),
    );
  }
  await Promise.all(sends);
  const sentS = (performance.now() - began) / 1000;
  const deadline = performance.now() + 30 * 60_000;
  while (emailedAt.size < sentAt.size && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const drainedS = (performance.now() - began) / 1000;
  const latencies = [...sentAt]
    .filter(([id]) => emailedAt.has(id))
    .map(([id, at]) => emailedAt.get(id)! - at)
    .sort((a, b) => a - b);
  const busiest = (prefix: string) =>
    [...perSecond]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, seconds]) => ({
        key: key.slice(prefix.length),
        peak: Math.max(...seconds.values()),
      }))
      .sort((a, b) => b.peak - a.peak)
      .slice(0, 3);

  console.log(
    `sent                       ${sentAt.size} tickets in ${sentS.toFixed(1)} s (${RATE}/s asked, ${perTeam}/s per team; ${late} batches over a second late), router concurrency ${ROUTER_CONCURRENCY}`,
  );
  console.log(
    `emailed                    ${emailedAt.size} by ${drainedS.toFixed(1)} s: ${(emailedAt.size / drainedS).toFixed(1)} tickets/s drained`,
  );
  console.log(
    `send → email               p50 ${(percentile(latencies, 50) / 1000).toFixed(1)} s, p99 ${(percentile(latencies, 99) / 1000).toFixed(1)} s`,
  );
  const refused = [...refusals].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
  console.log(
    `transactions               ${transactions} (${(transactions / sentAt.size).toFixed(3)} per ticket), refused: ${refused}`,
  );
  for (const [label, prefix, limit] of [
    ['busiest item writes', 'write ', WRITE_LIMIT],
    ['busiest index partitions', 'byTeamStatus ', WRITE_LIMIT],
    ['busiest item reads', 'read ', READ_LIMIT],
  ] as const) {
    const rows = busiest(prefix)
      .map((row) => `${row.key} ${row.peak.toFixed(0)}/s`)
      .join(', ');
    const peak = busiest(prefix)[0]?.peak ?? 0;
    console.log(
      `${label.padEnd(26)} ${rows} (peak second; limit ${limit}/s: ${peak > limit ? 'EXCEEDED' : 'within'})`,
    );
  }
  const sum = capacity.sum();
  console.log(
    `capacity per ticket        ${(sum.readUnits / sentAt.size).toFixed(2)} RRU, ${(sum.writeUnits / sentAt.size).toFixed(2)} WRU`,
  );
} finally {
  await stack.stop();
}
