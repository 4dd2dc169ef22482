// A chat client that retries a post without an id of its own, with the same Idempotency-Key:
// over HTTP into the local gateway, through the queue and the router, to the agent's inbox.
import { setTimeout as sleep } from 'node:timers/promises';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { ticketKey } from '../../../functions/store/dynamodb/ticket-items';
import { TICKET_QUEUE } from '../../../lib/definitions/queues';
import { TICKETS_TABLE } from '../../../lib/definitions/tables';
import { createLocalClients } from '../../../lib/local/aws-clients';
import { createResources, type LocalResources } from '../../../lib/local/create-resources';
import { LOCAL_WEBHOOK_SECRET } from '../../../lib/local/local-webhook-secret';
import { BERLIN_MORNING, chatPath, startIngestStack, type IngestStack } from './ingest-harness';

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

/** Polls until `done` holds or 15 s pass; returns whether it held. */
async function eventually(done: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(200);
  }
  return done();
}

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
    expect(first.json.id).toMatch(/^chat-key-[0-9a-f]{32}$/);
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
