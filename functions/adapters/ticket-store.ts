import type { EmailMessage } from '../core/email/email-message';
import type { OpenTicket } from '../core/followup/open-ticket';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { Decision } from '../core/routing/decision';
import type { RoutingState } from '../core/routing/routing-state';
import type { Ticket } from '../core/ticket/ticket-schema';

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
  /** Raised by every change after the assignment; changes are conditional on it. */
  readonly version: number;
  readonly history: readonly TicketEvent[];
  readonly emails: readonly OutboxEmail[];
}

/** Acknowledging or resolving a ticket: a person's action, from an email link or the CLI. */
export interface TicketAction {
  readonly ticketId: string;
  /** Epoch ms. */
  readonly at: number;
  /** `link` or `cli`, kept in the history. */
  readonly by: string;
}

/** How an acknowledgement or resolution ended; clicking twice is `unchanged`, not an error. */
export type TicketActionOutcome =
  | { readonly kind: 'done'; readonly ticket: StoredTicket }
  /** Already acknowledged (or resolved, which needs no acknowledgement), or already resolved. */
  | { readonly kind: 'unchanged'; readonly ticket: StoredTicket }
  | { readonly kind: 'not-found' };

/**
 * Where tickets, their decisions and outbox emails, and agents' loads are kept. The router's only
 * view of ticket storage, so its logic does not depend on DynamoDB.
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

/**
 * What people do to a routed ticket: the acknowledgement links and the CLI. Apart from the
 * router's view, so the router's store and its test doubles need not know about it.
 */
export interface TicketActionStore {
  /** Marks the ticket acknowledged, which stops its handoff and escalation. */
  acknowledgeTicket(action: TicketAction): Promise<TicketActionOutcome>;
  /** Marks the ticket resolved and gives its agent's capacity back, once however often asked. */
  resolveTicket(action: TicketAction): Promise<TicketActionOutcome>;
}

/** An open ticket as the scheduler reads it, with what its conditional change needs. */
export interface OpenTicketRecord extends OpenTicket {
  readonly version: number;
  /** The highest outbox sequence used so far (1 when only the router has written). */
  readonly lastEmailSequence: number;
  /** Emails were written with the last change and may not all be sent yet. */
  readonly pendingEmails: boolean;
}

/** One scheduler change of one ticket, written all or nothing if the ticket is still as read. */
export interface FollowUpChange {
  readonly ticketId: string;
  /** The version read: the change is refused when anything changed the ticket since. */
  readonly version: number;
  /** Epoch ms of the run. */
  readonly at: number;
  /** The ticket's new routing (handover, queued ticket assigned); absent for an escalation alone. */
  readonly reroute?: {
    readonly decision: Decision;
    /** The agent whose load the ticket leaves; null when it had none. */
    readonly previousAgent: string | null;
    /** The new agent's `maxOpenTickets`, when limited. */
    readonly agentLimit?: number;
  };
  readonly escalated: boolean;
  readonly events: readonly TicketEvent[];
  /** Claimed by this run already, numbered after `lastEmailSequence`. */
  readonly emails: readonly (OutboxEmail & { readonly claim: EmailClaim })[];
}

export type FollowUpOutcome =
  | { readonly kind: 'recorded' }
  /** The ticket changed since it was read (another run, an acknowledgement): leave it. */
  | { readonly kind: 'stale' }
  | { readonly kind: 'agent-full'; readonly agentId: string }
  | { readonly kind: 'conflict' };

/** What the scheduler reads and writes. */
export interface FollowUpStore {
  /** The assigned and queued tickets of these teams. */
  listOpenTickets(teamIds: readonly string[]): Promise<OpenTicketRecord[]>;
  recordFollowUp(change: FollowUpChange): Promise<FollowUpOutcome>;
  /** Notes that every email up to `lastEmailSequence` went out, unless newer ones were written. */
  clearPendingEmails(ticketId: string, lastEmailSequence: number): Promise<void>;
}
