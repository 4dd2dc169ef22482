import { setTimeout as realSleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { ROUTER } from '../definitions/queues';
import type { ClaimedEmail, EmailClaim, OutboxEmail, StoredTicket } from '../adapters/ticket-store';
import { EmailSendError } from './email-send-error';
import type { DeliveryDependencies } from './delivery-dependencies';
import { count, DELIVERY_METRICS } from './delivery-metrics';

/**
 * A claim older than the router's timeout belongs to an invocation Lambda has ended, so another
 * may take the email over; a younger one may still be sending it.
 */
export const CLAIM_LEASE_MS = ROUTER.timeoutSeconds * 1000;

export function newClaim(at: number): EmailClaim {
  return { token: randomUUID(), at };
}

/**
 * How long marking an accepted email sent is retried. A record that failed here would come back
 * after the visibility timeout, find the claim stale and send the email again, so the mark is
 * worth waiting for while DynamoDB recovers; it stays under the lease and the function's timeout.
 */
export const MARK_SENT_PATIENCE_MS = CLAIM_LEASE_MS * (2 / 3);
const MARK_SENT_FIRST_PAUSE_MS = 100;
const MARK_SENT_MAX_PAUSE_MS = 2_000;

type Deps = Omit<DeliveryDependencies, 'ticketLinks'>;

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
    count(deps.metrics, DELIVERY_METRICS.emailsFailed);
    await deps.tickets.releaseEmail(email, claim).catch((error: unknown) =>
      // The lease runs out on its own; the retry is only later.
      deps.logger.warn('could not release the email claim', { ticketId: email.ticketId, error }),
    );
    throw new EmailSendError(email, { cause });
  }
  await markSent(deps, email, { messageId, at: deps.clock() });
  count(deps.metrics, DELIVERY_METRICS.emailsSent);
  deps.logger.info('email sent', {
    ticketId: email.ticketId,
    recipient: email.recipient,
    sesMessageId: messageId,
  });
}

/**
 * Sends several emails this run holds the claims of at once (a ticket's assignment and the
 * customer's acknowledgement go to different people and neither waits for the other), and waits
 * for every one before the first failure, if any, fails the record: a send still running when the
 * record fails could be cut off by the end of the invocation between SES and its mark.
 */
export async function sendClaimedEmails(
  deps: Deps,
  emails: readonly ClaimedEmail[],
): Promise<void> {
  const outcomes = await Promise.allSettled(
    emails.map((email) => sendClaimedEmail(deps, email, email.claim)),
  );
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Marks an email SES accepted as sent, trying again with growing pauses for MARK_SENT_PATIENCE_MS
 * (real time, and pauses counted, since the clock may be simulated) before the record fails.
 */
async function markSent(
  deps: Deps,
  email: OutboxEmail,
  sent: { readonly messageId: string; readonly at: number },
): Promise<void> {
  const sleep = deps.sleep ?? realSleep;
  const began = Date.now();
  let paused = 0;
  for (
    let pause = MARK_SENT_FIRST_PAUSE_MS;
    ;
    pause = Math.min(pause * 2, MARK_SENT_MAX_PAUSE_MS)
  ) {
    try {
      await deps.tickets.markEmailSent(email, sent);
      return;
    } catch (error) {
      const waited = Math.max(Date.now() - began, paused);
      if (waited + pause > MARK_SENT_PATIENCE_MS) throw error;
      deps.logger.warn('SES accepted the email but marking it sent failed; trying again', {
        ticketId: email.ticketId,
        recipient: email.recipient,
        sesMessageId: sent.messageId,
        error,
      });
      await sleep(pause);
      paused += pause;
    }
  }
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
