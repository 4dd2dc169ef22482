import type { SQSRecord } from 'aws-lambda';
import { parseTicketJson } from '../core/ticket/ticket-schema';
import { formatFieldError } from '../core/validation/field-error';
import { assignTicket } from './assign-ticket';
import { deadLetterFor } from './dead-letter-reason';
import { deliverUnsentEmails, sendClaimedEmail } from './email-delivery';
import type { RouterDependencies } from './router-dependencies';
import { count, countDecision, ROUTER_METRICS } from './router-metrics';
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
  const { logger, metrics } = deps;
  const parsed = parseTicketJson(record.body);
  if (!parsed.ok) {
    const letter = deadLetterFor(record.body, parsed.errors, record.messageId);
    // If this send fails, the record fails and comes back: it is never lost.
    await deps.deadLetters.send(letter);
    count(metrics, ROUTER_METRICS.deadLettered);
    logger.warn('message dead-lettered: not a ticket (SPEC §2)', {
      messageId: record.messageId,
      field: letter.field,
      rule: letter.rule,
      errors: parsed.errors.map(formatFieldError),
    });
    return 'dead-lettered';
  }
  const ticket = parsed.ticket;
  const keys = { ticketId: ticket.id, messageId: record.messageId };

  try {
    // A GetItem-like read only when SQS says the message came before; a first delivery of a
    // duplicate is caught by the transaction's condition instead, at no extra cost.
    if (Number(record.attributes.ApproximateReceiveCount ?? '1') > 1) {
      const stored = await deps.tickets.findTicket(ticket.id);
      if (stored) {
        count(metrics, ROUTER_METRICS.redelivered);
        logger.info('ticket already recorded: sending what is unsent', {
          ...keys,
          team: stored.team,
          agent: stored.agent,
        });
        await deliverUnsentEmails(deps, stored);
        return 'redelivered';
      }
    }

    const live = await deps.config.current();
    // The live router routes at the moment it processes the record (receivedAt plus queue delay).
    const at = deps.clock();
    const result = await assignTicket(deps, live, ticket, at);
    if (result.kind === 'ticket-exists') {
      const stored = await deps.tickets.findTicket(ticket.id);
      if (!stored) throw new TicketVanishedError(ticket.id);
      count(metrics, ROUTER_METRICS.redelivered);
      logger.info('ticket already recorded: sending what is unsent', {
        ...keys,
        team: stored.team,
        agent: stored.agent,
      });
      await deliverUnsentEmails(deps, stored);
      return 'redelivered';
    }

    const { decision } = result;
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
    if (result.email) {
      await sendClaimedEmail(deps, result.email, result.email.claim!);
    }
    return 'routed';
  } catch (error) {
    count(metrics, ROUTER_METRICS.recordsFailed);
    logger.error('record failed; SQS will deliver it again', { ...keys, error });
    throw error;
  }
}
