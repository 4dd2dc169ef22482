import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SESEvent, SQSRecord } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigValidationError } from '../../../functions/core/config/config-validation-error';
import { CalendarQueryError } from '../../../functions/core/calendar/calendar-query-error';
import { CalendarSpecError } from '../../../functions/core/calendar/calendar-spec-error';
import { EmailInputError } from '../../../functions/core/email/email-input-error';
import { HolidayYearMissingError } from '../../../functions/core/holidays/holiday-year-missing-error';
import { EmailTicketInvalidError } from '../../../functions/core/ingest/email-ticket-invalid-error';
import { emailToTicket } from '../../../functions/core/ingest/email-to-ticket';
import { ingestEmail } from '../../../functions/core/ingest/ingest-email';
import { parseInboundEmail } from '../../../functions/core/ingest/parse-inbound-email';
import { WebhookSecretError } from '../../../functions/core/ingest/webhook-secret-error';
import { parseTicket } from '../../../functions/core/ticket/ticket-schema';
import { ConfigSaveConflictError } from '../../../functions/adapters/config-save-conflict-error';
import { ConfigTooLargeError } from '../../../functions/adapters/config-too-large-error';
import { ConfigVersionMissingError } from '../../../functions/adapters/config-version-missing-error';
import { UnprocessedKeysError } from '../../../functions/adapters/dynamodb/unprocessed-keys-error';
import { UnprocessedDeletesError } from '../../../functions/adapters/dynamodb/unprocessed-deletes-error';
import { IdentifierError } from '../../../functions/core/privacy/identifier-error';
import { RawMailMissingError } from '../../../functions/adapters/s3/raw-mail-missing-error';
import { RawMailExpiryError } from '../../../functions/adapters/s3/raw-mail-expiry-error';
import { SesMailer } from '../../../functions/adapters/ses/ses-mailer';
import { SqsTicketQueue } from '../../../functions/adapters/sqs/sqs-ticket-queue';
import { StoredItemError } from '../../../functions/adapters/stored-item-error';
import { TicketChangeContentionError } from '../../../functions/adapters/ticket-change-contention-error';
import { TicketTooLargeError } from '../../../functions/adapters/ticket-too-large-error';
import type { OutboxEmail } from '../../../functions/adapters/ticket-store';
import type { DeadLetter } from '../../../functions/adapters/dead-letter-queue';
import { AdminHttpError } from '../../../functions/admin/admin-http-error';
import { StoredConfigUnusableError } from '../../../functions/admin/current-config';
import { createHttpIngestHandler } from '../../../functions/ingest/http-ingest-handler';
import { createMailReceiverHandler } from '../../../functions/ingest/mail-receiver-handler';
import { DeliveryPostponedError } from '../../../functions/chat-delivery/delivery-postponed-error';
import { WebhookSecretsConfigError } from '../../../functions/shared/webhook-secrets-config-error';
import { staticWebhookSecrets } from '../../../functions/shared/webhook-secrets';
import { signWebhook } from '../../../functions/core/ingest/webhook-signature';
import { processRecord } from '../../../functions/router/process-record';
import type { RouterDependencies } from '../../../functions/router/dependencies';
import { TicketVanishedError } from '../../../functions/router/ticket-vanished-error';
import { AssignmentContentionError } from '../../../functions/shared/assignment-contention-error';
import { EmailSendError } from '../../../functions/shared/email-send-error';
import { lambdaLogger } from '../../../functions/shared/lambda-logger';
import { MissingEnvironmentError } from '../../../functions/shared/missing-environment-error';
import { NoConfigurationError } from '../../../functions/shared/no-configuration-error';
import { StoredConfigInvalidError } from '../../../functions/shared/stored-config-invalid-error';
import { TicketLinkSecretError } from '../../../functions/shared/ticket-link-secret-error';
import { createLambdaContext } from '../../../functions/local-stack/lambda-context';
import {
  liveBerlin,
  MemorySeenRequests,
  MemoryTicketQueue,
  NOW,
  postEvent,
  SECRETS,
} from '../ingest/ingest-handler-fixtures';
import { sesEvent } from '../ingest/ses-event';

// What a customer wrote and who they are: none of it may reach a log line (CloudWatch keeps logs
// 30 days, and whoever reads them is not whoever may read tickets).
const SUBJECT = 'Kontosperrung Geheimbetreff 8472';
const BODY = 'Meine IBAN DE89370400440532013000 bitte sperren, Passwort Hunter2-geheim';
const ADDRESS = 'jane.geheim@bank.example';
const NAME = 'Jane Geheimname';
const CUSTOMER_TEXT = [SUBJECT, BODY, ADDRESS, NAME, 'DE89370400440532013000', 'jane.geheim'];

process.env.POWERTOOLS_METRICS_DISABLED = 'true';

/** Everything the real logger printed while `run` ran, stdout and stderr. */
async function printed(run: (logger: Logger) => unknown): Promise<string> {
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    await run(lambdaLogger());
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return written.join('');
}

function expectNoCustomerText(text: string): void {
  for (const secret of CUSTOMER_TEXT) expect(text).not.toContain(secret);
}

afterEach(() => vi.restoreAllMocks());

const mail = (headers: string[], body = BODY) =>
  [
    `From: ${NAME} <${ADDRESS}>`,
    `Subject: ${SUBJECT}`,
    'Message-ID: <m-1@bank.example>',
    ...headers,
    '',
    body,
    '',
  ].join('\r\n');

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const outbox: OutboxEmail = {
  ticketId: 'm-1@bank.example',
  sequence: 1,
  recipient: 'agent',
  message: {
    to: 'ann@example.com',
    subject: `NORMAL: ${SUBJECT}`,
    text: `${NAME} <${ADDRESS}> wrote:\n${BODY}`,
    html: `<p>${BODY}</p>`,
  },
  sent: false,
};

function customerTicket() {
  const parsed = parseTicket({
    id: 't-1',
    receivedAt: '2026-12-22T09:00:00Z',
    subject: SUBJECT,
    body: BODY,
    customer: { email: ADDRESS, name: NAME },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.ticket;
}

const sesRejection = Object.assign(
  new Error(
    `Email address is not verified. The following identities failed the check in region EU-WEST-1: ${ADDRESS}, support@shop.example`,
  ),
  { name: 'MessageRejected', $metadata: { httpStatusCode: 400, requestId: 'req-7' } },
);

/**
 * Every error class a Lambda may log, made the way the code makes it, with the customer's text
 * wherever it could flow in. Classes only the CLI or the local stack throw print to a terminal of
 * whoever ran them and are listed apart.
 */
const ERRORS: Record<string, () => Promise<Error> | Error> = {
  EmailSendError: () => new EmailSendError(outbox, { cause: sesRejection }),
  SesResponseError: () =>
    rejection(
      new SesMailer({ send: () => Promise.resolve({}) } as never, { from: 'desk@x.example' }).send({
        ...outbox.message,
        to: ADDRESS,
      }),
    ),
  SqsResponseError: () =>
    rejection(
      new SqsTicketQueue({ send: () => Promise.resolve({}) } as never, 'https://q').put(
        customerTicket(),
      ),
    ),
  SenderAddressError: () =>
    rejection(ingestEmail(mail([]).replace(ADDRESS, 'jane.geheim@localhost'), { receivedAt: NOW })),
  ReceiveTimeError: async () => {
    const email = await parseInboundEmail(mail([`Date: ${NAME}`]));
    return rejection(
      Promise.resolve().then(() => emailToTicket(email, { dateHeaderFallback: true })),
    );
  },
  UnparseableEmailError: () =>
    rejection(ingestEmail(`${BODY}\n${NAME} ${ADDRESS}`, { receivedAt: NOW })),
  EmailTicketInvalidError: () => {
    const parsed = parseTicket({
      id: 't-1',
      receivedAt: '2026-12-22T09:00:00Z',
      body: BODY,
      customer: { email: `${NAME} at ${ADDRESS}`, locale: SUBJECT },
    });
    if (parsed.ok) throw new Error('expected field errors');
    return new EmailTicketInvalidError(parsed.errors);
  },
  TicketTooLargeError: () => new TicketTooLargeError('t-1', 300_000, 262_144),
  TicketVanishedError: () => new TicketVanishedError('t-1'),
  AssignmentContentionError: () => new AssignmentContentionError('t-1', 8),
  TicketChangeContentionError: () => new TicketChangeContentionError('t-1', 5),
  StoredItemError: () => new StoredItemError('Tickets', 'TICKET#t-1/TICKET', 'status', 'is absent'),
  UnprocessedKeysError: () => new UnprocessedKeysError('Tickets', 3),
  UnprocessedDeletesError: () => new UnprocessedDeletesError('Tickets', 3, 5),
  IdentifierError: () => new IdentifierError('email', 'is not an email address'),
  RawMailMissingError: () => new RawMailMissingError('inbound-bucket', 'inbound/ses-1'),
  RawMailExpiryError: () => new RawMailExpiryError('inbound-bucket', 2, 'AccessDenied'),
  ConfigVersionMissingError: () => new ConfigVersionMissingError('Config', 4),
  ConfigSaveConflictError: () => new ConfigSaveConflictError('Config', 4),
  ConfigTooLargeError: () => new ConfigTooLargeError(500_000, 409_600),
  NoConfigurationError: () => new NoConfigurationError('router'),
  StoredConfigInvalidError: () =>
    new StoredConfigInvalidError(4, [{ path: 'teams[0].timeZone', message: 'is unknown' }]),
  StoredConfigUnusableError: () => new StoredConfigUnusableError('version 4 is unusable'),
  ConfigValidationError: () =>
    new ConfigValidationError([{ path: 'agents[0].email', message: 'is not an address' }]),
  MissingEnvironmentError: () => new MissingEnvironmentError('TICKETS_TABLE_NAME', 'router'),
  TicketLinkSecretError: () => new TicketLinkSecretError('arn:aws:secretsmanager:x'),
  WebhookSecretError: () => new WebhookSecretError('one of them is empty'),
  WebhookSecretsConfigError: () => new WebhookSecretsConfigError('the secret', ['$: not JSON']),
  HolidayYearMissingError: () => new HolidayYearMissingError('DE-BE', 2031, [2026, 2027]),
  CalendarQueryError: () => new CalendarQueryError('isOnShift(at)', Number.NaN),
  CalendarSpecError: () => new CalendarSpecError('shifts[0].start', '25:00', 'is not a time'),
  EmailInputError: () => new EmailInputError('decision.agent', 'is null'),
  AdminHttpError: () => new AdminHttpError(404, 'ticket t-1 not found'),
  DeliveryPostponedError: () => new DeliveryPostponedError('message for chat:widget:42: HTTP 503'),
};

/**
 * The ingest routes answer this one to the client (the client's own fields, to fix its request)
 * and log it as a line of ids and paths, tested below; it is never logged whole.
 */
const ANSWERED_NOT_LOGGED = 'IngestRequestError';
/** Abstract: its subclasses are in the table. */
const ABSTRACT = 'InboundEmailError';

/** Thrown only by the command line, the browser console and the local stack: never in Lambda logs. */
const NOT_IN_LAMBDA_LOGS =
  /^functions\/(cli|console|local-stack)\/|^functions\/definitions\/local-stack-note\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('errors carry ids, never customer text', () => {
  it('covers every error class a Lambda can log', () => {
    const root = join(import.meta.dirname, '../../..');
    const declared = sourceFiles(join(root, 'functions'))
      .filter((file) => !NOT_IN_LAMBDA_LOGS.test(relative(root, file)))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/class (\w+Error) extends/g)].map(
          (match) => match[1]!,
        ),
      )
      .filter((name) => name !== ANSWERED_NOT_LOGGED && name !== ABSTRACT);
    expect(declared.sort()).toEqual(Object.keys(ERRORS).sort());
  });

  it.each(Object.keys(ERRORS))('%s, logged through the Lambda logger', async (name) => {
    const error = await ERRORS[name]!();
    expect(error.name).toBe(name);
    const text = await printed((logger) => logger.error('record failed', { error }));
    expect(text).toContain(name);
    expectNoCustomerText(text);
  });

  it('keeps what SES said without the addresses it quoted', async () => {
    const error = new EmailSendError(outbox, { cause: sesRejection });
    expect(error.message).toBe(
      'ticket m-1@bank.example: the agent email #1 was not sent: Email address is not verified. ' +
        'The following identities failed the check in region EU-WEST-1: <address>, <address>',
    );
    expect(error.cause).toMatchObject({
      name: 'MessageRejected',
      $metadata: { requestId: 'req-7' },
    });
    expect(error).toMatchObject({ ticketId: 'm-1@bank.example', recipient: 'agent', sequence: 1 });
  });
});

describe('log lines name ids, never customer text', () => {
  it('the router dead-lettering a message that breaks the schema', async () => {
    const letters: DeadLetter[] = [];
    const body = JSON.stringify({
      id: 't-1',
      receivedAt: 'yesterday',
      subject: SUBJECT,
      body: BODY,
      customer: { email: `${NAME} <${ADDRESS}>`, name: NAME, country: 'Geheimland' },
    });
    const text = await printed((logger) =>
      processRecord(
        {
          logger,
          metrics: new Metrics({ namespace: 'SunrouteTest' }),
          deadLetters: { send: (letter: DeadLetter) => Promise.resolve(void letters.push(letter)) },
        } as unknown as RouterDependencies,
        { messageId: 'sqs-1', body, attributes: {} } as SQSRecord,
      ),
    );
    expect(letters).toHaveLength(1);
    expect(text).toContain('customer.email');
    expectNoCustomerText(text);
  });

  it('the ingest routes refusing a ticket, JSON and a mail', async () => {
    const text = await printed(async (logger) => {
      const handler = createHttpIngestHandler({
        queue: new MemoryTicketQueue(),
        seenRequests: new MemorySeenRequests(),
        config: liveBerlin,
        secrets: staticWebhookSecrets(SECRETS),
        clock: () => NOW,
        logger,
        metrics: new Metrics({ namespace: 'SunrouteTest' }),
      });
      const context = createLambdaContext({
        functionName: 'ingest',
        timeoutMs: 10_000,
        memoryMb: 512,
        region: 'us-east-1',
      });
      const post = (path: string, body: string) =>
        handler(
          postEvent(path, body, {
            'Sunroute-Signature': signWebhook(body, SECRETS['chat-widget']![0]!, NOW),
          }),
          context,
        );
      await post(
        '/ingest/chat',
        JSON.stringify({ subject: SUBJECT, body: BODY, customer: { email: `${NAME} ${ADDRESS}` } }),
      );
      await post('/ingest/chat', `{"body": "${BODY}", ${ADDRESS}}`);
      await post('/ingest/email', mail([]).replace(ADDRESS, 'jane.geheim@localhost'));
      await post('/ingest/email', mail([`Date: ${SUBJECT}`]));
    });
    expect(text.match(/ingest request refused/g)).toHaveLength(3);
    expectNoCustomerText(text);
  });

  it('SES receiving dead-lettering a mail without a usable sender', async () => {
    const letters: { reason: string }[] = [];
    const text = await printed(async (logger) => {
      const handler = createMailReceiverHandler(
        {
          queue: new MemoryTicketQueue(),
          mail: {
            read: () => Promise.resolve(Buffer.from(mail([]).replace(ADDRESS, 'x@localhost'))),
          },
          deadLetters: {
            send: (letter: { reason: string }) => Promise.resolve(void letters.push(letter)),
          },
          clock: () => NOW,
          logger,
          metrics: new Metrics({ namespace: 'SunrouteTest' }),
        },
        'inbound-bucket',
      );
      await handler(
        sesEvent('ses-1') as SESEvent,
        createLambdaContext({ functionName: 'r', timeoutMs: 1, memoryMb: 1, region: 'x' }),
      );
    });
    expect(letters[0]?.reason).toBe('$: sender-address: From is not an email address');
    expectNoCustomerText(text);
  });
});
