import type { StoredTicket } from './ticket-store';

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
 * What people do to a routed ticket: the acknowledgement links and the CLI. Apart from the
 * router's view, so the router's store and its test doubles need not know about it.
 */
export interface TicketActionStore {
  /** Marks the ticket acknowledged, which stops its handoff and escalation. */
  acknowledgeTicket(action: TicketAction): Promise<TicketActionOutcome>;
  /** Marks the ticket resolved and gives its agent's capacity back, once however often asked. */
  resolveTicket(action: TicketAction): Promise<TicketActionOutcome>;
}
