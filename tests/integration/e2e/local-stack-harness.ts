// End-to-end tests run the whole local stack of `npm start` (its own stand-ins on free ports, so
// killing its DynamoDB cannot disturb other test files), send through SQS as an integration
// would, and read the outcome where a support lead would: the tickets table, the dead-letter
// queue and the mail inbox.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Decision } from '../../../functions/core/routing/decision';
import { ticketKey } from '../../../functions/store/dynamodb/ticket-items';
import { TICKET_QUEUE } from '../../../lib/definitions/queues';
import { TICKETS_TABLE } from '../../../lib/definitions/tables';
import type { LocalStack } from '../../../lib/local/local-stack';
import { sendMessageBodies } from '../../../lib/local/send-message-bodies';
import { readSentEmails, type SentEmail } from '../../../lib/local/ses-store';

/** Tuesday 2026-12-22 15:00 UTC: Berlin, Dublin and both North American teams are on shift. */
export const TUESDAY_AFTERNOON = Date.parse('2026-12-22T15:00:00Z');

export const EXAMPLE_CONFIG = readFileSync(
  new URL('../../../examples/sunroute.yaml', import.meta.url),
  'utf8',
);

/** The demo batch with ids made unique to `run`. */
export function demoTickets(run: string): Record<string, unknown>[] {
  const tickets = JSON.parse(
    readFileSync(new URL('../../../examples/demo/tickets.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>[];
  return tickets.map((ticket) => ({ ...ticket, id: `${String(ticket.id)}-${run}` }));
}

export function sendBodies(stack: LocalStack, bodies: readonly string[]): Promise<string[]> {
  return sendMessageBodies(stack.clients.sqs, stack.env[TICKET_QUEUE.queueUrlEnv]!, bodies);
}

export async function decisionOf(stack: LocalStack, ticketId: string) {
  const { Item } = await stack.clients.documents.send(
    new GetCommand({
      TableName: stack.env[TICKETS_TABLE.tableNameEnv],
      Key: ticketKey(ticketId),
      ConsistentRead: true,
    }),
  );
  return Item?.decision as Decision | undefined;
}

/** Polls until `done` holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(done: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(250);
  }
  return done();
}

export interface DeadLetterSeen {
  readonly body: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Drains what the dead-letter queue holds now (each message is then deleted by nobody). */
export async function receiveDeadLetters(stack: LocalStack): Promise<DeadLetterSeen[]> {
  const { Messages = [] } = await stack.clients.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: stack.env[TICKET_QUEUE.deadLetter.queueUrlEnv],
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
      VisibilityTimeout: 60,
      WaitTimeSeconds: 0,
    }),
  );
  return Messages.map((message) => ({
    body: message.Body ?? '',
    attributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        value.StringValue ?? '',
      ]),
    ),
  }));
}

/** The emails that name `ticketId` (every assignment email lists the ticket id). */
export function emailsFor(emails: readonly SentEmail[], ticketId: string): SentEmail[] {
  return emails.filter((email) => (email.body.text ?? '').includes(ticketId));
}

export const sentEmails = (stack: LocalStack) => readSentEmails(stack.endpoints.sesStore);
