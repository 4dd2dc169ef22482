// Erasure of a customer whose data the product itself wrote, on the whole local stack of
// `npm start`: her mail received through SES receiving (raw mail in the S3 stand-in) becomes a
// ticket, the agent answers its assignment email by mail, she writes again in the thread, the
// ticket is resolved and she answers the survey; her chat ticket is handed over by the scheduler
// at the end of the agent's shift and the new holder answers it by mail, which the chat
// integration cannot take (a chat delivery dead letter); a mail of hers with a virus and a ticket
// the router refuses wait on the dead-letter queue. Export lists all of it with where it lives;
// `sunroute privacy erase` leaves nothing of her name, address or words in any table, bucket or
// queue, gives each agent's place back once, changes no report, and a second erase finds nothing.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { ListQueuesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { SESEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoDbTicketActionStore } from '../../../functions/adapters/dynamodb/dynamodb-ticket-action-store';
import { main } from '../../../functions/cli/main';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { CHAT_DELIVERY_QUEUE } from '../../../functions/definitions/chat-delivery';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { INGEST } from '../../../functions/definitions/ingest';
import { localClientConfig } from '../../../functions/definitions/local-credentials';
import { LOCAL_WEBHOOK_SECRET } from '../../../functions/definitions/local-webhook-secret';
import { REPORTS_TABLE, TABLES, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { mailReceiverDependencies } from '../../../functions/ingest/aws-dependencies';
import { readMailReceiverEnvironment } from '../../../functions/ingest/environment';
import { createMailReceiverHandler } from '../../../functions/ingest/mail-receiver-handler';
import { createLambdaContext } from '../../../functions/local-stack/lambda-context';
import { startLocalStack, type LocalStack } from '../../../functions/local-stack/local-stack';
import type { SentEmail } from '../../../functions/local-stack/ses-store';
import { sesEvent } from '../../unit/ingest/ses-event';
import { memoryIo } from '../../unit/cli/memory-io';
import { readDeadLetters } from '../dead-letters';
import { decisionOf, eventually, sendBodies, sentEmails } from '../e2e/local-stack-harness';
import { EXAMPLE_CONFIG } from '../example-config';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

/** What must be gone after erasure, wherever the product copied it to. */
const NAME = 'Ottilie Brennecke';
const ADDRESS = 'ottilie.brennecke@example.fr';
const PHONE = '+33 1 42 68 53 09';
const PHRASE = 'porcelaine-myrtille-8812';
const TRACES = ['brennecke', '42685309', PHRASE];

/** Tuesday 20:00 UTC: the North American teams are on shift, Tokyo takes over after 00:00. */
let now = Date.parse('2026-12-15T20:00:00Z');

const quiet = { info() {}, warn() {}, error() {} };

describe('erasing a customer whose data the product wrote (local stack)', () => {
  let stack: LocalStack;
  let s3: S3Client;
  const bucket = 'privacy-mail';
  const tickets = () => stack.env[TICKETS_TABLE.tableNameEnv]!;

  async function cli(args: string[]) {
    const io = memoryIo();
    const status = await main(args, io.io);
    return { status, out: io.out(), err: io.errLines() };
  }

  /** SES receiving: the S3 action stores the mail, then the Lambda action gets the event. */
  async function receiveMail(
    sesMessageId: string,
    mail: string,
    options: { recipients?: string[]; virus?: 'PASS' | 'FAIL' } = {},
  ) {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${INGEST.mailObjectPrefix}${sesMessageId}`,
        Body: mail,
      }),
    );
    const event = sesEvent(sesMessageId, options.virus ?? 'PASS');
    const record = event.Records[0]!.ses;
    const at = new Date(now).toISOString();
    const received: SESEvent = {
      Records: [
        {
          ...event.Records[0]!,
          ses: {
            mail: { ...record.mail, timestamp: at },
            receipt: {
              ...record.receipt,
              timestamp: at,
              recipients: options.recipients ?? ['support@parcelwise.example'],
            },
          },
        },
      ],
    };
    const handler = createMailReceiverHandler(
      mailReceiverDependencies(
        readMailReceiverEnvironment({ ...stack.env, [INGEST.mailBucketEnv]: bucket }),
        {
          dynamodb: stack.clients.dynamodb,
          sqs: stack.clients.sqs,
          sesv2: stack.clients.sesv2,
          s3,
          clock: () => now,
          logger: new Logger({ logLevel: 'SILENT' }),
          metrics: new Metrics({ namespace: 'SunrouteTest', serviceName: 'ingest' }),
        },
      ),
      bucket,
    );
    await handler(
      received,
      createLambdaContext({
        functionName: 'receiver',
        timeoutMs: 30_000,
        memoryMb: 1024,
        region: 'us-east-1',
      }),
    );
  }

  const mailHeaders = (from: string, to: string, subject: string, messageId: string) => [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Message-ID: <${messageId}>`,
    'Date: Tue, 15 Dec 2026 21:00:00 +0100',
    'Content-Type: text/plain; charset=utf-8',
    '',
  ];

  async function routed(ticketId: string) {
    expect(
      await eventually(async () => (await decisionOf(stack, ticketId)) !== undefined, 20_000),
    ).toBe(true);
    return (await decisionOf(stack, ticketId))!;
  }

  async function emailAbout(ticketId: string, to: string): Promise<SentEmail> {
    const find = async () =>
      (await sentEmails(stack)).find(
        (email) => email.destination.to.includes(to) && (email.body.text ?? '').includes(ticketId),
      );
    expect(await eventually(async () => (await find()) !== undefined, 10_000)).toBe(true);
    return (await find())!;
  }

  async function scanTable(tableName: string) {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await stack.clients.documents.send(
        new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** Every table, every object of every bucket, every message of every queue, as lower-case text. */
  async function everything(): Promise<string> {
    const dumps: string[] = [];
    for (const table of TABLES) {
      // Gzipped outbox parts are read as text, so that compression cannot hide a trace.
      dumps.push(
        JSON.stringify(await scanTable(stack.env[table.tableNameEnv]!), (_key, value: unknown) =>
          value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
        ),
      );
    }
    const { Buckets = [] } = await s3.send(new ListBucketsCommand({}));
    for (const { Name } of Buckets) {
      const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: Name }));
      for (const object of Contents) {
        const { Body } = await s3.send(new GetObjectCommand({ Bucket: Name, Key: object.Key }));
        dumps.push(object.Key!, await Body!.transformToString());
      }
    }
    const { QueueUrls = [] } = await stack.clients.sqs.send(new ListQueuesCommand({}));
    expect(QueueUrls.length).toBeGreaterThanOrEqual(6);
    for (const queueUrl of QueueUrls) {
      // Seen with no visibility timeout, so the pollers and the next sweep still see them all.
      for (let round = 0; round < 3; round++) {
        const { Messages = [] } = await stack.clients.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: 10,
            VisibilityTimeout: 0,
            MessageAttributeNames: ['All'],
          }),
        );
        dumps.push(JSON.stringify(Messages));
      }
    }
    return dumps.join('\n').toLowerCase();
  }

  const agentLoads = async () =>
    Object.fromEntries(
      (await scanTable(tickets()))
        .filter((item) => item.sk === 'LOAD')
        .map((item) => [String(item.pk).slice('AGENT#'.length), Number(item.openTickets)]),
    );

  const reports = async () => {
    await stack.reports.settled();
    return (await scanTable(stack.env[REPORTS_TABLE.tableNameEnv]!)).sort((a, b) =>
      `${String(a.pk)} ${String(a.sk)}`.localeCompare(`${String(b.pk)} ${String(b.sk)}`),
    );
  };

  const chatDeadLetters = () =>
    readDeadLetters(stack.clients.sqs, stack.env[CHAT_DELIVERY_QUEUE.deadLetter.queueUrlEnv], 0);
  const ticketDeadLetters = () =>
    readDeadLetters(stack.clients.sqs, stack.env[TICKET_QUEUE.deadLetter.queueUrlEnv], 0);

  const emailTicket = 'email:ottilie-1@mail.example.fr';
  let chatTicket: string;
  let holders: Record<string, string>;

  beforeAll(async () => {
    stack = await startLocalStack({
      ports: { dynamodb: 0, sqs: 0, sesv2: 0 },
      httpPort: 0,
      prefix: 'erasure',
      configDocument: EXAMPLE_CONFIG,
      router: { clock: () => now, logger: new Logger({ logLevel: 'SILENT' }) },
      // The test runs the scheduler itself; the timer would fire only after an hour.
      scheduler: { everyMs: 3_600_000 },
      waitTimeSeconds: 1,
      log: quiet,
    });
    // fauxqs serves S3 on its SQS endpoint, with bucket names in the path.
    s3 = new S3Client({ ...localClientConfig(stack.endpoints.sqs), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    for (const [name, value] of Object.entries(stack.env)) vi.stubEnv(name, value);
    vi.stubEnv(INGEST.mailBucketEnv, bucket);
    vi.stubEnv('SUNROUTE_USER', 'lead@parcelwise.example');

    // Her mail, received through SES: the raw mail stays in the bucket, the ticket names it.
    await receiveMail(
      'ses-ottilie-1',
      [
        ...mailHeaders(
          `${NAME} <${ADDRESS}>`,
          'support@parcelwise.example',
          'Colis abîmé',
          'ottilie-1@mail.example.fr',
        ),
        `Bonjour, mon colis ${PHRASE} est arrivé abîmé. Pouvez-vous m'envoyer un remplacement ?`,
        `${NAME}`,
        '',
      ].join('\r\n'),
    );
    const emailDecision = await routed(emailTicket);
    const agent = emailDecision.agent!;
    const assignment = await emailAbout(emailTicket, `${agent}@parcelwise.example`);

    // The agent answers the assignment from their mail program, quoting it whole; SES receiving
    // stores that mail too.
    const quoted = (assignment.body.text ?? '')
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\r\n');
    await receiveMail(
      'ses-agent-answer',
      [
        ...mailHeaders(
          `Agent <${agent}@parcelwise.example>`,
          assignment.replyTo[0]!,
          `Re: ${assignment.subject}`,
          'agent-answer-1@parcelwise.example',
        ),
        'Bonjour, un remplacement part demain.',
        '',
        quoted,
        '',
      ].join('\r\n'),
      { recipients: [assignment.replyTo[0]!] },
    );
    expect(
      await eventually(
        async () =>
          (await sentEmails(stack)).some(
            (email) =>
              email.destination.to.includes(ADDRESS) &&
              (email.body.text ?? '').includes('un remplacement part demain'),
          ),
        10_000,
      ),
    ).toBe(true);

    // She answers in the thread: her mail joins the ticket as its next message.
    await receiveMail(
      'ses-ottilie-thanks',
      [
        ...mailHeaders(
          `${NAME} <${ADDRESS}>`,
          'support@parcelwise.example',
          'Re: Colis abîmé',
          'ottilie-3@mail.example.fr',
        ).slice(0, -1),
        'In-Reply-To: <ottilie-1@mail.example.fr>',
        'References: <ottilie-1@mail.example.fr>',
        '',
        `Merci ! La référence est toujours ${PHRASE}.`,
        '',
      ].join('\r\n'),
    );

    // Her chat, which nobody acknowledges before the shift ends.
    const chat = JSON.stringify({
      id: 'ottilie-chat-1',
      body: `Bonjour, la facture de ${PHRASE} est fausse. Appelez-moi au ${PHONE}.`,
      customer: { name: NAME, email: ADDRESS, phone: PHONE, country: 'FR' },
    });
    const chatPosted = await fetch(`${stack.http!.url}${INGEST.chatPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Sunroute-Signature': signWebhook(chat, LOCAL_WEBHOOK_SECRET, now),
      },
      body: chat,
    });
    expect(chatPosted.status).toBe(202);
    chatTicket = ((await chatPosted.json()) as { ticketId: string }).ticketId;
    const chatDecision = await routed(chatTicket);
    holders = { [emailTicket]: agent, [chatTicket]: chatDecision.agent! };

    // Somebody else's ticket, which must stay as it is.
    await sendBodies(stack, [
      JSON.stringify({
        id: 'someone-else-1',
        channel: 'email',
        receivedAt: new Date(now).toISOString(),
        subject: 'Colis non livré',
        body: 'Bonjour, mon colis devait arriver la semaine dernière. Pouvez-vous vérifier ?',
        customer: { name: 'Camille Durand', email: 'camille.durand@example.fr', country: 'FR' },
      }),
    ]);
    await routed('someone-else-1');

    // A mail of hers SES found a virus in, and a ticket of hers the router refuses.
    await receiveMail(
      'ses-ottilie-virus',
      [
        ...mailHeaders(
          `${NAME} <${ADDRESS}>`,
          'support@parcelwise.example',
          'Facture',
          'ottilie-2@mail.example.fr',
        ),
        `Voici la facture ${PHRASE}.`,
        '',
      ].join('\r\n'),
      { virus: 'FAIL' },
    );
    await sendBodies(stack, [
      JSON.stringify({
        id: 'ottilie-refused',
        channel: 'carrier-pigeon',
        body: `Encore ${PHRASE}`,
        customer: { name: NAME, email: ADDRESS },
      }),
    ]);
    // Both wait on the ticket dead-letter queue before anything reads it.
    expect(await eventually(async () => (await ticketDeadLetters()).length === 2, 20_000)).toBe(
      true,
    );

    // The email ticket resolved: she gets the survey in her thread and answers it.
    const actions = new DynamoDbTicketActionStore(stack.clients.documents, tickets());
    expect(
      (
        await actions.resolveTicket({
          ticketId: emailTicket,
          at: now + 600_000,
          by: 'cli',
          actor: 'lead',
        })
      ).kind,
    ).toBe('done');
    const survey = async () =>
      (await sentEmails(stack)).find(
        (email) =>
          email.destination.to.includes(ADDRESS) && /\/survey\/\S+/.test(email.body.text ?? ''),
      );
    expect(await eventually(async () => (await survey()) !== undefined, 20_000)).toBe(true);
    const link = new URL(/https?:\/\/\S+\/survey\/\S+/.exec((await survey())!.body.text!)![0]);
    const answered = await fetch(`${link.origin}${link.pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        t: link.searchParams.get('t')!,
        score: '2',
        comment: `Trop lent pour ${PHRASE}`,
      }).toString(),
    });
    expect(answered.status).toBe(200);

    // The end of the agents' shift: the scheduler hands both open chats over to the next team.
    now = Date.parse('2026-12-16T00:45:00Z');
    expect(await stack.scheduler!.runNow()).toMatchObject({ handedOver: 2, failed: 0 });
    expect((await decisionOf(stack, chatTicket))!.agent).not.toBe(chatDecision.agent);
    holders[chatTicket] = (await decisionOf(stack, chatTicket))!.agent!;

    // The new holder answers the hand-over email; the chat integration has nowhere to post it, so
    // the event waits on the chat delivery dead-letter queue (ticket id and agent, not her words).
    const handover = await emailAbout(chatTicket, `${holders[chatTicket]}@parcelwise.example`);
    await receiveMail(
      'ses-chat-answer',
      [
        ...mailHeaders(
          `Agent <${holders[chatTicket]}@parcelwise.example>`,
          handover.replyTo[0]!,
          `Re: ${handover.subject}`,
          'agent-chat-answer@parcelwise.example',
        ),
        'Bonjour, la facture corrigée arrive.',
        '',
      ].join('\r\n'),
      { recipients: [handover.replyTo[0]!] },
    );
    expect(await eventually(async () => (await chatDeadLetters()).length === 1, 20_000)).toBe(true);
    await stack.waitingLine.settled();
  }, 180_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    s3?.destroy();
    await stack?.stop();
  }, 60_000);

  it('exports every item the product wrote about her, with where it lives', async () => {
    const { status, out, err } = await cli(['privacy', 'export', '--email', ADDRESS]);
    expect(err).toEqual([]);
    expect(status).toBe(0);
    const exported = JSON.parse(out) as {
      tickets: { ticketId: string; items: { table: string; pk: string; sk: string }[] }[];
      rawMail: { bucket: string; key: string }[];
      deadLetters: { queue: string; body: string }[];
    };
    const where = exported.tickets.flatMap((ticket) =>
      ticket.items.map((item) => `${item.table === tickets() ? 'tickets' : item.table} ${item.sk}`),
    );
    expect(exported.tickets.map((ticket) => ticket.ticketId).sort()).toEqual(
      [emailTicket, chatTicket].sort(),
    );
    // The ticket items, the agent's answer, the survey answer, the emails (assignment,
    // acknowledgement, answer, survey, hand-over) and the identifiers.
    for (const sk of [
      'TICKET',
      'MESSAGE#001',
      'MESSAGE#002',
      'SURVEY',
      'IDENTIFIER#phone:+33142685309',
    ]) {
      expect(
        where.some((item) => item.endsWith(` ${sk}`)),
        sk,
      ).toBe(true);
    }
    const chatItems = exported.tickets.find((ticket) => ticket.ticketId === chatTicket)!.items;
    // The assignment and the hand-over email.
    expect(chatItems.filter((item) => item.sk.startsWith('OUTBOX#')).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(exported.rawMail.map((mail) => `${mail.bucket} ${mail.key}`).sort()).toEqual(
      [
        `${bucket} inbound/ses-agent-answer`,
        `${bucket} inbound/ses-chat-answer`,
        `${bucket} inbound/ses-ottilie-1`,
        `${bucket} inbound/ses-ottilie-thanks`,
        `${bucket} inbound/ses-ottilie-virus`,
      ].sort(),
    );
    expect(exported.deadLetters.map((letter) => letter.queue)).toEqual([
      'ticket dead-letter queue',
      'ticket dead-letter queue',
    ]);
    for (const trace of TRACES) expect(out.toLowerCase()).toContain(trace);
  });

  it('erases all of it, changes no report, gives the places back once, and again finds nothing', async () => {
    const before = await everything();
    for (const trace of TRACES) expect(before).toContain(trace);
    const reportsBefore = await reports();
    const loadsBefore = await agentLoads();
    const others = (await scanTable(tickets())).filter(
      (item) => item.pk === 'TICKET#someone-else-1',
    );

    const first = await cli(['privacy', 'erase', '--email', ADDRESS]);
    expect(first.err).toEqual([]);
    expect(first.status).toBe(0);
    const record = JSON.parse(first.out) as { removed: Record<string, number> };
    expect(record).toMatchObject({
      status: 'done',
      requestedBy: 'lead@parcelwise.example',
      removed: {
        tickets: 2,
        messages: 3,
        surveyAnswers: 1,
        rawMail: 5,
        deadLetters: 2,
      },
    });

    const after = await everything();
    for (const trace of TRACES) expect(after, trace).not.toContain(trace);
    expect(after).toContain('camille.durand');
    // The chat event that could not be posted names the ticket, not her: it stays.
    expect(await chatDeadLetters()).toEqual([
      expect.objectContaining({ body: expect.stringContaining(chatTicket) }),
    ]);
    // Erasure deletes; nothing of hers is kept redacted, so no partition item of hers is left.
    const left = (await scanTable(tickets())).filter(
      (item) => item.pk === `TICKET#${emailTicket}` || item.pk === `TICKET#${chatTicket}`,
    );
    expect(left).toEqual([]);
    expect(
      (await scanTable(tickets())).filter((item) => item.pk === 'TICKET#someone-else-1'),
    ).toEqual(others);
    expect(await reports()).toEqual(reportsBefore);
    // The email ticket was resolved (its place given back then); the open chat's goes back now.
    const expected = {
      ...loadsBefore,
      [holders[chatTicket]!]: loadsBefore[holders[chatTicket]!]! - 1,
    };
    await stack.waitingLine.settled();
    expect(await agentLoads()).toEqual(expected);

    const second = await cli(['privacy', 'erase', '--email', ADDRESS]);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.out)).toMatchObject({ status: 'done', removed: { deadLetters: 0 } });
    expect(Object.keys((JSON.parse(second.out) as { removed: object }).removed)).toEqual([
      'deadLetters',
    ]);
    expect(await agentLoads()).toEqual(expected);
    expect(await reports()).toEqual(reportsBefore);
    for (const trace of TRACES) expect(await everything()).not.toContain(trace);
  });
});
