import { createHash } from 'node:crypto';
import type { Ticket } from './ticket-schema';

/**
 * Ticket ids by where the ticket came in. An integration's id is unique only among its own
 * tickets (a chat widget's `42` is not a web form's `42`, and anyone can send mail with a chosen
 * Message-ID), so ingest writes each id under its source's namespace: `email:<Message-ID>`,
 * `chat:<integration>:<id>`. Namespaces hold no `:` of their own. Tickets put on the queue
 * directly keep the id their integration gave.
 */

/** The schema's limit for `id` and `threadId`. */
export const MAX_TICKET_ID_LENGTH = 256;

/** Inbound email, from SES receiving and from `POST /ingest/email` alike. */
export const EMAIL_NAMESPACE = 'email';

/** A webhook integration's tickets: `chat-widget` posts under `chat:chat-widget`. */
export function webhookNamespace(integration: string): string {
  return `chat:${integration}`;
}

/**
 * `<namespace>:<id>`. An id that would make it longer than the schema allows becomes a digest, so
 * the same id always gives the same key and long ids from two sources still never meet.
 *
 * @example namespacedId('email', 'CAHx9Lq3@mail.gmail.com') // 'email:CAHx9Lq3@mail.gmail.com'
 */
export function namespacedId(namespace: string, id: string): string {
  const key = `${namespace}:${id}`;
  if (key.length <= MAX_TICKET_ID_LENGTH) return key;
  return `${namespace}:sha256-${createHash('sha256').update(id).digest('hex')}`;
}

/**
 * What makes two deliveries under one id the same ticket: who wrote, the subject and the body.
 * A redelivery (SQS again, a retried post, the same mail through SES and the HTTP route) has the
 * same; a different message under an id already taken has another, and is a conflict.
 */
export function ticketContentHash(ticket: Ticket): string {
  const content = JSON.stringify([
    ticket.customer.email ?? null,
    ticket.subject ?? null,
    ticket.body,
  ]);
  return createHash('sha256').update(content).digest('hex');
}
