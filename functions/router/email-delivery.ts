import { randomUUID } from 'node:crypto';
import { ROUTER } from '../../lib/definitions/queues';
import type { EmailClaim, OutboxEmail, StoredTicket } from '../store/ticket-store';
import { EmailSendError } from './email-send-error';
import type { RouterDependencies } from './router-dependencies';
import { count, ROUTER_METRICS } from './router-metrics';

/**
 * A claim older than the router's timeout belongs to an invocation Lambda has ended, so another
 * may take the email over; a younger one may still be sending it.
 */
export const CLAIM_LEASE_MS = ROUTER.timeoutSeconds * 1000;

export function newClaim(at: number): EmailClaim {
  return { token: randomUUID(), at };
}

type Deps = Pick<RouterDependencies, 'tickets' | 'mailer' | 'clock' | 'logger' | 'metrics'>;

/**
 * Sends an email this run holds the claim of, then marks it sent (one UpdateItem). When SES
 * refuses, the claim is given back so the retry need not wait out the lease, and the record fails.
 */
export async function sendClaimedEmail(
  deps: Deps,
  email: OutboxEmail,
  claim: EmailClaim,
): Promise<void> {
  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send(email.message));
  } catch (cause) {
    count(deps.metrics, ROUTER_METRICS.emailsFailed);
    await deps.tickets.releaseEmail(email, claim).catch((error: unknown) =>
      // The lease runs out on its own; the retry is only later.
      deps.logger.warn('could not release the email claim', { ticketId: email.ticketId, error }),
    );
    throw new EmailSendError(email, { cause });
  }
  await deps.tickets.markEmailSent(email, { messageId, at: deps.clock() });
  count(deps.metrics, ROUTER_METRICS.emailsSent);
  deps.logger.info('email sent', {
    ticketId: email.ticketId,
    recipient: email.recipient,
    sesMessageId: messageId,
  });
}

/**
 * A ticket already recorded (redelivery, or the same ticket sent twice): nothing is routed again;
 * only emails not yet sent are, each after taking its claim, so that two deliveries at once send
 * it once.
 */
export async function deliverUnsentEmails(deps: Deps, stored: StoredTicket): Promise<void> {
  for (const email of stored.emails) {
    if (email.sent) continue;
    const now = deps.clock();
    const claim = newClaim(now);
    if (!(await deps.tickets.claimEmail(email, claim, now - CLAIM_LEASE_MS))) {
      deps.logger.info('email held by another delivery of the ticket, or sent meanwhile', {
        ticketId: email.ticketId,
        recipient: email.recipient,
      });
      continue;
    }
    await sendClaimedEmail(deps, email, claim);
  }
}
