// `sunroute send` puts tickets on a fauxqs queue that a reader gets back unchanged: in-process
// through main(), and as a newcomer runs it — `bin/sunroute.mjs` in its own process, with no
// AWS environment and no help resolving fauxqs's sqs.<region>.localhost queue host.
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import { createQueues } from '../../../functions/local-stack/create-queues';
import { memoryIo } from '../../unit/cli/memory-io';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
afterAll(() => clients.destroy());
afterEach(() => vi.unstubAllEnvs());

const EXAMPLE = readFileSync(
  new URL('../../../examples/tickets/de-order-missing.json', import.meta.url),
  'utf8',
);

async function freshQueue(): Promise<string> {
  const queues = await createQueues(clients.sqs, `${prefix}-send-${randomUUID().slice(0, 8)}`);
  return queues[TICKET_QUEUE.queueUrlEnv]!;
}

/** Every message on the queue, received (and so hidden) until none is left. */
async function drain(queueUrl: string): Promise<{ id: string; body: string }[]> {
  const received: { id: string; body: string }[] = [];
  for (;;) {
    const { Messages = [] } = await clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }),
    );
    if (Messages.length === 0) return received;
    received.push(...Messages.map((m) => ({ id: m.MessageId!, body: m.Body! })));
  }
}

function ticket(index: number) {
  return {
    id: `send-${index}`,
    channel: 'web',
    receivedAt: '2026-12-22T09:15:00Z',
    body: `Ticket number ${index}`,
  };
}

describe('sunroute send', () => {
  it('sends an array in batches and prints each ticket’s message id', async () => {
    const queueUrl = await freshQueue();
    const tickets = Array.from({ length: 23 }, (_, index) => ticket(index));
    const run = memoryIo({ 'tickets.json': JSON.stringify(tickets) });

    const code = await main(['send', '--ticket', 'tickets.json', '--queue-url', queueUrl], run.io);

    expect(run.errLines()).toEqual([]);
    expect(code).toBe(0);
    const printed = run
      .out()
      .trimEnd()
      .split('\n')
      .map((line) => line.split(' → '));
    expect(printed.map(([label]) => label)).toEqual(tickets.map((t) => t.id));
    const received = await drain(queueUrl);
    expect(received.map((m) => m.body).sort()).toEqual(
      tickets.map((t) => JSON.stringify(t)).sort(),
    );
    expect(new Set(received.map((m) => m.id))).toEqual(new Set(printed.map(([, id]) => id)));
  });

  it('reads JSON lines from stdin and takes the queue from TICKET_QUEUE_URL', async () => {
    const queueUrl = await freshQueue();
    vi.stubEnv(TICKET_QUEUE.queueUrlEnv, queueUrl);
    const lines = [ticket(1), ticket(2)].map((t) => JSON.stringify(t)).join('\n');
    const run = memoryIo({}, `${lines}\n`);

    expect(await main(['send', '--ticket', '-'], run.io)).toBe(0);
    expect(run.out()).toMatch(/^send-1 → \S+\nsend-2 → \S+\n$/);
    expect((await drain(queueUrl)).map((m) => m.body).sort()).toEqual(lines.split('\n'));
  });

  it('with --raw, sends a malformed body as it is', async () => {
    const queueUrl = await freshQueue();
    const run = memoryIo({}, 'this is not a ticket\n');
    expect(await main(['send', '--ticket', '-', '--raw', '--queue-url', queueUrl], run.io)).toBe(0);
    expect(run.out()).toMatch(/^#1 → \S+\n$/);
    expect((await drain(queueUrl)).map((m) => m.body)).toEqual(['this is not a ticket']);
  });

  it('exits 1 naming the queue when SQS refuses', async () => {
    const missing = (await freshQueue()).replace(/[^/]+$/, 'no-such-queue');
    const run = memoryIo({ 't.json': EXAMPLE });
    expect(await main(['send', '--ticket', 't.json', '--queue-url', missing], run.io)).toBe(1);
    expect(run.errLines()).toHaveLength(1);
    expect(run.errLines()[0]).toMatch(/^sunroute: /);
  });

  it('works from the command line with only the queue URL, as after npm start', async () => {
    const queueUrl = await freshQueue();
    expect(new URL(queueUrl).hostname).toMatch(/\.localhost$/);
    const bin = fileURLToPath(new URL('../../../bin/sunroute.mjs', import.meta.url));
    const example = fileURLToPath(
      new URL('../../../examples/tickets/de-order-missing.json', import.meta.url),
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'send', '--ticket', example, '--queue-url', queueUrl],
      // No AWS variables at all, and a fresh process: no DNS interception either.
      { env: { PATH: process.env.PATH, HOME: process.env.HOME }, timeout: 20_000 },
    );
    expect(stdout).toMatch(/^email-20261222-0915-a1f3 → [0-9a-f-]{36}\n$/);
    expect((await drain(queueUrl)).map((m) => m.body)).toEqual([EXAMPLE.trim()]);
  });
});
