import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Command } from 'commander';
import { PRIVACY_DEFAULTS } from '../../core/config/config-schema';
import {
  parseIdentifier,
  PLUS_ADDRESSING,
  type CustomerIdentifier,
  type PlusAddressing,
} from '../../core/privacy/customer-identifier';
import { IdentifierError } from '../../core/privacy/identifier-error';
import { documentClient } from '../../adapters/dynamodb/document-client';
import { backfillIdentifierPage } from '../../adapters/dynamodb/identifier-backfill';
import { INGEST } from '../../definitions/ingest';
import { PERSONAL_DEAD_LETTER_QUEUES } from '../../definitions/privacy';
import { TICKET_QUEUE } from '../../definitions/queues';
import { TICKET_LINKS } from '../../definitions/ticket-links';
import { awsCustomerPrivacy } from '../../shared/aws-customer-privacy';
import { ticketLinkSecret } from '../../shared/ticket-link-secret';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { cliUser } from '../cli-user';
import { commandSummary } from '../command-list';
import { configTableTarget } from '../config-table';
import { runningLocalStack } from '../running-local-stack';
import { sqsClientConfig } from '../sqs-client-config';
import { readStoredConfig } from '../stored-config';
import { ticketsTableTarget } from '../tickets-table';

interface PrivacyOptions {
  email?: string;
  phone?: string;
  customerId?: string;
  table?: string;
  configTable?: string;
  deadLetterQueueUrl?: string;
  bucket?: string;
  plusAddressing?: string;
}

/** Exactly one of --email, --phone, --customer-id, normalised. */
function identifierOf(options: PrivacyOptions): CustomerIdentifier {
  const given = [
    ['email', options.email],
    ['phone', options.phone],
    ['customer-id', options.customerId],
  ].filter((entry): entry is ['email' | 'phone' | 'customer-id', string] => entry[1] !== undefined);
  if (given.length !== 1) {
    throw new CliInputError(
      '--email, --phone, --customer-id: give exactly one (the customer to look for)',
    );
  }
  const [kind, value] = given[0]!;
  try {
    return parseIdentifier(kind, value);
  } catch (error) {
    if (error instanceof IdentifierError) {
      throw new CliInputError(`--${kind}: ${JSON.stringify(value.slice(0, 100))} ${error.problem}`);
    }
    throw error;
  }
}

/** `--name`, else the environment variable, else the running local stack's. */
function setting(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): string | undefined {
  return option || env[name] || runningLocalStack()?.env[name];
}

/** --plus-addressing, else the stored configuration's, else distinct. */
async function plusAddressingOf(options: PrivacyOptions): Promise<PlusAddressing> {
  if (options.plusAddressing !== undefined) {
    if (!(PLUS_ADDRESSING as readonly string[]).includes(options.plusAddressing)) {
      throw new CliInputError(
        `--plus-addressing: ${JSON.stringify(options.plusAddressing)} is not one of ${PLUS_ADDRESSING.join(', ')}`,
      );
    }
    return options.plusAddressing as PlusAddressing;
  }
  const stored = await readStoredConfig(configTableTarget(options.configTable));
  try {
    return (stored.current?.config.privacy ?? PRIVACY_DEFAULTS).plusAddressing;
  } finally {
    stored.close();
  }
}

const BACKFILL_PAGE_SIZE = { default: 100, max: 1000 };

/** `--start-after`: the position a backfill printed after its last page. */
function startKeyOf(token: string | undefined): Record<string, unknown> | undefined {
  if (token === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && !Array.isArray(key))
      return key as Record<string, unknown>;
  } catch {
    // Named below, like any other token that is not one a backfill printed.
  }
  throw new CliInputError(
    `--start-after: ${JSON.stringify(token.slice(0, 100))} is not a position a backfill printed`,
  );
}

function pageSizeOf(value: string | undefined): number {
  if (value === undefined) return BACKFILL_PAGE_SIZE.default;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > BACKFILL_PAGE_SIZE.max) {
    throw new CliInputError(
      `--page-size: ${JSON.stringify(value.slice(0, 100))} is not a whole number from 1 to ${BACKFILL_PAGE_SIZE.max}`,
    );
  }
  return size;
}

/**
 * `sunroute privacy export|erase`: a customer's right of access and right to erasure, straight on
 * the tickets table, the dead-letter queue and the mail bucket (docs/privacy.md). `privacy
 * backfill` gives tickets written before identifier items existed the items find and erase use.
 */
export function registerPrivacyCommands(program: Command, io: CliIo): void {
  const privacy = program.command('privacy').description(commandSummary('privacy'));
  const withOptions = (command: Command) =>
    command
      .option('--email <address>', 'the customer’s email address')
      .option('--phone <number>', 'the customer’s phone number, with its country code')
      .option('--customer-id <id>', 'the customer id an integration sends')
      .option(
        '--table <name>',
        'tickets table (default: $TICKETS_TABLE_NAME, else the local stack)',
      )
      .option('--config-table <name>', 'configuration table, for privacy.plusAddressing')
      .option(
        '--plus-addressing <mode>',
        'distinct or same-mailbox (default: the configuration’s privacy.plusAddressing)',
      )
      .option(
        '--dead-letter-queue-url <url>',
        `dead-letter queue (default: $${TICKET_QUEUE.deadLetter.queueUrlEnv}, else the local stack)`,
      )
      .option(
        '--bucket <name>',
        `raw mail bucket (default: $${INGEST.mailBucketEnv}; none: no mail)`,
      );

  async function run(
    options: PrivacyOptions,
    act: (
      privacy: ReturnType<typeof awsCustomerPrivacy>,
      identifier: CustomerIdentifier,
      plus: PlusAddressing,
    ) => Promise<unknown>,
  ) {
    const identifier = identifierOf(options);
    const env = process.env;
    const target = ticketsTableTarget(options.table);
    const queueUrl = setting(options.deadLetterQueueUrl, env, TICKET_QUEUE.deadLetter.queueUrlEnv);
    if (!queueUrl) {
      throw new CliInputError(
        `--dead-letter-queue-url: not given, ${TICKET_QUEUE.deadLetter.queueUrlEnv} is not set and no local stack runs`,
      );
    }
    // The ticket dead-letter queue as given; the others the stack adds from where it says.
    const deadLetterQueues = PERSONAL_DEAD_LETTER_QUEUES.map((queue) => {
      const url =
        queue.queueUrlEnv === TICKET_QUEUE.deadLetter.queueUrlEnv
          ? queueUrl
          : setting(undefined, env, queue.queueUrlEnv);
      if (!url) {
        throw new CliInputError(
          `${queue.queueUrlEnv}: not set and no local stack runs; the ${queue.name} can hold customer data`,
        );
      }
      return { name: queue.name, url };
    });
    const secrets = {
      ...(runningLocalStack()?.env ?? {}),
      ...env,
    };
    const auditSecret = ticketLinkSecret(secrets);
    if (!auditSecret) {
      throw new CliInputError(
        `${TICKET_LINKS.secretEnv} or ${TICKET_LINKS.secretArnEnv}: neither is set, and the audit record's hash needs the key`,
      );
    }
    const plus = await plusAddressingOf(options);
    const bucket = setting(options.bucket, env, INGEST.mailBucketEnv);
    const dynamodb = new DynamoDBClient(target.client);
    const documents = documentClient(dynamodb);
    const sqsConfig = sqsClientConfig(queueUrl);
    const sqs = new SQSClient(sqsConfig);
    // fauxqs serves S3 on its SQS endpoint, with bucket names in the path.
    const s3 = bucket
      ? new S3Client({
          ...(sqsConfig.endpoint ? { endpoint: sqsConfig.endpoint, forcePathStyle: true } : {}),
          ...(sqsConfig.region ? { region: sqsConfig.region } : {}),
          ...(sqsConfig.credentials ? { credentials: sqsConfig.credentials } : {}),
        })
      : undefined;
    try {
      const service = awsCustomerPrivacy({
        documents,
        sqs,
        ticketsTable: target.tableName,
        deadLetterQueues,
        ...(bucket && s3 ? { mail: { s3, bucket } } : {}),
        auditSecret,
        clock: Date.now,
      });
      io.out(`${JSON.stringify(await act(service, identifier, plus), null, 2)}\n`);
    } finally {
      documents.destroy();
      dynamodb.destroy();
      sqs.destroy();
      s3?.destroy();
    }
  }

  withOptions(
    privacy
      .command('export')
      .description(
        'print everything held about one customer as one JSON document, with where each item lives',
      ),
  ).action((options: PrivacyOptions) =>
    run(options, (service, identifier, plusAddressing) =>
      service.export({ identifier, plusAddressing }),
    ),
  );
  withOptions(
    privacy
      .command('erase')
      .description(
        'erase one customer’s tickets, emails, raw mail and dead letters; prints the audit record',
      ),
  ).action((options: PrivacyOptions) =>
    run(options, (service, identifier, plusAddressing) =>
      service.erase({ identifier, plusAddressing }, cliUser()),
    ),
  );

  privacy
    .command('backfill')
    .description(
      'give tickets written before identifier items existed their items, so find and erase reach them (scans the tickets table once)',
    )
    .option('--table <name>', 'tickets table (default: $TICKETS_TABLE_NAME, else the local stack)')
    .option(
      '--page-size <n>',
      `tickets read per page, 1–${BACKFILL_PAGE_SIZE.max} (default ${BACKFILL_PAGE_SIZE.default})`,
    )
    .option('--start-after <position>', 'go on from the position an earlier run printed')
    .action(async (options: { table?: string; pageSize?: string; startAfter?: string }) => {
      const pageSize = pageSizeOf(options.pageSize);
      let startKey = startKeyOf(options.startAfter);
      const target = ticketsTableTarget(options.table);
      const dynamodb = new DynamoDBClient(target.client);
      const documents = documentClient(dynamodb);
      const totals = { pages: 0, tickets: 0, identifiers: 0, gone: 0 };
      try {
        do {
          const page = await backfillIdentifierPage(documents, target.tableName, {
            pageSize,
            ...(startKey ? { startKey } : {}),
          });
          totals.pages += 1;
          totals.tickets += page.tickets;
          totals.identifiers += page.identifiers;
          totals.gone += page.gone;
          startKey = page.next;
          // After every page: where to go on from if this run is stopped.
          io.err(
            `page ${totals.pages}: ${page.tickets} tickets, ${page.identifiers} identifier items` +
              (startKey
                ? `; to go on from here: --start-after ${Buffer.from(JSON.stringify(startKey)).toString('base64url')}`
                : '; done') +
              '\n',
          );
        } while (startKey);
        io.out(`${JSON.stringify({ table: target.tableName, ...totals }, null, 2)}\n`);
      } finally {
        documents.destroy();
        dynamodb.destroy();
      }
    });
}
