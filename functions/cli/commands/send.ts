import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Command } from 'commander';
import { TICKET_QUEUE } from '../../definitions/queues';
import { CliInputError } from '../cli-input-error';
import type { CliIo } from '../cli-io';
import { commandSummary } from '../command-list';
import { readInput } from '../read-input';
import { runningLocalStack } from '../running-local-stack';
import { sqsClientConfig } from '../sqs-client-config';
import { ticketMessages, type TicketMessage } from '../ticket-messages';

interface SendOptions {
  ticket: string;
  queueUrl?: string;
  raw?: boolean;
}

/** SendMessageBatch takes at most 10 entries whose bodies add up to at most 256 KiB. */
export const SQS_MAX_BATCH_ENTRIES = 10;
export const SQS_MAX_BATCH_BYTES = 256 * 1024;

/** Consecutive runs of messages within both of SendMessageBatch's limits, in input order. */
export function batchesOf(messages: readonly TicketMessage[]): TicketMessage[][] {
  const batches: TicketMessage[][] = [];
  let current: TicketMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = Buffer.byteLength(message.body, 'utf8');
    if (
      current.length === SQS_MAX_BATCH_ENTRIES ||
      (current.length > 0 && bytes + size > SQS_MAX_BATCH_BYTES)
    ) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** --queue-url, else $TICKET_QUEUE_URL, else the queue of the local stack `npm start` runs. */
function queueUrlOf(options: SendOptions, env: NodeJS.ProcessEnv): string {
  const queueUrl =
    options.queueUrl ||
    env[TICKET_QUEUE.queueUrlEnv] ||
    runningLocalStack()?.env[TICKET_QUEUE.queueUrlEnv];
  if (!queueUrl) {
    throw new CliInputError(
      `--queue-url: not given, ${TICKET_QUEUE.queueUrlEnv} is not set and no local stack runs ` +
        '(start one with npm start; a deployed stack has the URL as its TicketQueueUrl output)',
    );
  }
  let protocol: string;
  try {
    protocol = new URL(queueUrl).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new CliInputError(`--queue-url: "${queueUrl}" is not an http(s) URL`);
  }
  return queueUrl;
}

/** Sends every batch; returns the labels SQS refused, with why, after printing what it took. */
async function sendAll(
  sqs: SQSClient,
  queueUrl: string,
  messages: readonly TicketMessage[],
  io: CliIo,
): Promise<string[]> {
  const refused: string[] = [];
  for (const batch of batchesOf(messages)) {
    const { Successful = [], Failed = [] } = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((message, index) => ({ Id: String(index), MessageBody: message.body })),
      }),
    );
    const sent = new Map(Successful.map((entry) => [Number(entry.Id), entry.MessageId]));
    const failed = new Map(
      Failed.map((entry) => [Number(entry.Id), `${entry.Code}: ${entry.Message}`]),
    );
    batch.forEach((message, index) => {
      if (sent.has(index)) io.out(`${message.label} → ${sent.get(index)}\n`);
      else refused.push(`${message.label}: not sent (${failed.get(index) ?? 'no answer for it'})`);
    });
  }
  return refused;
}

/** What went wrong, where, and for an unreachable local queue what to do about it. */
function sendFailure(error: unknown, queueUrl: string, explicitEndpoint: boolean): string {
  const reason = error instanceof Error ? error.message : String(error);
  const unreachable = (error as NodeJS.ErrnoException).code === 'ECONNREFUSED';
  const hint = unreachable && explicitEndpoint ? ' — is the local stack running (npm start)?' : '';
  return `could not send to ${queueUrl}: ${reason}${hint}`;
}

export function registerSendCommand(program: Command, io: CliIo): void {
  program
    .command('send')
    .description(commandSummary('send'))
    .requiredOption('--ticket <file>', 'ticket JSON file, or - for stdin')
    .option(
      '--queue-url <url>',
      `the ticket queue (default: $${TICKET_QUEUE.queueUrlEnv}, else the local stack npm start runs); the endpoint comes from the AWS environment`,
    )
    .option('--raw', 'send the bodies as they are, without checking them (to watch dead letters)')
    .action(async (options: SendOptions) => {
      const queueUrl = queueUrlOf(options, process.env);
      const source = options.ticket === '-' ? 'stdin' : options.ticket;
      const messages = ticketMessages(await readInput(io, options.ticket, 'ticket'), source, {
        raw: options.raw,
      });
      const config = sqsClientConfig(queueUrl);
      const sqs = new SQSClient(config);
      try {
        const refused = await sendAll(sqs, queueUrl, messages, io).catch((error: unknown) => {
          throw new Error(sendFailure(error, queueUrl, config.endpoint !== undefined));
        });
        if (refused.length > 0) {
          for (const line of refused) io.err(`${line}\n`);
          throw new Error(
            `${refused.length} of ${messages.length} tickets were not sent to ${queueUrl}`,
          );
        }
      } finally {
        sqs.destroy();
      }
    });
}
