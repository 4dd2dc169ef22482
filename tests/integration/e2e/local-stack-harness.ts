// End-to-end tests run the whole local stack of `npm start` (its own stand-ins on free ports, so
// killing its DynamoDB cannot disturb other test files), send through SQS as an integration
// would, and read the outcome where a support lead would: the tickets table, the dead-letter
// queue and the mail inbox.
import { readFileSync } from 'node:fs';
import { isCustomerAcknowledgement } from '../../../functions/core/customer-reply/render-customer-acknowledgement';
import { TICKET_QUEUE } from '../../../functions/definitions/queues';
import { TICKETS_TABLE } from '../../../functions/definitions/tables';
import type { LocalStack } from '../../../functions/local-stack/local-stack';
import { sendMessageBodies } from '../../../functions/local-stack/send-message-bodies';
import { readSentEmails, type SentEmail } from '../../../functions/local-stack/ses-store';
import { readDeadLetters, type DeadLetterSeen } from '../dead-letters';
import { readDecision } from '../ticket-decision';

/** Tuesday 2026-12-22 15:00 UTC: Berlin, Dublin and both North American teams are on shift. */
export const TUESDAY_AFTERNOON = Date.parse('2026-12-22T15:00:00Z');

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

export function decisionOf(stack: LocalStack, ticketId: string) {
  return readDecision(stack.clients.documents, stack.env[TICKETS_TABLE.tableNameEnv], ticketId);
}

export { eventually } from '../eventually';

/** Drains what the dead-letter queue holds now (each message is then deleted by nobody). */
export function receiveDeadLetters(stack: LocalStack): Promise<DeadLetterSeen[]> {
  return readDeadLetters(stack.clients.sqs, stack.env[TICKET_QUEUE.deadLetter.queueUrlEnv], 60);
}

/** Whether an email is a customer's automatic acknowledgement (RFC 3834's marker). */
export function isAutoReply(email: SentEmail): boolean {
  return isCustomerAcknowledgement(email.headers);
}

/** The emails to agents and team inboxes that name `ticketId` (each lists the ticket id). */
export function emailsFor(emails: readonly SentEmail[], ticketId: string): SentEmail[] {
  return emails.filter(
    (email) => !isAutoReply(email) && (email.body.text ?? '').includes(ticketId),
  );
}

export const sentEmails = (stack: LocalStack) => readSentEmails(stack.endpoints.sesStore);
