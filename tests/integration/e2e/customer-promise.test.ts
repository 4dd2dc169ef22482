// The customer's promise on the whole local stack of `npm start` with the demo company's
// configuration: a mail and a chat post go in over HTTP as integrations send them, and what the
// customer would read comes out where they would read it: the mail inbox (the SES stand-in's
// store) and the HTTP answer.
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { INGEST } from '../../../functions/definitions/ingest';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { EXAMPLE_CONFIG } from '../example-config';
import { decisionOf, eventually, isAutoReply, sentEmails } from './local-stack-harness';

/** Wednesday 2026-12-23 05:30 UTC: 06:30 in Berlin, before its German-speaking team starts. */
const BEFORE_DAWN = Date.parse('2026-12-23T05:30:00Z');
const CUSTOMER = 'lena.hoffmann@example.de';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

function germanMail(messageId: string, extra: string[] = []): Buffer {
  return Buffer.from(
    [
      `From: Lena Hoffmann <${CUSTOMER}>`,
      'To: support@parcelwise.example',
      'Subject: Paket beschädigt angekommen',
      `Message-ID: <${messageId}>`,
      'Date: Wed, 23 Dec 2026 06:29:00 +0100',
      ...extra,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Guten Morgen, das Paket mit meiner Bestellung 5521 ist heute beschädigt angekommen.',
      'Zwei Gläser sind zerbrochen. Können Sie mir bitte Ersatz schicken?',
      '',
      'Viele Grüße',
      'Lena Hoffmann',
      '',
    ].join('\r\n'),
  );
}

describe('the customer’s promise on the local stack', () => {
  let stack: LocalStack;
  let url: string;

  async function post(path: string, body: Buffer | string, contentType: string) {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': contentType,
        'Sunroute-Signature': signWebhook(body, LOCAL_WEBHOOK_SECRET, BEFORE_DAWN),
      },
      body,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    stack = await startLocalStack({
      ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
      httpPort: 0,
      prefix: 'promise',
      configDocument: EXAMPLE_CONFIG,
      router: { clock: () => BEFORE_DAWN, logger: new Logger({ logLevel: 'SILENT' }) },
      waitTimeSeconds: 1,
      log: { info() {}, warn() {}, error() {} },
    });
    url = stack.http!.url;
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('answers a mail sent before dawn once, in its thread, in German, with the morning’s time', async () => {
    const first = 'CAF1-lena-1@mail.example.de';
    expect((await post(INGEST.emailPath, germanMail(first), 'message/rfc822')).status).toBe(202);
    // The mail integration sends it again, and the customer adds to the thread a minute later:
    // one acknowledgement all the same.
    await post(INGEST.emailPath, germanMail(first), 'message/rfc822');
    // The reply comes once the first mail is routed: records of one batch are routed in
    // parallel, and either mail of a thread may then win its one acknowledgement.
    expect(
      await eventually(
        async () => (await decisionOf(stack, `email:${first}`)) !== undefined,
        20_000,
      ),
    ).toBe(true);
    const second = 'CAF1-lena-2@mail.example.de';
    await post(
      INGEST.emailPath,
      germanMail(second, [`In-Reply-To: <${first}>`, `References: <${first}>`]),
      'message/rfc822',
    );
    const toCustomer = async () =>
      (await sentEmails(stack)).filter((email) => email.destination.to.includes(CUSTOMER));
    expect(
      await eventually(
        async () => (await decisionOf(stack, `email:${second}`)) !== undefined,
        20_000,
      ),
    ).toBe(true);
    expect(await eventually(async () => (await toCustomer()).length > 0, 10_000)).toBe(true);
    const acknowledgements = await toCustomer();
    expect(acknowledgements).toHaveLength(1);
    const [acknowledgement] = acknowledgements;
    expect(isAutoReply(acknowledgement!)).toBe(true);
    expect(acknowledgement).toMatchObject({
      from: 'support@parcelwise.example',
      subject: 'Re: Paket beschädigt angekommen',
    });
    expect(acknowledgement!.headers).toEqual(
      expect.arrayContaining([
        { name: 'In-Reply-To', value: `<${first}>` },
        { name: 'References', value: `<${first}>` },
      ]),
    );
    // Berlin starts at 08:00; four hours of its shift (normal) end at 12:00.
    expect(acknowledgement!.body.text).toContain(
      'Wir melden uns spätestens Mittwoch, 23. Dezember um 12:00 Mitteleuropäische Zeit.',
    );
    expect(acknowledgement!.body.text).toContain(`unter der Referenz email:${first} erhalten`);
    expect(await decisionOf(stack, `email:${first}`)).toMatchObject({
      team: 'emea-berlin',
      status: 'queued',
      expectedReplyBy: '2026-12-23T11:00:00.000Z',
    });
  }, 40_000);

  it('answers a chat post with the reply-by and the sentence to show', async () => {
    const answer = await post(
      INGEST.chatPath,
      JSON.stringify({
        body: 'Hallo, wo ist mein Paket? Die Sendungsverfolgung zeigt seit Tagen nichts Neues.',
        customer: { country: 'DE' },
      }),
      'application/json',
    );
    expect(answer).toMatchObject({
      status: 202,
      json: {
        // Under the namespace of the integration whose secret signed it.
        ticketId: expect.stringMatching(/^chat:local:/),
        expectedReplyBy: '2026-12-23T11:00:00.000Z',
      },
    });
    expect(answer.json.message).toBe(
      `Vielen Dank für Ihre Nachricht. Wir haben sie unter der Referenz ${String(answer.json.ticketId)} erhalten. ` +
        'Wir melden uns spätestens Mittwoch, 23. Dezember um 12:00 Mitteleuropäische Zeit.',
    );
    // The router, taking the ticket off the queue, stores the same promise.
    const ticketId = String(answer.json.ticketId);
    expect(
      await eventually(async () => (await decisionOf(stack, ticketId)) !== undefined, 20_000),
    ).toBe(true);
    expect((await decisionOf(stack, ticketId))!.expectedReplyBy).toBe('2026-12-23T11:00:00.000Z');
  }, 40_000);

  it('tells anyone, without a login, when German speakers are back, and nothing else', async () => {
    const response = await fetch(`${url}/availability?language=de&country=AT`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      language: 'de',
      country: 'AT',
      onShift: false,
      until: null,
      nextOnShift: '2026-12-23T07:00:00.000Z',
      region: 'EU',
      inRegion: { onShift: false, until: null, nextOnShift: '2026-12-23T07:00:00.000Z' },
      checkedAt: '2026-12-23T05:30:00.000Z',
    });
    // Tickets are recorded by now; none of them, nor any customer, shows through.
    for (const secret of [CUSTOMER, 'CAF1-lena', 'chat-', '@parcelwise.example'])
      expect(text).not.toContain(secret);
    const refused = await fetch(`${url}/availability?language=klingon`);
    expect(refused.status).toBe(400);
  });
});
