import type { SQSRecord } from 'aws-lambda';
import { HolidayYearMissingError } from '../core/holidays/holiday-year-missing-error';
import { parseTicketJson, type Ticket } from '../core/ticket/ticket-schema';
import { formatFieldError, type FieldError } from '../core/validation/field-error';
import type { StoredTicket } from '../adapters/ticket-store';
import { assignTicket } from '../shared/assign-ticket';
import { deadLetterFor } from './dead-letter-reason';
import { deliverUnsentEmails, sendClaimedEmail } from '../shared/email-delivery';
import type { RouterDependencies } from './dependencies';
import { count } from '../shared/delivery-metrics';
import { countDecision, ROUTER_METRICS } from './router-metrics';
import { TicketVanishedError } from './ticket-vanished-error';

/** How a record ended; anything thrown makes the record fail and SQS retry it. */
export type RecordResult = 'routed' | 'dead-lettered' | 'redelivered';

/**
 * One SQS record, SPEC §2 and §8: a message that can never be routed goes to the dead-letter
 * queue with its reason and is done; a ticket already recorded only has its unsent emails sent;
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
  deps.logger.warn('message dead-lettered: not a ticket (SPEC §2)', {
    messageId: record.messageId,
    field: letter.field,
    rule: letter.rule,
    errors: errors.map(formatFieldError),
  });
  return 'dead-lettered';
}

async function redeliver(
  deps: RouterDependencies,
  record: SQSRecord,
  stored: StoredTicket,
): Promise<RecordResult> {
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
    if (stored) return redeliver(deps, record, stored);
  }

  const live = await deps.config.current();
  // The live router routes at the moment it processes the record (receivedAt plus queue delay).
  const at = deps.clock();
  const result = await assignTicket(deps, live, ticket, at);
  if (result.kind === 'ticket-exists') {
    const stored = await deps.tickets.findTicket(ticket.id);
    if (!stored) throw new TicketVanishedError(ticket.id);
    return redeliver(deps, record, stored);
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
  if (result.email?.claim) await sendClaimedEmail(deps, result.email, result.email.claim);
  if (result.customerEmail?.claim)
    await sendClaimedEmail(deps, result.customerEmail, result.customerEmail.claim);
  return 'routed';
}
