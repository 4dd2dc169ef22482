// An agent's answer with attached files, on the whole local stack: the files the customer may
// have reach their inbox byte for byte; a program, or more than an answer may carry, stays behind
// while the words still go, and the agent is told which and why.
import { randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { replyAddress } from '../../../functions/core/replies/reply-address';
import { INGEST } from '../../../functions/definitions/ingest';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { REPLIES } from '../../../functions/definitions/replies';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import { EXAMPLE_CONFIG } from '../example-config';
import { decisionOf, eventually, isAutoReply, sentEmails } from './local-stack-harness';

/** Tuesday 2026-12-22 15:00 UTC: 16:00 in Berlin, its German-speaking team on shift. */
const TUESDAY_AFTERNOON = Date.parse('2026-12-22T15:00:00Z');
const LINK_SECRET = 'reply-attachments-test-secret';
const CUSTOMER = 'lena.hoffmann@example.de';
/** Lowered from the product's 10 MB so that a file over it fits the 4 MB an HTTP post may be. */
const LIMITS = { maxCount: 10, maxEncodedBytes: 64 * 1024 };

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

interface File {
  readonly name: string;
  readonly type: string;
  readonly bytes: Buffer;
}

/** A mail program's answer with files: multipart/mixed, each file base64 in its own part. */
function answerWithFiles(from: string, to: string, id: string, words: string, files: File[]) {
  const boundary = `=_sunroute_${id}`;
  const parts = files.map((file) =>
    [
      `--${boundary}`,
      `Content-Type: ${file.type}; name="${file.name}"`,
      `Content-Disposition: attachment; filename="${file.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      file.bytes.toString('base64').replace(/.{76}/g, '$&\r\n'),
    ].join('\r\n'),
  );
  return Buffer.from(
    [
      `From: Agent <${from}>`,
      `To: ${to}`,
      'Subject: Re: Paket beschädigt angekommen',
      `Message-ID: <${id}@parcelwise.example>`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      words,
      ...parts,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

describe('attachments of an agent’s answer (local stack)', () => {
  let stack: LocalStack;
  let url: string;

  async function post(body: Buffer) {
    const response = await fetch(`${url}${INGEST.emailPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'message/rfc822',
        'Sunroute-Signature': signWebhook(body, LOCAL_WEBHOOK_SECRET, TUESDAY_AFTERNOON),
      },
      body,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  /** A customer's mail routed; its holder and the reply address of the assignment email. */
  async function newTicket(id: string) {
    const mail = Buffer.from(
      [
        `From: Lena Hoffmann <${CUSTOMER}>`,
        'To: support@parcelwise.example',
        'Subject: Paket beschädigt angekommen',
        `Message-ID: <${id}>`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Guten Tag, das Paket mit meiner Bestellung 5521 ist beschädigt angekommen.',
        '',
      ].join('\r\n'),
    );
    expect((await post(mail)).status).toBe(202);
    const ticketId = `email:${id}`;
    expect(await eventually(async () => (await decisionOf(stack, ticketId)) !== undefined)).toBe(
      true,
    );
    const agent = (await decisionOf(stack, ticketId))!.agent!;
    return {
      ticketId,
      agent: `${agent}@parcelwise.example`,
      replyTo: replyAddress(LINK_SECRET, { ticketId, assignment: 1 }, REPLIES.localDomain),
    };
  }

  const answersTo = async (address: string, words: string) =>
    (await sentEmails(stack)).filter(
      (email) => email.destination.to.includes(address) && email.body.text === `${words}\n`,
    );
  const noticesTo = async (address: string, ticketId: string) =>
    (await sentEmails(stack)).filter(
      (email) =>
        !isAutoReply(email) &&
        email.destination.to.includes(address) &&
        email.subject.startsWith('Not sent with your answer') &&
        (email.body.text ?? '').includes(ticketId),
    );

  beforeAll(async () => {
    stack = await startLocalStack({
      ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
      httpPort: 0,
      prefix: 'attachments',
      configDocument: EXAMPLE_CONFIG,
      ticketLinkSecret: LINK_SECRET,
      router: { clock: () => TUESDAY_AFTERNOON, logger: new Logger({ logLevel: 'SILENT' }) },
      replyAttachments: LIMITS,
      waitTimeSeconds: 1,
      log: { info() {}, warn() {}, error() {} },
    });
    url = stack.http!.url;
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('passes a document on byte for byte and leaves a program out, telling the agent', async () => {
    const { ticketId, agent, replyTo } = await newTicket('lena-files-1@mail.example.de');
    // PDF-like: its magic, then bytes of every value, so any re-encoding would show.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3_000)]);
    const exe = Buffer.concat([Buffer.from('MZ'), randomBytes(500)]);
    const words = 'Anbei der Retourenschein für die Gläser.';
    const answer = await post(
      answerWithFiles(agent, replyTo, 'files-1', words, [
        { name: 'Retourenschein 5521.pdf', type: 'application/pdf', bytes: pdf },
        { name: 'tool.exe', type: 'application/x-msdownload', bytes: exe },
      ]),
    );
    expect(answer).toEqual({ status: 202, json: { reply: 'sent', ticketId } });

    const [reply, ...more] = await answersTo(CUSTOMER, words);
    expect(more).toEqual([]);
    expect(reply!.attachments).toEqual([
      expect.objectContaining({
        filename: 'Retourenschein 5521.pdf',
        contentType: 'application/pdf',
      }),
    ]);
    expect(Buffer.from(reply!.attachments[0]!.content, 'base64').equals(pdf)).toBe(true);

    const notices = await noticesTo(agent, ticketId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body.text).toContain('- tool.exe (1 KB): a type of file');
    expect(notices[0]!.attachments).toEqual([]);
  }, 60_000);

  it('leaves out a file over the limit, and still sends the words', async () => {
    const { ticketId, agent, replyTo } = await newTicket('lena-files-2@mail.example.de');
    const words = 'Das Video vom Auspacken schicke ich Ihnen nicht mit.';
    const video = { name: 'auspacken.mp4', type: 'video/mp4', bytes: randomBytes(100 * 1024) };
    const answer = await post(answerWithFiles(agent, replyTo, 'files-2', words, [video]));
    expect(answer).toEqual({ status: 202, json: { reply: 'sent', ticketId } });

    const [reply] = await answersTo(CUSTOMER, words);
    expect(reply!.attachments).toEqual([]);
    const notices = await noticesTo(agent, ticketId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body.text).toContain('- auspacken.mp4 (100 KB): together with the files');
  }, 60_000);
});
