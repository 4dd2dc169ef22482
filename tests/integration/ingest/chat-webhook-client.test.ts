// A chat client as an integrator writes one: a post without an id of its own retried with the
// same Idempotency-Key, and a body signed with `sunroute sign`; over HTTP into the local gateway,
// through the queue and the router, to the agent's inbox.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { ticketKey } from '../../../functions/adapters/dynamodb/ticket-items';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { createLocalClients } from '../../../functions/local-stack/aws-clients';
import {
  createResources,
  type LocalResources,
} from '../../../functions/local-stack/create-resources';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { memoryIo } from '../../unit/cli/memory-io';
import { BERLIN_MORNING, chatPath, startIngestStack, type IngestStack } from './ingest-harness';
import { eventually } from '../eventually';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const { endpoints, prefix } = inject('standIns');
const clients = createLocalClients(endpoints);
let stack: IngestStack;
/** The stack's own queue and tables: found again by the prefix the harness created them under. */
let resources: LocalResources;

beforeAll(async () => {
  stack = await startIngestStack();
  resources = await createResources(clients, { prefix: `${prefix}-ingest-${stack.runId}` });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  clients.destroy();
}, 60_000);
afterEach(() => vi.unstubAllEnvs());

/** Messages on the ticket queue, waiting or being routed. */
async function queueDepth(): Promise<number> {
  const { Attributes = {} } = await clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: resources[TICKET_QUEUE.queueUrlEnv],
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages) +
    Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  );
}

async function ticketItem(id: string) {
  const { Item } = await clients.documents.send(
    new GetCommand({
      TableName: resources[TICKETS_TABLE.tableNameEnv],
      Key: ticketKey(id),
      ConsistentRead: true,
    }),
  );
  return Item;
}

async function post(body: string, key: string, at: number) {
  const response = await fetch(`${stack.apiUrl}${chatPath}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Sunroute-Signature': signWebhook(body, LOCAL_WEBHOOK_SECRET, at),
      'Idempotency-Key': key,
    },
    body,
  });
  return { status: response.status, json: (await response.json()) as { id: string } };
}

describe('POST /ingest/chat retried with the same Idempotency-Key', () => {
  it('makes one ticket and one email of a post and its retry', async () => {
    stack.setNow(BERLIN_MORNING);
    const body = JSON.stringify({
      body: `Hallo, meine Bestellung ${stack.runId} ist nicht angekommen. Wo bleibt sie?`,
      customer: { name: 'Jonas Weber', email: 'jonas@example.de', country: 'DE' },
    });
    const key = `order-${stack.runId}-attempt`;
    const first = await post(body, key, BERLIN_MORNING);
    // The client timed out and tries again a few seconds later, signing anew.
    const retry = await post(body, key, BERLIN_MORNING + 4_000);
    expect(first.status).toBe(202);
    expect(first.json.id).toMatch(/^chat:local:key-[0-9a-f]{32}$/);
    expect(retry).toEqual(first);
    const { id } = first.json;

    expect(
      await eventually(
        async () => (await queueDepth()) === 0 && (await stack.emailsFor(id)).length > 0,
      ),
    ).toBe(true);
    const emails = await stack.emailsFor(id);
    expect(emails).toHaveLength(1);
    const item = await ticketItem(id);
    expect(item).toMatchObject({ ticketId: id, status: 'assigned', team: 'emea', version: 1 });
    expect(item!.history).toHaveLength(1);
    expect(emails[0]!.destination.to).toEqual([stack.agentAddress(String(item!.agent))]);
  });
});

describe('sunroute sign', () => {
  it('prints a header with which curl’s post of the file is taken and routed', async () => {
    stack.setNow(BERLIN_MORNING);
    const dir = mkdtempSync(join(tmpdir(), 'sunroute-sign-'));
    try {
      const file = join(dir, 'chat.json');
      const id = `chat-${stack.runId}-signed-by-cli`;
      writeFileSync(file, `${JSON.stringify({ id, body: 'Hello, where is my order?' })}\n`);
      vi.stubEnv('SUNROUTE_WEBHOOK_SECRET', LOCAL_WEBHOOK_SECRET);
      const cli = memoryIo();
      // The stack's clock is Tuesday morning; --at signs for it, as for a simulated local clock.
      const status = await main(
        ['sign', file, '--at', new Date(BERLIN_MORNING).toISOString()],
        cli.io,
      );
      expect({ status, err: cli.errLines() }).toEqual({ status: 0, err: [] });
      const [name, value] = cli.out().trimEnd().split(': ');
      // What curl -H "$(sunroute sign FILE)" --data-binary @FILE sends.
      const response = await fetch(`${stack.apiUrl}${chatPath}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [name!]: value! },
        body: readFileSync(file),
      });
      expect({ status: response.status, json: await response.json() }).toEqual({
        status: 202,
        json: { id: `chat:local:${id}` },
      });
      expect(
        await eventually(async () => (await stack.emailsFor(`chat:local:${id}`)).length === 1),
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
