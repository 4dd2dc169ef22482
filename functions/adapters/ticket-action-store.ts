import type { LinkAssignment } from '../core/followup/ticket-link-token';
import type { StoredTicket } from './ticket-store';

/** Acknowledging or resolving a ticket: a person's action, from an email link or the CLI. */
export interface TicketAction {
  readonly ticketId: string;
  /** Epoch ms. */
  readonly at: number;
  /** Through what: `link` or `cli`, kept in the history. */
  readonly by: string;
  /** Who: the agent a link was sent to, or the CLI's user; kept in the history. */
  readonly actor: string;
  /**
   * The assignment the action is for (a link's): the change is made only while the ticket is
   * still that agent's at that assignment, else the outcome is `moved` and nothing changes.
   * Absent (the CLI): whoever holds the ticket now.
   */
  readonly holder?: LinkAssignment;
}

/** A ticket as the link pages show it, with what decides whether a link still applies. */
export interface ActionTicket extends Omit<StoredTicket, 'emails'> {
  /** The customer's subject line; null when the ticket has none. */
  readonly subject: string | null;
}

/** How an acknowledgement or resolution ended; clicking twice is `unchanged`, not an error. */
export type TicketActionOutcome =
  | { readonly kind: 'done'; readonly ticket: ActionTicket }
  /** Already acknowledged (or resolved, which needs no acknowledgement), or already resolved. */
  | { readonly kind: 'unchanged'; readonly ticket: ActionTicket }
  /** The ticket is no longer at the action's `holder` assignment: handed over or reassigned. */
  | { readonly kind: 'moved'; readonly ticket: ActionTicket }
  | { readonly kind: 'not-found' };

/**
 * What people do to a routed ticket: the acknowledgement links and the CLI. Apart from the
 * router's view, so the router's store and its test doubles need not know about it.
 */
export interface TicketActionStore {
  /** The ticket as it is now (strongly consistent), without its customer's message or address. */
  findActionTicket(ticketId: string): Promise<ActionTicket | undefined>;
  /** Marks the ticket acknowledged, which stops its handoff and escalation. */
  acknowledgeTicket(action: TicketAction): Promise<TicketActionOutcome>;
  /** Marks the ticket resolved and gives its agent's capacity back, once however often asked. */
  resolveTicket(action: TicketAction): Promise<TicketActionOutcome>;
}
