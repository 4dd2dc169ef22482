import type { SQSRecord } from 'aws-lambda';
import { HolidayYearMissingError } from '../core/holidays/holiday-year-missing-error';
import { checkSender } from '../core/routing/sender-check';
import { ticketContentHash } from '../core/ticket/ticket-id';
import { parseTicketJson, type Ticket } from '../core/ticket/ticket-schema';
import type { FieldError } from '../core/validation/field-error';
import type { ClaimedEmail, StoredTicket } from '../adapters/ticket-store';
import { assignTicket } from '../shared/assign-ticket';
import { deadLetterFor } from './dead-letter-reason';
import { deliverUnsentEmails, sendClaimedEmails } from '../shared/email-delivery';
import type { RouterDependencies } from './dependencies';
import { count } from '../shared/delivery-metrics';
import { countDecision, ROUTER_METRICS } from './router-metrics';
import { TicketVanishedError } from './ticket-vanished-error';

/** How a record ended; anything thrown makes the record fail and SQS retry it. */
export type RecordResult = 'routed' | 'dead-lettered' | 'redelivered';

/**
 * One SQS record (docs/guarantees.md): a message that can never be routed goes to the dead-letter
 * queue with its reason and is done; a ticket already recorded only has its unsent emails sent,
 * unless it is another message under the same id (a conflict, dead-lettered too);
 * any other ticket is routed now and recorded with one transaction, then its email is sent and
 * marked sent with one update.
 */
export async function processRecord(
  deps: RouterDependencies,
  record: SQSRecord,
): Promise<RecordResult> {
  const parsed = parseTicketJson(record.body);
  const keys = parsed.ok
    ? { ticketId: parsed.ticket.id, messageId: record.messageId }
    : { messageId: record.messageId };
  try {
    return parsed.ok
      ? await routeRecord(deps, record, parsed.ticket)
      : await deadLetter(deps, record, parsed.errors);
  } catch (error) {
    count(deps.metrics, ROUTER_METRICS.recordsFailed);
    if (error instanceof HolidayYearMissingError) {
      // Not a ticket's fault and not transient: every ticket fails until someone saves the
      // configuration again, so it gets its own metric and a message saying what to do.
      count(deps.metrics, ROUTER_METRICS.holidayYearMissing);
      deps.logger.error(
        'record failed: the configuration version holds no public holidays for this year; save it again',
        { ...keys, source: error.source, year: error.year, storedYears: error.storedYears, error },
      );
    } else {
      deps.logger.error('record failed; SQS will deliver it again', { ...keys, error });
    }
    throw error;
  }
}

async function deadLetter(
  deps: RouterDependencies,
  record: SQSRecord,
  errors: readonly FieldError[],
): Promise<RecordResult> {
  const letter = deadLetterFor(record.body, errors, record.messageId);
  // If this send fails, the record fails and comes back: it is never lost.
  await deps.deadLetters.send(letter);
  count(deps.metrics, ROUTER_METRICS.deadLettered);
  // The paths only: the rules quote the message's values (addresses, text), which stay in the
  // dead letter's own attributes and never reach the logs.
  deps.logger.warn('message dead-lettered: not a ticket', {
    messageId: record.messageId,
    fields: errors.map((error) => error.path),
  });
  return 'dead-lettered';
}

/**
 * Another message under an id already recorded: two integrations that share ids, or mail sent
 * with a Message-ID chosen to match. Dropping it as a redelivery would lose a customer's message
 * without a trace, so it goes to the dead-letter queue with its reason, counted.
 */
async function conflict(
  deps: RouterDependencies,
  record: SQSRecord,
  ticket: Ticket,
): Promise<RecordResult> {
  await deps.deadLetters.send({
    body: record.body,
    reason: `id: ${ticket.id} already names a recorded ticket with other content (sender, subject or body); this message was not routed`,
    field: 'id',
    rule: 'conflict: already names another ticket',
    sourceMessageId: record.messageId,
  });
  count(deps.metrics, ROUTER_METRICS.idConflicts);
  count(deps.metrics, ROUTER_METRICS.deadLettered);
  deps.logger.warn('ticket id conflict: another message under a recorded id, dead-lettered', {
    ticketId: ticket.id,
    messageId: record.messageId,
  });
  return 'dead-lettered';
}

/** The ticket is recorded already: a redelivery only has its unsent emails sent. */
async function redeliver(
  deps: RouterDependencies,
  record: SQSRecord,
  ticket: Ticket,
  stored: StoredTicket,
): Promise<RecordResult> {
  // Tickets recorded before hashes were kept are taken for redeliveries, as they always were.
  if (stored.contentHash !== undefined && stored.contentHash !== ticketContentHash(ticket))
    return conflict(deps, record, ticket);
  count(deps.metrics, ROUTER_METRICS.redelivered);
  deps.logger.info('ticket already recorded: sending what is unsent', {
    ticketId: stored.ticketId,
    messageId: record.messageId,
    team: stored.team,
    agent: stored.agent,
  });
  await deliverUnsentEmails(deps, stored);
  return 'redelivered';
}

async function routeRecord(
  deps: RouterDependencies,
  record: SQSRecord,
  ticket: Ticket,
): Promise<RecordResult> {
  const { logger, metrics } = deps;
  // A read first only when SQS says the message came before; a first delivery of a duplicate is
  // caught by the transaction's condition instead, at no extra cost.
  if (Number(record.attributes.ApproximateReceiveCount ?? '1') > 1) {
    const stored = await deps.tickets.findTicket(ticket.id);
    if (stored) return redeliver(deps, record, ticket, stored);
  }

  const live = await deps.config.current();
  // The live router routes at the moment it processes the record (receivedAt plus queue delay).
  const at = deps.clock();
  // Stored as routing reads it: an unverified sender's ticket without the thread and customer id
  // it claims, so that it is nobody's latest ticket in them either (docs/ingest.md).
  const { ticket: routed } = checkSender(ticket, live.config.routing.unverifiedSenders);
  // The mail client loads while the assignment's transaction, the longest wait, is on the wire.
  const result = await assignTicket(deps, live, routed, at, {
    whileRecording: () => deps.mailer.prepare?.(),
  });
  if (result.kind === 'ticket-exists') {
    const stored = await deps.tickets.findTicket(ticket.id);
    if (!stored) throw new TicketVanishedError(ticket.id);
    return redeliver(deps, record, ticket, stored);
  }

  const { decision } = result;
  const keys = { ticketId: ticket.id, messageId: record.messageId };
  countDecision(metrics, decision);
  logger.info('ticket routed', {
    ...keys,
    configVersion: live.version,
    status: decision.status,
    step: decision.step,
    team: decision.team,
    agent: decision.agent,
    queuedUntil: decision.queuedUntil,
    language: decision.language.code,
    region: decision.region.code,
    ...(decision.sender ? { senderVerified: decision.sender.verified } : {}),
    expectedReplyBy: decision.expectedReplyBy,
    customerAcknowledgement: result.acknowledgement,
  });
  if (result.unrenderable) {
    count(metrics, ROUTER_METRICS.emailsNotRendered);
    logger.error('ticket recorded without an email: the configuration gives no usable address', {
      ...keys,
      team: decision.team,
      agent: decision.agent,
      field: result.unrenderable.field,
      problem: result.unrenderable.problem,
    });
  }
  await sendClaimedEmails(
    deps,
    [result.email, result.customerEmail].filter(
      (email): email is ClaimedEmail => email?.claim !== undefined,
    ),
  );
  return 'routed';
}
