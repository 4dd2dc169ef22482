// Agents answering chat tickets on the whole local stack: the answer is recorded like an email
// answer and posted, signed with the integration's secret, to its outbound webhook (a real HTTP
// receiver on this machine); a receiver that fails is tried again after a delay, and one that
// keeps failing gets the event dead-lettered with the reason. A resolution posts the survey link.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import {
  signWebhook,
  verifyWebhookSignature,
} from '../../../functions/core/ingest/webhook-signature';
import { conversationReadTarget } from '../../../functions/core/replies/conversation-view';
import { CHAT_DELIVERY_QUEUE } from '../../../functions/definitions/chat-delivery';
import { DEAD_LETTER_ATTRIBUTES } from '../../../functions/definitions/queues';
import { INGEST } from '../../../functions/definitions/ingest';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import type { SentEmail } from '../../../functions/local-stack/ses-store';
import { readDeadLetters } from '../dead-letters';
import { EXAMPLE_CONFIG } from '../example-config';
import { decisionOf, eventually, sentEmails } from './local-stack-harness';

/** Tuesday 2026-12-22 15:00 UTC: 16:00 in Berlin, its German-speaking team on shift. */
const TUESDAY_AFTERNOON = Date.parse('2026-12-22T15:00:00Z');
const WIDGET_SECRET = 'whsec_widget_test';
const OTHER_SECRET = 'whsec_other_test';
const ATTEMPTS = 3;

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

interface Received {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** The widget's backend: records each post, answers with the next scripted status (else 200). */
function startReceiver() {
  const received: Received[] = [];
  const script: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = script.shift() ?? 200;
      response.end();
    });
  });
  return {
    received,
    script,
    server,
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
      ),
  };
}

describe('agents answer chat tickets through the integration’s webhook (local stack)', () => {
  const receiver = startReceiver();
  let stack: LocalStack;
  let url: string;

  async function postChat(id: string, secret = WIDGET_SECRET) {
    const body = JSON.stringify({
      id,
      body: 'Hallo, mein Paket ist beschädigt angekommen. Können Sie mir Ersatz schicken?',
      customer: { name: 'Lena Hoffmann', country: 'DE' },
    });
    const response = await fetch(`${url}${INGEST.chatPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Sunroute-Signature': signWebhook(body, secret, TUESDAY_AFTERNOON),
      },
      body,
    });
    expect(response.status).toBe(202);
    const { ticketId } = (await response.json()) as { ticketId: string };
    expect(
      await eventually(async () => (await decisionOf(stack, ticketId)) !== undefined, 20_000),
    ).toBe(true);
    const findEmail = async () =>
      (await sentEmails(stack)).find((email) => (email.body.text ?? '').includes(ticketId));
    expect(await eventually(async () => (await findEmail()) !== undefined, 10_000)).toBe(true);
    return {
      ticketId,
      agent: (await decisionOf(stack, ticketId))!.agent!,
      email: (await findEmail())!,
    };
  }

  async function answer(assignment: SentEmail, agent: string, messageId: string, words: string) {
    const mail = Buffer.from(
      [
        `From: Agent <${agent}@parcelwise.example>`,
        `To: ${assignment.replyTo[0]}`,
        `Subject: Re: ${assignment.subject}`,
        `Message-ID: <${messageId}>`,
        'Date: Tue, 22 Dec 2026 16:10:00 +0100',
        'Content-Type: text/plain; charset=utf-8',
        '',
        words,
        '',
        '> the assignment email, quoted',
        '',
      ].join('\r\n'),
    );
    const response = await fetch(`${url}${INGEST.emailPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'message/rfc822',
        'Sunroute-Signature': signWebhook(mail, LOCAL_WEBHOOK_SECRET, TUESDAY_AFTERNOON),
      },
      body: mail,
    });
    return (await response.json()) as Record<string, unknown>;
  }

  async function readMessages(ticketId: string, secret = WIDGET_SECRET, signed = ticketId) {
    const response = await fetch(`${url}/tickets/${encodeURIComponent(ticketId)}/messages`, {
      headers: {
        'Sunroute-Signature': signWebhook(
          conversationReadTarget(signed),
          secret,
          TUESDAY_AFTERNOON,
        ),
      },
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  const postsFor = (ticketId: string) =>
    receiver.received.filter(
      (post) => (JSON.parse(post.body) as { ticketId: string }).ticketId === ticketId,
    );

  beforeAll(async () => {
    const port = await receiver.listen();
    stack = await startLocalStack({
      ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
      httpPort: 0,
      prefix: 'chatreplies',
      configDocument: EXAMPLE_CONFIG,
      webhookSecrets: JSON.stringify({
        local: [LOCAL_WEBHOOK_SECRET],
        widget: { secrets: [WIDGET_SECRET], outboundUrl: `http://127.0.0.1:${port}/sunroute` },
        other: { secrets: [OTHER_SECRET] },
      }),
      chatDelivery: {
        attempts: ATTEMPTS,
        backoff: { firstRetrySeconds: 1, factor: 2, maxSeconds: 4 },
      },
      router: { clock: () => TUESDAY_AFTERNOON, logger: new Logger({ logLevel: 'SILENT' }) },
      waitTimeSeconds: 1,
      log: { info() {}, warn() {}, error() {} },
    });
    url = stack.http!.url;
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => receiver.server.close(resolve));
  }, 60_000);

  it('records the answer and posts it signed; a 500 is tried again until it is taken', async () => {
    const { ticketId, agent, email } = await postChat('webhook-1');
    expect(ticketId).toBe('chat:widget:webhook-1');
    receiver.script.push(500);
    const words = 'Hallo Frau Hoffmann, der Ersatz ist unterwegs.';
    expect(await answer(email, agent, 'agent-chat-1@parcelwise.example', words)).toEqual({
      reply: 'sent',
      ticketId,
    });
    // Nothing went by email: the customer has none.
    expect((await sentEmails(stack)).filter((sent) => sent.subject.startsWith('Re:'))).toEqual([]);
    const item = (
      await stack.clients.documents.send(
        new GetCommand({
          TableName: stack.env[TICKETS_TABLE.tableNameEnv],
          Key: { pk: `TICKET#${ticketId}`, sk: 'TICKET' },
          ConsistentRead: true,
        }),
      )
    ).Item!;
    expect(item.firstReplyAt).toBe(new Date(TUESDAY_AFTERNOON).toISOString());
    expect(item.acknowledgedAt).toBe(new Date(TUESDAY_AFTERNOON).toISOString());

    expect(await eventually(async () => postsFor(ticketId).length >= 2, 20_000)).toBe(true);
    const [failed, taken] = postsFor(ticketId);
    // The same event both times, each signed anew with the integration's secret.
    expect(taken!.body).toBe(failed!.body);
    for (const post of [failed!, taken!]) {
      expect(post.headers['sunroute-event']).toBe('message');
      const verified = verifyWebhookSignature({
        header: String(post.headers['sunroute-signature']),
        body: post.body,
        secrets: [WIDGET_SECRET],
        now: TUESDAY_AFTERNOON,
      });
      expect(verified.ok).toBe(true);
      expect(
        verifyWebhookSignature({
          header: String(post.headers['sunroute-signature']),
          body: post.body,
          secrets: [OTHER_SECRET],
          now: TUESDAY_AFTERNOON,
        }),
      ).toMatchObject({ ok: false, reason: 'no-matching-signature' });
    }
    expect(JSON.parse(taken!.body)).toEqual({
      type: 'message',
      id: `${ticketId}#message-1`,
      ticketId,
      message: {
        sequence: 1,
        from: 'agent',
        name: expect.any(String),
        at: new Date(TUESDAY_AFTERNOON).toISOString(),
        text: words,
      },
    });
    // Taken: not posted a third time.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(postsFor(ticketId)).toHaveLength(2);
  }, 60_000);

  it('dead-letters an answer the receiver keeps refusing, with the reason and no words', async () => {
    const { ticketId, agent, email } = await postChat('webhook-2');
    receiver.script.push(...Array<number>(ATTEMPTS).fill(503));
    expect(
      await answer(email, agent, 'agent-chat-2@parcelwise.example', 'Ein zweiter Versuch.'),
    ).toEqual({ reply: 'sent', ticketId });
    const letters = async () =>
      (
        await readDeadLetters(
          stack.clients.sqs,
          stack.env[CHAT_DELIVERY_QUEUE.deadLetter.queueUrlEnv],
          0,
        )
      ).filter((letter) => letter.body.includes(ticketId));
    expect(await eventually(async () => (await letters()).length === 1, 30_000)).toBe(true);
    const [letter] = await letters();
    expect(postsFor(ticketId)).toHaveLength(ATTEMPTS);
    expect(letter!.attributes[DEAD_LETTER_ATTRIBUTES.reason]).toBe(
      `message for ${ticketId}: HTTP 503 on each of ${ATTEMPTS} attempts`,
    );
    expect(letter!.body).not.toContain('zweiter');
    expect(JSON.parse(letter!.body)).toMatchObject({ kind: 'message', ticketId, sequence: 1 });
  }, 60_000);

  it('posts the survey link when the chat ticket is resolved', async () => {
    const { ticketId } = await postChat('webhook-3');
    const actions = new DynamoDbTicketActionStore(
      stack.clients.documents,
      stack.env[TICKETS_TABLE.tableNameEnv]!,
    );
    const resolvedAt = TUESDAY_AFTERNOON + 3_600_000;
    expect(
      (await actions.resolveTicket({ ticketId, at: resolvedAt, by: 'cli', actor: 'lead' })).kind,
    ).toBe('done');
    expect(await eventually(async () => postsFor(ticketId).length === 1, 20_000)).toBe(true);
    const [post] = postsFor(ticketId);
    expect(post!.headers['sunroute-event']).toBe('resolved');
    const survey = (
      await stack.clients.documents.send(
        new GetCommand({
          TableName: stack.env[TICKETS_TABLE.tableNameEnv],
          Key: { pk: `TICKET#${ticketId}`, sk: 'SURVEY' },
          ConsistentRead: true,
        }),
      )
    ).Item!;
    expect(JSON.parse(post!.body)).toEqual({
      type: 'resolved',
      id: `${ticketId}#resolved-${new Date(resolvedAt).toISOString()}`,
      ticketId,
      resolvedAt: new Date(resolvedAt).toISOString(),
      survey: { url: survey.url, closesAt: new Date(survey.closesAt as number).toISOString() },
    });
    expect(String(survey.url)).toContain('/survey/');
    // The widget reads the same link with the conversation.
    expect((await readMessages(ticketId)).json).toMatchObject({
      ticketId,
      status: 'resolved',
      survey: { url: survey.url },
    });
  }, 60_000);

  it('lets the integration read its own ticket’s conversation, newest last, and no other', async () => {
    const { ticketId, agent, email } = await postChat('read-1');
    await answer(email, agent, 'agent-read-1@parcelwise.example', 'Erste Antwort.');
    expect(await readMessages(ticketId)).toEqual({
      status: 200,
      json: {
        ticketId,
        status: 'assigned',
        messages: [
          {
            sequence: 0,
            from: 'customer',
            at: expect.any(String),
            text: 'Hallo, mein Paket ist beschädigt angekommen. Können Sie mir Ersatz schicken?',
          },
          {
            sequence: 1,
            from: 'agent',
            name: expect.any(String),
            at: new Date(TUESDAY_AFTERNOON).toISOString(),
            text: 'Erste Antwort.',
          },
        ],
      },
    });
    // Another integration, signing correctly, learns nothing: the same 404 as for no ticket.
    const other = await readMessages(ticketId, OTHER_SECRET);
    const none = await readMessages('chat:other:no-such-ticket', OTHER_SECRET);
    expect(other.status).toBe(404);
    expect(none.status).toBe(404);
    expect(other.json.error).toBe(none.json.error);
    expect(JSON.stringify(other.json)).not.toContain('Hallo');
    // A signature read for another ticket, or made with no secret of ours, is refused.
    expect((await readMessages(ticketId, WIDGET_SECRET, 'chat:widget:webhook-1')).status).toBe(401);
    expect((await readMessages(ticketId, 'whsec_guess')).status).toBe(401);
    const unsigned = await fetch(`${url}/tickets/${encodeURIComponent(ticketId)}/messages`);
    expect(unsigned.status).toBe(401);
  }, 60_000);
});
