import { describe, expect, it } from 'vitest';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { INGEST } from '../../../functions/definitions/ingest';
import {
  call,
  ingestHandler,
  MemoryTicketQueue,
  NOW,
  postEvent,
  SECRETS,
} from './ingest-handler-fixtures';

const BODY = JSON.stringify({
  body: 'Hallo, meine Bestellung ist nicht angekommen.',
  customer: { email: 'jonas@example.de', country: 'DE' },
});

function post(
  body: string,
  key: string | undefined,
  { secret = SECRETS['chat-widget']![0]!, at = NOW }: { secret?: string; at?: number } = {},
) {
  return postEvent(INGEST.chatPath, body, {
    'Content-Type': 'application/json',
    'Sunroute-Signature': signWebhook(body, secret, at),
    ...(key === undefined ? {} : { 'Idempotency-Key': key }),
  });
}

describe('POST /ingest/chat with Idempotency-Key', () => {
  it('gives a retried post without id the same ticket id, each attempt signed anew', async () => {
    const queue = new MemoryTicketQueue();
    const handler = ingestHandler(queue);
    const first = await call(handler, post(BODY, 'retry-me-1'));
    const retry = await call(handler, post(BODY, 'retry-me-1', { at: NOW - 30_000 }));
    const quoted = await call(handler, post(BODY, '"retry-me-1"', { at: NOW + 1_000 }));
    expect(first.status).toBe(202);
    expect(first.json.id).toMatch(/^chat:chat-widget:key-[0-9a-f]{32}$/);
    expect(retry).toEqual(first);
    expect(quoted).toEqual(first);
    expect(queue.tickets.map((ticket) => ticket.id)).toEqual([
      first.json.id,
      first.json.id,
      first.json.id,
    ]);
  });

  it('keeps posts apart that differ in key, integration or body', async () => {
    const handler = ingestHandler();
    const ids = await Promise.all([
      call(handler, post(BODY, 'k-1')),
      // Signed a second later: the same bytes signed at the same second are a replay.
      call(handler, post(BODY, 'k-2', { at: NOW + 1_000 })),
      call(handler, post(BODY, 'k-1', { secret: SECRETS['web-form']![0]! })),
      call(handler, post(BODY.replace('Hallo', 'Guten Tag'), 'k-1')),
    ]);
    expect(ids.map((answer) => answer.status)).toEqual([202, 202, 202, 202]);
    expect(new Set(ids.map((answer) => answer.json.id)).size).toBe(4);
  });

  it('leaves an id the body brings, and a random one without a key', async () => {
    const queue = new MemoryTicketQueue();
    const handler = ingestHandler(queue);
    const own = await call(handler, post(JSON.stringify({ id: 'widget-7', body: 'Hi' }), 'k-1'));
    const bare = await call(handler, post(BODY, undefined));
    expect([own.json, bare.json]).toEqual([
      { id: 'chat:chat-widget:widget-7' },
      { id: 'chat:chat-widget:chat-generated-1' },
    ]);
  });

  it.each([
    ['an over-long key', 'k'.repeat(256), 'is 256 characters long; at most 255 are allowed'],
    ['an empty key', '', 'is empty'],
    [
      'a key with a space',
      'order 42',
      'may hold only visible ASCII characters (letters, digits, punctuation; no spaces), optionally in double quotes',
    ],
  ])('refuses %s with 400 naming the header, and queues nothing', async (_case, key, message) => {
    const queue = new MemoryTicketQueue();
    const answer = await call(ingestHandler(queue), post(BODY, key));
    expect(answer).toEqual({
      status: 400,
      json: { error: 'idempotency-key', message: `Idempotency-Key: ${message}` },
    });
    expect(queue.tickets).toEqual([]);
  });

  it('checks the signature before the key: a forged post learns nothing about it', async () => {
    const forged = postEvent(INGEST.chatPath, BODY, {
      'Sunroute-Signature': `t=${NOW / 1000},v1=${'0'.repeat(64)}`,
      'Idempotency-Key': 'k'.repeat(300),
    });
    expect((await call(ingestHandler(), forged)).status).toBe(401);
  });
});
