import type { EmailMessage } from '../core/email/email-message';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { Decision } from '../core/routing/decision';
import type { RoutingState } from '../core/routing/routing-state';
import type { Ticket } from '../core/ticket/ticket-schema';
import type { RetentionDays } from '../core/privacy/retention';

/**
 * Who an outbox email is for: the chosen agent, the team inbox (queued, or no agent), or the
 * customer (the acknowledgement of their mail).
 */
export type EmailRecipientKind = 'agent' | 'team' | 'customer';

/**
 * The outbox number of the customer's acknowledgement. The agent's or team's email is 1 and the
 * scheduler numbers its own from there, so the acknowledgement, written beside the first, takes 0.
 */
export const CUSTOMER_ACKNOWLEDGEMENT_SEQUENCE = 0;

/**
 * A router run's hold on an unsent email while it sends it, so that two deliveries of the same
 * ticket at once never both send. A claim older than the router's timeout belongs to a run that
 * is gone and may be taken over.
 */
export interface EmailClaim {
  /** Unique per processing attempt. */
  readonly token: string;
  /** Epoch ms when it was taken. */
  readonly at: number;
}

/** An email written in the same transaction as the assignment, sent afterwards. */
export interface OutboxEmail {
  readonly ticketId: string;
  /**
   * 1 for the assignment's email, 0 for the customer's acknowledgement; later notices (handovers,
   * escalations) take 2, 3, …
   */
  readonly sequence: number;
  readonly recipient: EmailRecipientKind;
  readonly message: EmailMessage;
  readonly sent: boolean;
  readonly claim?: EmailClaim;
}

/** An outbox email this run holds the claim of: written with its change, sent right after. */
export type ClaimedEmail = OutboxEmail & { readonly claim: EmailClaim };

/** What loading the routing state needs to know: only what agent choice will look at. */
export interface RoutingStateRequest {
  /** The chosen team's agents, whose load decides among them. */
  readonly agentIds: readonly string[];
  /** Given when the ticket has one: the agent of that thread's latest open ticket is sticky. */
  readonly threadId?: string;
  /** Given when the ticket's customer has an id: that customer's latest open ticket's agent. */
  readonly customerId?: string;
}

/** Everything one routed ticket writes, in one transaction. */
export interface Assignment {
  readonly ticket: Ticket;
  readonly decision: Decision;
  /** The chosen agent's `maxOpenTickets`; absent when the agent has no limit (or there is none). */
  readonly agentLimit?: number;
  /** The email to send, claimed by this run already; absent when nobody can be written to. */
  readonly email?: {
    readonly recipient: EmailRecipientKind;
    readonly message: EmailMessage;
    readonly claim: EmailClaim;
  };
  /**
   * The customer's acknowledgement, claimed by this run, written only when `thread` had none
   * since `unlessSentSince` (epoch ms): one per thread a day, kept by a conditional write.
   */
  readonly customerEmail?: {
    readonly message: EmailMessage;
    readonly claim: EmailClaim;
    readonly thread: string;
    readonly unlessSentSince: number;
  };
  /** Epoch ms of routing: the agent's `lastAssignedAt` and the start of retention. */
  readonly at: number;
  /**
   * When a scheduler run must first read the ticket (core/followup/next-follow-up.ts, with the
   * configuration routing used); absent: at once, and the scheduler lists it at its instant.
   */
  readonly followUpDue?: string | null;
  /**
   * `privacy.retentionDays` of the configuration in force (absent: the defaults): the ticket and
   * every item of its partition expire `tickets` days after routing, its survey answer
   * `surveyAnswers` days after it is offered.
   */
  readonly retention?: RetentionDays;
}

/** How an assignment transaction ended. Anything else (throttling, outages) is thrown. */
export type AssignmentOutcome =
  | {
      readonly kind: 'recorded';
      readonly email?: OutboxEmail;
      readonly customerEmail?: OutboxEmail;
      /** The thread's customer was acknowledged within the day: recorded without a second one. */
      readonly customerEmailSkipped?: boolean;
    }
  /** The ticket was already recorded: a redelivery, or the same ticket sent twice. */
  | { readonly kind: 'ticket-exists' }
  /** The agent reached `maxOpenTickets` since the state was read (another router got there). */
  | { readonly kind: 'agent-full'; readonly agentId: string }
  /** Another transaction touched the same items at the same moment; worth trying again. */
  | { readonly kind: 'conflict' };

/**
 * The assignment number the router records with a ticket. Every later handover or reassignment
 * raises it, so a link signed for one assignment can tell that the ticket has moved on.
 */
export const FIRST_ASSIGNMENT = 1;

/** Where a ticket stands: as routed, or resolved by its agent or a support lead. */
export type TicketStatus = Decision['status'] | 'resolved';

/** A ticket already recorded, with its outbox. */
export interface StoredTicket {
  readonly ticketId: string;
  readonly status: TicketStatus;
  readonly team: string | null;
  readonly agent: string | null;
  /** ISO instant of the acknowledgement; null while nobody has acknowledged it. */
  readonly acknowledgedAt: string | null;
  /**
   * ticketContentHash of the ticket as recorded: another message under the same id is a conflict,
   * not a redelivery. Absent for tickets recorded before hashes were kept.
   */
  readonly contentHash?: string;
  /** Raised by every change after the assignment; changes are conditional on it. */
  readonly version: number;
  /**
   * FIRST_ASSIGNMENT from the router on, raised by every handover or reassignment (not by
   * acknowledging, resolving or escalating); 0 on tickets recorded before it was kept.
   */
  readonly assignment: number;
  readonly history: readonly TicketEvent[];
  readonly emails: readonly OutboxEmail[];
}

/**
 * Where tickets, their decisions and outbox emails, and agents' loads are kept. The router's only
 * view of ticket storage, so its logic does not depend on DynamoDB; the scheduler sends outbox
 * emails through it too. What the scheduler alone and what people change are ports of their own
 * (follow-up-store.ts, ticket-action-store.ts).
 */
export interface TicketStore {
  /** Loads, for agent choice, the load of the given agents and the sticky thread/customer agent. */
  loadRoutingState(request: RoutingStateRequest): Promise<RoutingState>;
  /** The recorded ticket with its outbox, strongly consistent; undefined when not recorded. */
  findTicket(ticketId: string): Promise<StoredTicket | undefined>;
  /**
   * Records the ticket, takes the agent's capacity and writes the outbox email, all or nothing.
   * Refuses a ticket already recorded and an agent already at its limit.
   */
  recordAssignment(assignment: Assignment): Promise<AssignmentOutcome>;
  /**
   * Takes an unsent email for sending unless another run holds a claim newer than `staleBefore`
   * (epoch ms). False when it is sent already or held.
   */
  claimEmail(email: OutboxEmail, claim: EmailClaim, staleBefore: number): Promise<boolean>;
  /** Gives up this run's claim so a retry need not wait for it to go stale. */
  releaseEmail(email: OutboxEmail, claim: EmailClaim): Promise<void>;
  /** Records that SES accepted the email. */
  markEmailSent(
    email: OutboxEmail,
    sent: { readonly messageId: string; readonly at: number },
  ): Promise<void>;
}
