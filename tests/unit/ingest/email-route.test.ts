import { describe, expect, it } from 'vitest';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { INGEST } from '../../../functions/definitions/ingest';
import {
  call,
  fixtureEmail,
  ingestHandler,
  MemoryTicketQueue,
  NOW,
  postEvent,
  SECRETS,
} from './ingest-handler-fixtures';

function signedMail(
  raw: Buffer,
  secret = SECRETS['chat-widget']![0]!,
  headers: Record<string, string> = {},
) {
  return postEvent(INGEST.emailPath, raw, {
    'Content-Type': 'message/rfc822',
    'Sunroute-Signature': signWebhook(raw, secret, NOW),
    ...headers,
  });
}

describe('POST /ingest/email', () => {
  it('turns a signed ISO-2022-JP mail into a queued ticket, its bytes intact through base64', async () => {
    const queue = new MemoryTicketQueue();
    const event = signedMail(fixtureEmail('ja-iso-2022-jp.eml'));
    expect(event.isBase64Encoded).toBe(true);
    const answer = await call(ingestHandler(queue), event);
    expect(answer).toEqual({
      status: 202,
      json: {
        id: 'email:20261222180512.4F2A1C@mail.example.jp',
        threadId: 'email:20261222180512.4F2A1C@mail.example.jp',
      },
    });
    expect(queue.tickets[0]).toMatchObject({
      channel: 'email',
      receivedAt: '2026-12-22T09:15:00.000Z',
      customer: { email: 'yuki.tanaka@example.jp' },
    });
    expect(queue.tickets[0]!.body).toMatch(/[\u3040-\u30ff]/);
  });

  it('carries the gateway’s verdicts from Sunroute-Mail-Verdicts into the ticket', async () => {
    const queue = new MemoryTicketQueue();
    const answer = await call(
      ingestHandler(queue),
      signedMail(fixtureEmail('gmail-reply.eml'), undefined, {
        'Sunroute-Mail-Verdicts': 'SPF=fail, dkim=FAIL; dmarc=fail; spam=PROCESSING_FAILED',
      }),
    );
    expect(answer.status).toBe(202);
    expect(queue.tickets[0]!.verdicts).toEqual({
      spf: 'fail',
      dkim: 'fail',
      dmarc: 'fail',
      spam: 'processing-failed',
    });
    // No header: the gateway vouches for the mail, and the ticket carries no verdicts.
    await call(ingestHandler(queue), signedMail(fixtureEmail('gmail-reply.eml')));
    expect(queue.tickets[1]).not.toHaveProperty('verdicts');
  });

  it('refuses verdicts it cannot read with 400 naming the header, and queues nothing', async () => {
    const queue = new MemoryTicketQueue();
    const answer = await call(
      ingestHandler(queue),
      signedMail(fixtureEmail('gmail-reply.eml'), undefined, {
        'Sunroute-Mail-Verdicts': 'dmarc=maybe',
      }),
    );
    expect(answer).toEqual({
      status: 400,
      json: {
        error: 'mail-verdicts',
        message:
          'Sunroute-Mail-Verdicts: dmarc: "maybe" is not one of pass, fail, gray, processing-failed',
      },
    });
    expect(queue.tickets).toHaveLength(0);
  });

  it('refuses the same signed mail posted again with 409', async () => {
    const handler = ingestHandler();
    const request = signedMail(fixtureEmail('gmail-reply.eml'));
    expect((await call(handler, request)).status).toBe(202);
    expect((await call(handler, request)).json).toMatchObject({ error: 'replayed' });
  });

  it('gives a Gmail reply the thread of the mail it answers', async () => {
    const queue = new MemoryTicketQueue();
    const answer = await call(ingestHandler(queue), signedMail(fixtureEmail('gmail-reply.eml')));
    expect(answer.json.threadId).toBe('email:5f3e2a1b-9c7d-4e11-a2b0-7d3c9e8f1a42@example.de');
  });

  it.each([
    ['out-of-office.eml', 'auto-submitted'],
    ['bounce.eml', 'report'],
  ])('accepts %s but queues no ticket: dropped by rule %s', async (file, rule) => {
    const queue = new MemoryTicketQueue();
    const answer = await call(ingestHandler(queue), signedMail(fixtureEmail(file)));
    expect(answer.status).toBe(202);
    expect(answer.json.dropped).toBe(rule);
    expect(queue.tickets).toEqual([]);
  });

  it('answers 400 naming the problem for mail that can never be a ticket', async () => {
    const queue = new MemoryTicketQueue();
    const noSender = Buffer.from('Subject: hello\r\n\r\nNobody wrote this.\r\n');
    const answer = await call(ingestHandler(queue), signedMail(noSender));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: 'invalid-email' });
    expect(String(answer.json.message)).toMatch(/^sender-address: /);
    const prose = await call(ingestHandler(queue), signedMail(Buffer.from('just some words')));
    expect(prose.status).toBe(400);
    expect(String(prose.json.message)).toMatch(/^unparseable-email: /);
    expect(queue.tickets).toEqual([]);
  });

  it('refuses unsigned or tampered mail with 401', async () => {
    const raw = fixtureEmail('de-windows-1252-qp.eml');
    const event = signedMail(raw);
    const tampered = Buffer.from(raw);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 3) ^ 1, tampered.length - 3);
    const answer = await call(ingestHandler(), {
      ...event,
      body: tampered.toString('base64'),
    });
    expect(answer.status).toBe(401);
    const unsigned = postEvent(INGEST.emailPath, raw, { 'Content-Type': 'message/rfc822' });
    expect((await call(ingestHandler(), unsigned)).status).toBe(401);
  });

  it('answers 413 over the raw mail limit', async () => {
    const huge = Buffer.alloc(INGEST.maxEmailBodyBytes + 1, 'a');
    const answer = await call(ingestHandler(), signedMail(huge));
    expect(answer.status).toBe(413);
  });
});
