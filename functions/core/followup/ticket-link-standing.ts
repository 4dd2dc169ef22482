import type { TicketEvent } from './ticket-history';
import type { LinkAssignment, TokenCheck } from './ticket-link-token';

/** What of a stored ticket decides whether a link still speaks for its holder. */
export interface LinkedTicketState {
  readonly agent: string | null;
  /** Raised by every handover and reassignment; 0 on tickets recorded before it was kept. */
  readonly assignment: number;
  readonly history: readonly TicketEvent[];
}

/** Whether a link may act on the ticket as it is now, and for which assignment. */
export type LinkStanding =
  | { readonly kind: 'current'; readonly holder: LinkAssignment }
  /** A bound link whose ticket went to another agent, team or queue since it was sent. */
  | { readonly kind: 'moved' }
  /** A link of the first format on a ticket that changed hands: nobody can say whose it was. */
  | { readonly kind: 'unbound' };

/** Whether the ticket was ever given a new holder: any entry after the router's first. */
function changedHands(history: readonly TicketEvent[]): boolean {
  return history
    .slice(1)
    .some(({ event }) => event === 'handed-over' || event === 'assigned' || event === 'queued');
}

/**
 * Where a link with a valid signature stands against the ticket now. A bound link is current
 * while the ticket is still its agent's at its assignment. A link of the first format names no
 * agent: it speaks for the ticket's agent only while the ticket never changed hands (then the one
 * assignment email that carried it went to that agent), and never after a handover, whoever
 * follows it.
 *
 * @example
 * linkStanding({ ok: true, kind: 'bound', holder: { agent: 'jonas', assignment: 1 } },
 *   { agent: 'mei', assignment: 2, history }); // { kind: 'moved' }
 */
export function linkStanding(
  check: Extract<TokenCheck, { ok: true }>,
  ticket: LinkedTicketState,
): LinkStanding {
  if (check.kind === 'bound') {
    const { holder } = check;
    return ticket.agent === holder.agent && ticket.assignment === holder.assignment
      ? { kind: 'current', holder }
      : { kind: 'moved' };
  }
  return ticket.agent === null || changedHands(ticket.history)
    ? { kind: 'unbound' }
    : { kind: 'current', holder: { agent: ticket.agent, assignment: ticket.assignment } };
}
