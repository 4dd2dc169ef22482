// One hostile input through everything a ticket meets in the core, in a process of its own so its
// memory is its own: `node --expose-gc --import tsx scripts/bench/hostile-run.ts <kind> <file>`.
// Prints one JSON line: CPU and wall time of the first run and the median of the rest, and the
// growth of the resident set's peak over what loading the code and reading the file took.
// Driven by scripts/bench-hostile.ts.
import { readFileSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { performance } from 'node:perf_hooks';
import { ingestEmail } from '../../functions/core/ingest/ingest-email';
import { routeTicket } from '../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../functions/core/routing/routing-state';
import { parseTicket, type Ticket } from '../../functions/core/ticket/ticket-schema';
import { outboxItem, ticketItem } from '../../functions/adapters/dynamodb/ticket-items';
import { outboxEmailFor } from '../../functions/shared/outbox-email';
import { exampleLiveConfig } from './example-live-config';

const [kind, file] = process.argv.slice(2);
if ((kind !== 'email' && kind !== 'chat') || file === undefined)
  throw new Error('usage: hostile-run.ts email|chat FILE');

const RECEIVED_AT = Date.parse('2026-12-22T09:15:00Z');
const live = exampleLiveConfig();

async function ticketOf(input: Buffer): Promise<Ticket | undefined> {
  if (kind === 'email') {
    const outcome = await ingestEmail(input, { receivedAt: RECEIVED_AT });
    return outcome.outcome === 'ticket' ? outcome.ticket : undefined;
  }
  const parsed = parseTicket({
    id: 'chat-hostile',
    channel: 'chat',
    receivedAt: new Date(RECEIVED_AT).toISOString(),
    body: input.toString('utf8'),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.ticket;
}

/** Ingest (for mail), routing, the agent's email and the two items the router writes. */
async function processInput(input: Buffer): Promise<number> {
  const ticket = await ticketOf(input);
  if (ticket === undefined) return 0;
  const decision = routeTicket(live.compiled, ticket, RECEIVED_AT, EMPTY_ROUTING_STATE);
  const email = outboxEmailFor({
    ticket,
    decision,
    config: live.config,
    now: RECEIVED_AT,
    followUp: false,
  });
  const items: object[] = [ticketItem(ticket, decision, RECEIVED_AT)];
  if (email.kind === 'email')
    items.push(
      outboxItem(
        ticket.id,
        1,
        email.recipient,
        email.message,
        { token: 't', at: 0 },
        1_900_000_000,
      ),
    );
  return JSON.stringify(items).length;
}

// Loads the language model and compiles the code paths on an ordinary message first: a Lambda
// pays that once, not per mail.
await processInput(
  Buffer.from(
    kind === 'email'
      ? 'From: a@example.com\r\nMessage-ID: <w@example.com>\r\nSubject: hi\r\n\r\nHello, my order has not arrived.\r\n'
      : 'Hello, my order has not arrived.',
  ),
);
const input = readFileSync(file);
globalThis.gc?.();
const peakBefore = process.resourceUsage().maxRSS;

const runs: { cpuMs: number; wallMs: number }[] = [];
let peakGrowthMb = 0;
for (let run = 0; run < 5; run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await processInput(input);
  const used = process.cpuUsage(cpu);
  runs.push({ cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started });
  // The first run's peak: later runs only add the garbage V8 has not collected yet.
  if (run === 0) peakGrowthMb = (process.resourceUsage().maxRSS - peakBefore) / 1024;
  globalThis.gc?.();
}
// postal-mime's share: what reading the MIME structure alone costs, in CPU.
let mimeCpuMs = 0;
if (kind === 'email') {
  const cpu = process.cpuUsage();
  await PostalMime.parse(input);
  const used = process.cpuUsage(cpu);
  mimeCpuMs = (used.user + used.system) / 1000;
}
const rest = runs.slice(1).sort((a, b) => a.cpuMs - b.cpuMs);
const median = rest[Math.floor(rest.length / 2)]!;
console.log(
  JSON.stringify({
    first: runs[0],
    median,
    peakGrowthMb,
    mimeCpuMs,
    heapMb: process.memoryUsage().heapUsed / 1_048_576,
  }),
);
