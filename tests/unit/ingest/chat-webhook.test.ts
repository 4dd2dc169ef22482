import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { INGEST } from '../../../functions/definitions/ingest';
import {
  call,
  ingestHandler,
  MemorySeenRequests,
  MemoryTicketQueue,
  NOW,
  postEvent,
  SECRETS,
} from './ingest-handler-fixtures';

const TICKET = {
  id: 'widget-42',
  subject: 'Bestellung',
  body: 'Hallo, meine Bestellung ist nicht angekommen.',
  customer: { email: 'jonas@example.de', country: 'DE' },
  threadId: 'conv-88',
};

function signedPost(
  body: string | Buffer,
  {
    secret = SECRETS['chat-widget']![0]!,
    at = NOW,
  }: { secret?: string | string[]; at?: number } = {},
) {
  return postEvent(INGEST.chatPath, body, {
    'Content-Type': 'application/json',
    'Sunroute-Signature': signWebhook(body, secret, at),
  });
}

describe('POST /ingest/chat', () => {
  it('queues a signed ticket and answers 202 with its id', async () => {
    const queue = new MemoryTicketQueue();
    const answer = await call(ingestHandler(queue), signedPost(JSON.stringify(TICKET)));
    expect(answer).toEqual({ status: 202, json: { id: 'chat:chat-widget:widget-42' } });
    expect(queue.tickets).toHaveLength(1);
    expect(queue.tickets[0]).toMatchObject({
      id: 'chat:chat-widget:widget-42',
      channel: 'chat',
      receivedAt: '2026-12-22T09:15:00.000Z',
      threadId: 'chat:chat-widget:conv-88',
      priority: 'normal',
      customer: { email: 'jonas@example.de', country: 'DE' },
    });
  });

  it('fills id and receivedAt when absent and keeps them when given', async () => {
    const queue = new MemoryTicketQueue();
    const handler = ingestHandler(queue);
    const bare = await call(
      handler,
      signedPost(JSON.stringify({ body: 'Hi, where is my order?' })),
    );
    expect(bare).toEqual({ status: 202, json: { id: 'chat:chat-widget:chat-generated-1' } });
    await call(
      handler,
      signedPost(
        JSON.stringify({ ...TICKET, channel: 'web', receivedAt: '2026-12-22T09:00:00+01:00' }),
      ),
    );
    expect(queue.tickets.map((t) => [t.id, t.channel, t.receivedAt])).toEqual([
      ['chat:chat-widget:chat-generated-1', 'chat', '2026-12-22T09:15:00.000Z'],
      ['chat:chat-widget:widget-42', 'web', '2026-12-22T09:00:00+01:00'],
    ]);
  });

  it('keeps each integration’s ids and threads in its own namespace', async () => {
    const queue = new MemoryTicketQueue();
    const handler = ingestHandler(queue);
    const long = `x${'y'.repeat(255)}`;
    await call(handler, signedPost(JSON.stringify(TICKET)));
    await call(handler, signedPost(JSON.stringify(TICKET), { secret: SECRETS['web-form']![0]! }));
    await call(handler, signedPost(JSON.stringify({ ...TICKET, id: long, threadId: long })));
    expect(queue.tickets.map((ticket) => [ticket.id, ticket.threadId])).toEqual([
      ['chat:chat-widget:widget-42', 'chat:chat-widget:conv-88'],
      ['chat:web-form:widget-42', 'chat:web-form:conv-88'],
      // Too long with its namespace for the schema's 256 characters: a digest, the same each time.
      [
        `chat:chat-widget:sha256-${createHash('sha256').update(long).digest('hex')}`,
        `chat:chat-widget:sha256-${createHash('sha256').update(long).digest('hex')}`,
      ],
    ]);
  });

  it('refuses a tampered body with 401 and queues nothing', async () => {
    const queue = new MemoryTicketQueue();
    const event = signedPost(JSON.stringify(TICKET));
    const tampered = { ...event, body: event.body!.replace('widget-42', 'widget-43') };
    const answer = await call(ingestHandler(queue), tampered);
    expect(answer.status).toBe(401);
    expect(answer.json).toMatchObject({ error: 'signature' });
    expect(String(answer.json.message)).toContain('no v1= signature matches');
    expect(queue.tickets).toEqual([]);
  });

  it('refuses a re-serialized body: the signature covers the bytes as sent', async () => {
    const event = signedPost(JSON.stringify(TICKET, null, 2));
    const answer = await call(ingestHandler(), { ...event, body: JSON.stringify(TICKET) });
    expect(answer.status).toBe(401);
  });

  it('refuses a replay older than five minutes, and one from the future, with 401', async () => {
    const body = JSON.stringify(TICKET);
    const stale = await call(ingestHandler(), signedPost(body, { at: NOW - 301_000 }));
    expect(stale.status).toBe(401);
    expect(String(stale.json.message)).toContain('301 s old');
    const edge = await call(ingestHandler(), signedPost(body, { at: NOW - 300_000 }));
    expect(edge.status).toBe(202);
    const future = await call(ingestHandler(), signedPost(body, { at: NOW + 301_000 }));
    expect(future.status).toBe(401);
    expect(String(future.json.message)).toContain('ahead');
  });

  it('refuses a replay within the five minutes with 409, and takes a retry signed anew', async () => {
    const queue = new MemoryTicketQueue();
    const seen = new MemorySeenRequests();
    const handler = ingestHandler(queue, seen);
    const captured = signedPost(JSON.stringify(TICKET));
    expect((await call(handler, captured)).status).toBe(202);
    const replayed = await call(handler, captured);
    expect(replayed).toEqual({
      status: 409,
      json: {
        error: 'replayed',
        message:
          'Sunroute-Signature: this signed request was accepted before; sign a retry anew (a fresh t=)',
      },
    });
    // Another header arrangement of the same signature is the same request.
    const header = captured.headers['sunroute-signature']!;
    const padded = {
      ...captured,
      headers: { ...captured.headers, 'sunroute-signature': `${header},v1=${'0'.repeat(64)}` },
    };
    expect((await call(handler, padded)).status).toBe(409);
    expect(queue.tickets).toHaveLength(1);
    // The integration's own retry, signed a second later, is the same ticket id, not a replay.
    const retry = await call(handler, signedPost(JSON.stringify(TICKET), { at: NOW + 1_000 }));
    expect(retry).toEqual({ status: 202, json: { id: 'chat:chat-widget:widget-42' } });
    // Remembered only while the request could be replayed at all.
    expect([...seen.expiries.values()]).toEqual([NOW / 1000 + 301, NOW / 1000 + 302]);
  });

  it('forgets a request whose queueing failed, so the same bytes may be retried', async () => {
    let fail = true;
    const queue = new MemoryTicketQueue();
    const flaky = {
      put: (ticket: Parameters<MemoryTicketQueue['put']>[0]) =>
        fail ? Promise.reject(new Error('SQS is down')) : queue.put(ticket),
    };
    const handler = ingestHandler(flaky);
    const request = signedPost(JSON.stringify(TICKET));
    expect((await call(handler, request)).status).toBe(500);
    fail = false;
    expect((await call(handler, request)).status).toBe(202);
    expect(queue.tickets).toHaveLength(1);
  });

  it('refuses a missing or malformed header and a secret nobody lists', async () => {
    const body = JSON.stringify(TICKET);
    const unsigned = postEvent(INGEST.chatPath, body, { 'Content-Type': 'application/json' });
    expect((await call(ingestHandler(), unsigned)).json).toMatchObject({
      error: 'signature',
      message: 'Sunroute-Signature: the request has no Sunroute-Signature header',
    });
    const malformed = postEvent(INGEST.chatPath, body, { 'Sunroute-Signature': 'v1=abc' });
    expect((await call(ingestHandler(), malformed)).status).toBe(401);
    const stranger = await call(ingestHandler(), signedPost(body, { secret: 'whsec_unknown' }));
    expect(stranger.status).toBe(401);
  });

  it('accepts the old secret during a rotation, and a client signing with both', async () => {
    const body = JSON.stringify(TICKET);
    const old = await call(ingestHandler(), signedPost(body, { secret: 'whsec_form_old' }));
    expect(old.status).toBe(202);
    const both = await call(
      ingestHandler(),
      signedPost(body, { secret: ['whsec_retired_elsewhere', 'whsec_form_new'] }),
    );
    expect(both.status).toBe(202);
  });

  it('answers 400 with every field path the schema refuses', async () => {
    const queue = new MemoryTicketQueue();
    const answer = await call(
      ingestHandler(queue),
      signedPost(
        JSON.stringify({ id: '', priority: 'asap', customer: { email: 'not-an-address' } }),
      ),
    );
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('invalid-ticket');
    const paths = (answer.json.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'body', 'priority', 'customer.email']));
    expect(queue.tickets).toEqual([]);
  });

  it('answers 400 at $ for a body that is not JSON or not an object', async () => {
    const notJson = await call(ingestHandler(), signedPost('{"body": "unterminated'));
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toBe('invalid-json');
    expect(String(notJson.json.message)).toMatch(/^\$: /);
    const list = await call(ingestHandler(), signedPost('[]'));
    expect(list).toEqual({
      status: 400,
      json: { error: 'invalid-ticket', message: '$: must be a ticket object' },
    });
  });

  it('answers 413 over 256 KiB before looking at the signature', async () => {
    const body = Buffer.alloc(INGEST.maxChatBodyBytes + 1, 'a');
    const unsigned = postEvent(INGEST.chatPath, body, { 'Content-Type': 'application/json' });
    const answer = await call(ingestHandler(), unsigned);
    expect(answer.status).toBe(413);
    expect(answer.json.error).toBe('body-too-large');
    const atLimit = JSON.stringify({ body: 'x'.repeat(INGEST.maxChatBodyBytes - 20) });
    expect(Buffer.byteLength(atLimit)).toBeLessThanOrEqual(INGEST.maxChatBodyBytes);
    expect((await call(ingestHandler(), signedPost(atLimit))).status).toBe(202);
  });

  it('answers 500 without details when the queue fails: a server fault, not the client’s', async () => {
    const failing = {
      put: () => Promise.reject(new Error('SQS is down: internal detail')),
    };
    const answer = await call(ingestHandler(failing), signedPost(JSON.stringify(TICKET)));
    expect(answer).toEqual({ status: 500, json: {} });
  });
});
