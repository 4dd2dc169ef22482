// A customer's right of access and right to erasure on the stand-ins, through `sunroute privacy`
// as a support lead runs it: an email ticket with its raw mail and acknowledgement, a chat ticket
// without a customer id, a conversation message and a survey answer written into a ticket's
// partition as other parts of sunroute write them, a refused ticket and a refused mail on the
// dead-letter queue. Export lists them all; erase leaves no trace of the customer in any table,
// the bucket or the queue, gives the agents' places back once, and a second erase finds nothing.
import { randomBytes } from 'node:crypto';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { main } from '../../../functions/cli/main';
import { INGEST } from '../../../functions/definitions/ingest';
import { localClientConfig } from '../../../functions/definitions/local-credentials';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { TABLES, TICKETS_TABLE } from '../../../functions/definitions/tables';
import { TICKET_LINKS } from '../../../functions/definitions/ticket-links';
import { DynamoDbErasureLog } from '../../../functions/adapters/dynamodb/dynamodb-erasure-log';
import { DynamoDbPrivacyStore } from '../../../functions/adapters/dynamodb/dynamodb-privacy-store';
import { unpackTexts } from '../../../functions/adapters/dynamodb/packed-text';
import { S3RawMailArchive } from '../../../functions/adapters/s3/s3-raw-mail-archive';
import { SqsDeadLetterSweep } from '../../../functions/adapters/sqs/sqs-dead-letter-sweep';
import { parseIdentifier } from '../../../functions/core/privacy/customer-identifier';
import { Logger } from '@aws-lambda-powertools/logger';
import { createAdminHandler } from '../../../functions/admin/admin-handler';
import { awsAdminDependencies } from '../../../functions/admin/aws-dependencies';
import { readAdminEnvironment } from '../../../functions/admin/environment';
import { ADMIN_ROUTE_KEYS } from '../../../functions/definitions/admin-api';
import { withLocalAdminAuthorizer } from '../../../functions/local-stack/admin-authorizer';
import { createHttpGateway } from '../../../functions/local-stack/http-gateway';
import { CustomerPrivacy } from '../../../functions/shared/customer-privacy';
import { memoryIo } from '../../unit/cli/memory-io';
import { ERASURE_QUEUE } from '../../../functions/definitions/privacy';
import { awsErasureWorkerDependencies } from '../../../functions/privacy/aws-dependencies';
import { readPrivacyEnvironment } from '../../../functions/privacy/environment';
import { createErasureWorkerHandler } from '../../../functions/privacy/erasure-worker';
import {
  lambdaContext,
  sqsRecord,
  startTestRouter,
  teamConfig,
  ticketBody,
  TUESDAY_MORNING,
  type TestRouter,
} from '../router/router-harness';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

const { endpoints, prefix } = inject('standIns');
// fauxqs serves S3 on its SQS endpoint, with bucket names in the path.
const s3 = new S3Client({ ...localClientConfig(endpoints.sqs), forcePathStyle: true });

/** What must be gone after erasure, wherever it was copied to. */
const NAME = 'Henrike Quastenberg';
const ADDRESS = 'henrike.quastenberg@example.de';
const PHONE = '+49 30 9876543';
const TEXT = 'zebra-violet-parcel-4417';
const TRACES = ['quastenberg', '9876543', TEXT];

const OTHER = 'other.customer@example.com';

function rawMail(from: string, body: string, name = NAME): string {
  return [
    `From: ${name} <${from}>`,
    'To: support@example.com',
    'Subject: Where is my parcel',
    'Message-ID: <m1@example.de>',
    'Date: Tue, 22 Dec 2026 09:10:00 +0000',
    '',
    body,
    '',
  ].join('\r\n');
}

describe('sunroute privacy export and erase', () => {
  let router: TestRouter;
  let bucket: string;
  let deadLetterQueue: string;
  const ticketsTable = () => router.env[TICKETS_TABLE.tableNameEnv]!;

  async function run(args: string[]) {
    const io = memoryIo();
    const status = await main(args, io.io);
    return { status, out: io.out(), err: io.errLines() };
  }

  async function scanAll(): Promise<string> {
    const dumps: string[] = [];
    for (const table of TABLES) {
      const { Items = [] } = await router.documents.send(
        new ScanCommand({ TableName: router.env[table.tableNameEnv] }),
      );
      // Packed texts are read unpacked, so that compression cannot hide a trace.
      dumps.push(
        JSON.stringify(Items, (_key, value: unknown) =>
          value instanceof Uint8Array
            ? (unpackTexts(value)?.join('\n') ?? Buffer.from(value).toString('latin1'))
            : value,
        ),
      );
    }
    const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    for (const object of Contents) {
      const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: object.Key }));
      dumps.push(object.Key!, await Body!.transformToString());
    }
    // Seen with no visibility timeout, so the sweep of the next run sees them all again.
    for (let round = 0; round < 5; round++) {
      const { Messages = [] } = await router.clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: deadLetterQueue,
          MaxNumberOfMessages: 10,
          VisibilityTimeout: 0,
          MessageAttributeNames: ['All'],
        }),
      );
      dumps.push(JSON.stringify(Messages));
    }
    return dumps.join('\n').toLowerCase();
  }

  beforeAll(async () => {
    router = await startTestRouter();
    await router.saveConfig(
      `${teamConfig(router.runId, { agents: 2, capacity: 5 })}
autoReply:
  enabled: true
  from: support.${router.runId}@example.com
  brandName: Parcelwise
privacy:
  plusAddressing: same-mailbox
  retentionDays: { tickets: 90 }
`,
    );
    bucket = `${prefix}-privacy-${router.runId}`;
    deadLetterQueue = router.env[TICKET_QUEUE.deadLetter.queueUrlEnv]!;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    vi.stubEnv(TICKETS_TABLE.tableNameEnv, ticketsTable());
    vi.stubEnv('CONFIG_TABLE_NAME', router.env.CONFIG_TABLE_NAME!);
    vi.stubEnv(TICKET_QUEUE.deadLetter.queueUrlEnv, deadLetterQueue);
    vi.stubEnv(INGEST.mailBucketEnv, bucket);
    vi.stubEnv(TICKET_LINKS.secretEnv, randomBytes(32).toString('base64url'));
    vi.stubEnv('SUNROUTE_USER', 'lead@example.com');

    // The email ticket's raw mail, as SES receiving leaves it, and the ticket naming it.
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${INGEST.mailObjectPrefix}ses-1`,
        Body: rawMail(ADDRESS, `Hello, ${TEXT} never arrived.`),
      }),
    );
    // Another mail of hers the receiver refused: only the dead letter leads to it.
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${INGEST.mailObjectPrefix}ses-2`,
        Body: rawMail(ADDRESS.toUpperCase(), `Again: ${TEXT}.`),
      }),
    );
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${INGEST.mailObjectPrefix}ses-3`,
        Body: rawMail(OTHER, 'Someone else entirely.', 'Other Person'),
      }),
    );
    const response = await router.invoke([
      sqsRecord(
        ticketBody('email:m1@example.de', {
          subject: `Parcel ${TEXT}`,
          body: `Hello, ${TEXT} never arrived. ${NAME}`,
          customer: { name: NAME, email: ADDRESS, country: 'DE' },
          mail: { messageId: 'm1@example.de', rawKey: `${INGEST.mailObjectPrefix}ses-1` },
        }),
      ),
      // The chat widget knows her by a tagged address and her phone, without a customer id.
      sqsRecord(
        ticketBody('chat:widget:c-77', {
          channel: 'chat',
          body: `Chat about ${TEXT}, call me on ${PHONE}`,
          customer: {
            name: NAME,
            email: 'Henrike.Quastenberg+shop@Example.de',
            phone: '030 9876543',
            country: 'DE',
          },
        }),
      ),
      sqsRecord(
        ticketBody('chat:widget:c-78', {
          channel: 'chat',
          body: 'A question from somebody else.',
          customer: { name: 'Other Person', email: OTHER, country: 'DE' },
        }),
      ),
    ]);
    expect(response.batchItemFailures).toEqual([]);

    // Items other parts of sunroute keep in a ticket's partition.
    for (const item of [
      {
        pk: 'TICKET#chat:widget:c-77',
        sk: 'MESSAGE#001',
        from: 'customer',
        text: `More on ${TEXT}`,
      },
      { pk: 'TICKET#email:m1@example.de', sk: 'SURVEY', score: 2, comment: `${NAME} says slow` },
    ]) {
      await router.documents.send(new PutCommand({ TableName: ticketsTable(), Item: item }));
    }
    // A ticket the router refused, and a mail the receiver refused.
    await router.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: deadLetterQueue,
        MessageBody: `{"id": "broken", "customer": {"email": "${ADDRESS}"}, "body": "${TEXT}`,
      }),
    );
    for (const key of ['ses-2', 'ses-3']) {
      await router.clients.sqs.send(
        new SendMessageCommand({
          QueueUrl: deadLetterQueue,
          MessageBody: JSON.stringify({
            bucket,
            key: `${INGEST.mailObjectPrefix}${key}`,
            sesMessageId: key,
            receivedAt: '2026-12-22T09:10:00Z',
          }),
        }),
      );
    }
    await router.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: deadLetterQueue,
        MessageBody: `{"id": "broken-2", "customer": {"email": "${OTHER}"}}`,
      }),
    );
  }, 60_000);

  afterAll(() => {
    vi.unstubAllEnvs();
    router?.close();
    s3.destroy();
  });

  it('exports every item held about the customer, with where it lives', async () => {
    const { status, out, err } = await run([
      'privacy',
      'export',
      '--email',
      ` ${ADDRESS.toUpperCase()} `,
    ]);
    expect(err).toEqual([]);
    expect(status).toBe(0);
    const exported = JSON.parse(out) as {
      identifier: unknown;
      tickets: {
        ticketId: string;
        items: { table: string; pk: string; sk: string; item: { expiresAt: number } }[];
      }[];
      rawMail: { bucket: string; key: string; text: string }[];
      deadLetters: { body: string }[];
    };
    expect(exported.identifier).toEqual({ kind: 'email', value: ADDRESS });
    const where = exported.tickets.flatMap((ticket) =>
      ticket.items.map(
        (item) => `${item.table === ticketsTable() ? 'tickets' : item.table} ${item.pk} ${item.sk}`,
      ),
    );
    expect(where.sort()).toEqual(
      [
        'tickets AUTOREPLY#email:m1@example.de AUTOREPLY',
        'tickets TICKET#chat:widget:c-77 IDENTIFIER#email-mailbox:henrike.quastenberg@example.de',
        'tickets TICKET#chat:widget:c-77 IDENTIFIER#email:henrike.quastenberg+shop@example.de',
        'tickets TICKET#chat:widget:c-77 IDENTIFIER#phone:+49309876543',
        'tickets TICKET#chat:widget:c-77 MESSAGE#001',
        'tickets TICKET#chat:widget:c-77 OUTBOX#001',
        'tickets TICKET#chat:widget:c-77 TICKET',
        'tickets TICKET#email:m1@example.de IDENTIFIER#email-mailbox:henrike.quastenberg@example.de',
        'tickets TICKET#email:m1@example.de IDENTIFIER#email:henrike.quastenberg@example.de',
        'tickets TICKET#email:m1@example.de OUTBOX#000',
        'tickets TICKET#email:m1@example.de OUTBOX#001',
        'tickets TICKET#email:m1@example.de SURVEY',
        'tickets TICKET#email:m1@example.de TICKET',
      ].sort(),
    );
    expect(exported.rawMail.map((mail) => `${mail.bucket} ${mail.key}`).sort()).toEqual([
      `${bucket} inbound/ses-1`,
      `${bucket} inbound/ses-2`,
    ]);
    expect(exported.deadLetters).toHaveLength(2);
    expect(out).toContain(TEXT);
    // Kept as long as the configuration says, from routing.
    const expiry = Math.floor(TUESDAY_MORNING / 1000) + 90 * 86_400;
    for (const ticket of exported.tickets) {
      for (const { sk, item } of ticket.items) {
        if (sk === 'TICKET' || sk.startsWith('IDENTIFIER#') || sk === 'OUTBOX#001') {
          expect(item.expiresAt, `${ticket.ticketId} ${sk}`).toBe(expiry);
        }
      }
    }
  });

  it('finds the chat ticket by her phone, written without a country code', async () => {
    const { status, out } = await run(['privacy', 'export', '--phone', '0049 30 9876543']);
    expect(status).toBe(0);
    const exported = JSON.parse(out) as { tickets: { ticketId: string }[] };
    expect(exported.tickets.map((ticket) => ticket.ticketId)).toEqual(['chat:widget:c-77']);
  });

  it('refuses an identifier that is none, naming the option', async () => {
    const phone = await run(['privacy', 'erase', '--phone', '9876543']);
    expect(phone.status).toBe(2);
    expect(phone.err.join('\n')).toMatch(/^--phone: "9876543" is not a phone number/);
    const two = await run(['privacy', 'export', '--email', ADDRESS, '--customer-id', 'x']);
    expect(two.status).toBe(2);
    expect(two.err.join('\n')).toMatch(/give exactly one/);
  });

  it('erases everything, gives each agent’s place back once, and a second erase finds nothing', async () => {
    const before = await scanAll();
    for (const trace of TRACES) expect(before).toContain(trace);
    const loadsBefore = await router.agentLoads();
    const others = (await router.ticketItems()).filter(
      (item) => item.ticketId === 'chat:widget:c-78',
    );
    const holders = (await router.ticketItems())
      .filter(
        (item) => String(item.ticketId).includes('c-77') || String(item.ticketId).includes('m1'),
      )
      .map((item) => item.agent as string);

    const first = await run(['privacy', 'erase', '--email', ADDRESS]);
    expect(first.err).toEqual([]);
    expect(first.status).toBe(0);
    const record = JSON.parse(first.out) as Record<string, unknown>;
    expect(record).toMatchObject({
      status: 'done',
      requestedBy: 'lead@example.com',
      identifierHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      removed: {
        tickets: 2,
        outbox: 3,
        identifiers: 5,
        messages: 1,
        surveyAnswers: 1,
        autoReplies: 1,
        rawMail: 2,
        deadLetters: 2,
      },
    });

    const after = await scanAll();
    for (const trace of TRACES) expect(after).not.toContain(trace);
    // Someone else's ticket, mail and dead letter stay as they were.
    expect(after).toContain(OTHER);
    expect(
      (await router.ticketItems()).filter((item) => item.ticketId === 'chat:widget:c-78'),
    ).toEqual(others);
    const expectedLoads = { ...loadsBefore };
    for (const agent of holders) expectedLoads[agent] = expectedLoads[agent]! - 1;
    expect(await router.agentLoads()).toEqual(expectedLoads);

    const second = await run(['privacy', 'erase', '--email', ADDRESS]);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.out)).toMatchObject({
      status: 'done',
      identifierHash: record.identifierHash,
      removed: { deadLetters: 0 },
    });
    expect(Object.keys((JSON.parse(second.out) as { removed: object }).removed)).toEqual([
      'deadLetters',
    ]);
    expect(await router.agentLoads()).toEqual(expectedLoads);
    const { Items = [] } = await router.documents.send(
      new ScanCommand({ TableName: ticketsTable() }),
    );
    const audit = Items.filter((item) => String(item.pk).startsWith('ERASURE#'));
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit).toLowerCase()).not.toContain('quastenberg');
  });

  it('serves the same to support leads over the admin API, and to nobody else', async () => {
    const tokens = { lead: `lead-${router.runId}`, reader: `reader-${router.runId}` };
    // The admin function as deployed with mail receiving: the bucket in its environment.
    const handler = withLocalAdminAuthorizer(
      createAdminHandler(
        awsAdminDependencies(
          readAdminEnvironment({
            ...router.env,
            [INGEST.mailBucketEnv]: bucket,
            [TICKET_LINKS.secretEnv]: process.env[TICKET_LINKS.secretEnv]!,
          }),
          {
            dynamodb: router.clients.dynamodb,
            sqs: router.clients.sqs,
            s3,
            logger: new Logger({ logLevel: 'SILENT' }),
          },
        ),
      ),
      tokens,
    );
    const gateway = createHttpGateway({
      routes: Object.fromEntries(ADMIN_ROUTE_KEYS.map((key) => [key, handler])),
    });
    const { url } = await gateway.start({ port: 0 });
    const post = async (path: string, body: object, token = tokens.lead) => {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    try {
      expect((await post('/privacy/export', { email: OTHER }, tokens.reader)).status).toBe(403);
      const bad = await post('/privacy/export', { email: 'nope', phone: '+4930123456' });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.json)).toContain('exactly one of email, phone, customerId');
      const phone = await post('/privacy/erase', { phone: '12' });
      expect(phone.status).toBe(400);
      expect(JSON.stringify(phone.json)).toContain('body.phone');

      const exported = await post('/privacy/export', { email: OTHER.toUpperCase() });
      expect(exported.status).toBe(200);
      expect((exported.json.tickets as { ticketId: string }[]).map((t) => t.ticketId)).toEqual([
        'chat:widget:c-78',
      ]);
      // The ticket it refused, and the mail whose raw copy names them.
      expect(exported.json.deadLetters).toHaveLength(2);
      expect(exported.json.rawMail).toHaveLength(1);
      const erased = await post('/privacy/erase', { email: OTHER });
      expect(erased.status).toBe(200);
      expect(erased.json).toMatchObject({
        status: 'done',
        requestedBy: expect.any(String),
        removed: { tickets: 1, deadLetters: 2, rawMail: 1 },
      });
      expect(await scanAll()).not.toContain(OTHER);

      // A customer with more tickets than one request erases: 202, the worker finishes it.
      const many = 'many.tickets@example.org';
      for (let batch = 0; batch < 3; batch++) {
        const routed = await router.invoke(
          Array.from({ length: 10 }, (_, n) =>
            sqsRecord(
              ticketBody(`chat:widget:many-${batch}-${n}`, {
                channel: 'chat',
                body: `Many ${TEXT}`,
                customer: { name: 'Many Tickets', email: many },
              }),
            ),
          ),
        );
        expect(routed.batchItemFailures).toEqual([]);
      }
      const accepted = await post('/privacy/erase', { email: many });
      expect(accepted.status).toBe(202);
      expect(accepted.json).toMatchObject({ status: 'running', ticketsFound: 30 });
      const erasureId = String(accepted.json.erasureId);
      const progress = async () => {
        const response = await fetch(`${url}/privacy/erasures/${erasureId}`, {
          headers: { authorization: `Bearer ${tokens.lead}` },
        });
        return {
          status: response.status,
          json: (await response.json()) as Record<string, unknown>,
        };
      };
      expect((await progress()).json).toMatchObject({ status: 'running', erasureId });
      // The worker, as the erasure queue's event source runs it: the message, delivered twice
      // (the first run "crashed" before deleting it) resumes and finishes once.
      const { Messages = [] } = await router.clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: router.env[ERASURE_QUEUE.queueUrlEnv]!,
          MaxNumberOfMessages: 1,
          WaitTimeSeconds: 1,
        }),
      );
      expect(Messages).toHaveLength(1);
      expect(Messages[0]!.Body).not.toContain('Many Tickets');
      const worker = createErasureWorkerHandler(
        awsErasureWorkerDependencies(
          readPrivacyEnvironment({ ...router.env, [INGEST.mailBucketEnv]: bucket }),
          {
            dynamodb: router.clients.dynamodb,
            sqs: router.clients.sqs,
            s3,
            logger: new Logger({ logLevel: 'SILENT' }),
          },
        ),
      );
      const deliver = (receiveCount: number) =>
        worker(
          {
            Records: [
              {
                ...sqsRecord(Messages[0]!.Body!),
                attributes: {
                  ...sqsRecord('').attributes,
                  ApproximateReceiveCount: String(receiveCount),
                },
              },
            ],
          },
          lambdaContext(),
        );
      expect(await deliver(1)).toEqual({ batchItemFailures: [] });
      expect(await deliver(2)).toEqual({ batchItemFailures: [] });
      const done = await progress();
      expect(done.status).toBe(200);
      expect(done.json).toMatchObject({
        status: 'done',
        ticketsFound: 30,
        resumed: 0,
        removed: { tickets: 30, identifiers: 60 },
      });
      expect(await scanAll()).not.toContain('many.tickets');
      expect((await progress()).status).toBe(200);
      const missing = await fetch(`${url}/privacy/erasures/nope`, {
        headers: { authorization: `Bearer ${tokens.lead}` },
      });
      expect(missing.status).toBe(404);
    } finally {
      await gateway.stop();
    }
  });

  it('takes up an erasure that crashed half-way and finishes it', async () => {
    const address = 'crash.test@example.org';
    const response = await router.invoke(
      ['k-1', 'k-2', 'k-3'].map((id) =>
        sqsRecord(
          ticketBody(`chat:widget:${id}`, {
            channel: 'chat',
            body: `Crash ${TEXT} ${id}`,
            customer: { name: 'Crash Tester', email: address },
          }),
        ),
      ),
    );
    expect(response.batchItemFailures).toEqual([]);
    const loadsBefore = await router.agentLoads();
    const store = new DynamoDbPrivacyStore(router.documents, ticketsTable());
    let erased = 0;
    const crashing = new CustomerPrivacy(
      {
        tickets: {
          findTicketIds: (key) => store.findTicketIds(key),
          readTicket: (id) => store.readTicket(id),
          eraseTicket: async (id) => {
            if (erased === 1) throw new Error('the Lambda ran out of time');
            erased += 1;
            return store.eraseTicket(id);
          },
        },
        erasures: new DynamoDbErasureLog(router.documents, ticketsTable()),
        deadLetters: [
          new SqsDeadLetterSweep(router.clients.sqs, deadLetterQueue, 'ticket dead-letter queue'),
        ],
        rawMail: new S3RawMailArchive(s3, bucket, INGEST.mailObjectPrefix),
        auditKey: async () => process.env[TICKET_LINKS.secretEnv]!,
        clock: () => Date.now(),
      },
      INGEST.mailObjectPrefix,
    );
    const identifier = parseIdentifier('email', address);
    await expect(
      crashing.erase({ identifier, plusAddressing: 'distinct' }, 'lead@example.com'),
    ).rejects.toThrow('ran out of time');
    const { Items = [] } = await router.documents.send(
      new ScanCommand({ TableName: ticketsTable() }),
    );
    const running = Items.filter((item) => item.status === 'running');
    expect(running).toHaveLength(1);
    expect(running[0]!.removed).toMatchObject({ tickets: 1 });

    const resumed = await run(['privacy', 'erase', '--email', address]);
    expect(resumed.status).toBe(0);
    expect(JSON.parse(resumed.out)).toMatchObject({
      status: 'done',
      resumed: 1,
      startedAt: running[0]!.startedAt,
      removed: { tickets: 3, outbox: 3 },
    });
    expect(await scanAll()).not.toContain('crash.test');
    // Three places given back, each once, whichever run erased the ticket.
    const given =
      Object.values(loadsBefore).reduce((sum, n) => sum + n, 0) -
      Object.values(await router.agentLoads()).reduce((sum, n) => sum + n, 0);
    expect(given).toBe(3);
  });
});
