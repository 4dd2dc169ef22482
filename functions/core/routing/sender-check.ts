import type { UnverifiedSenderPolicy } from '../config/config-schema';
import type { EmailVerdicts, Ticket } from '../ticket/ticket-schema';

/** The checks whose failure says the `From` address may not be the sender's own. */
export type SenderAuthentication = 'spf' | 'dkim' | 'dmarc';

/** What routing concluded from an email's verdicts; part of the decision when there are any. */
export interface SenderCheck {
  /**
   * False when DMARC failed, or SPF and DKIM both did: anyone could have written this `From`.
   * Whoever writes to the customer (acknowledgements, replies) must not write to it.
   */
  readonly verified: boolean;
  /** The checks that failed, in the order DMARC, SPF, DKIM. */
  readonly failed: readonly SenderAuthentication[];
  /** The receiving server took it for spam. Shown, never acted on: a filter can be wrong. */
  readonly spam: boolean;
  /** Kept out of the thread and the customer it claims (policy `isolate`). */
  readonly isolated: boolean;
}

/** The ticket as routing may use it, and what its sender check found (none without verdicts). */
export interface CheckedTicket {
  readonly ticket: Ticket;
  readonly check: SenderCheck | undefined;
}

/** RFC 7489: DMARC passes on an aligned SPF or DKIM pass, so its failure is the telling one. */
function failedChecks(verdicts: EmailVerdicts): SenderAuthentication[] {
  return (['dmarc', 'spf', 'dkim'] as const).filter((check) => verdicts[check] === 'fail');
}

/**
 * Whether `verdicts` let the `From` address stand for its owner: not when DMARC failed, or SPF and
 * DKIM both did. What an agent's reply is checked by, as a customer's mail is.
 */
export function senderVerified(verdicts: EmailVerdicts): boolean {
  const failed = failedChecks(verdicts);
  return !(failed.includes('dmarc') || (failed.includes('spf') && failed.includes('dkim')));
}

/**
 * Applies the routing.unverifiedSenders policy (default `isolate`) to a ticket that carries its
 * mail server's verdicts. An unverified sender under `isolate` loses `threadId` and `customer.id`:
 * a forged `From: jane@bank.example` with Jane's thread in `References` must neither join Jane's
 * thread nor stick to Jane's agent, and must not become Jane's latest ticket for the next one.
 * Its address stays, so the agent sees whom it claims to be from. Applying it twice changes
 * nothing, so the router and routing itself may both call it.
 */
export function checkSender(
  ticket: Ticket,
  policy: UnverifiedSenderPolicy = 'isolate',
): CheckedTicket {
  const { verdicts } = ticket;
  if (verdicts === undefined) return { ticket, check: undefined };
  const failed = failedChecks(verdicts);
  const verified = senderVerified(verdicts);
  const isolated = !verified && policy === 'isolate';
  const check = { verified, failed, spam: verdicts.spam === 'fail', isolated };
  if (!isolated) return { ticket, check };
  const isolatedTicket = { ...ticket, customer: { ...ticket.customer } };
  delete isolatedTicket.threadId;
  delete isolatedTicket.customer.id;
  return { ticket: isolatedTicket, check };
}

/**
 * The decision's reason line about the sender, or none when there is nothing to say. It names no
 * thread or customer: the router stores the isolated ticket, and routing it again (a handover)
 * must give the same line.
 */
export function senderReason(check: SenderCheck): string | undefined {
  const failed = check.failed.map((name) => name.toUpperCase()).join(', ');
  const spam = check.spam ? 'the mail server took it for spam' : undefined;
  if (check.verified) return spam === undefined ? undefined : `sender: ${spam}`;
  const consequence = check.isolated
    ? 'kept out of the thread and the customer it claims'
    : 'flagged only (routing.unverifiedSenders: flag)';
  return `sender unverified: ${failed} failed, so the From address may be forged; ${consequence}${spam === undefined ? '' : `; ${spam}`}`;
}
