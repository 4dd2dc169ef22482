/** Which tickets a support lead asks for: one team's, in one status or all, since an instant. */
export interface TicketListQuery {
  readonly team: string;
  /** Absent: every listing status (TICKET_LIST_STATUSES). */
  readonly status?: TicketListStatus;
  /** ISO instant: only tickets whose status was set at or after it. */
  readonly from?: string;
  /** At most this many, the latest status changes first. */
  readonly limit: number;
}

/**
 * Where a listing finds a ticket, one byTeamStatus partition each, so every ticket is in exactly
 * one: `queued` and `assigned` while nobody has acknowledged it, `acknowledged` from the
 * acknowledgement until it is resolved, then `resolved`. An acknowledged ticket keeps its stored
 * `status` (assigned, or queued), which the router and the scheduler read; only its index key
 * moves, so a listing by status stays one query with an exact `Limit`.
 */
export const TICKET_LIST_STATUSES = ['queued', 'assigned', 'acknowledged', 'resolved'] as const;

export type TicketListStatus = (typeof TICKET_LIST_STATUSES)[number];

export function isTicketListStatus(value: string): value is TicketListStatus {
  return (TICKET_LIST_STATUSES as readonly string[]).includes(value);
}

/** An email of the ticket's outbox, without its text. */
export interface TicketEmailSummary {
  readonly sequence: number;
  readonly recipient: string;
  readonly to: string;
  readonly subject: string;
  readonly sent: boolean;
}

/**
 * A recorded ticket as stored: its decision (with reasons), the ticket, and every other attribute
 * the router and later steps keep on it (acknowledgement, hand-offs, history). Storage keys are
 * left out; attributes this reader does not know are passed through, so new ones show up unread.
 */
export interface TicketRecord {
  readonly ticketId: string;
  readonly status: string;
  readonly team: string | null;
  readonly agent: string | null;
  readonly [attribute: string]: unknown;
}

export interface TicketDetail {
  readonly ticket: TicketRecord;
  readonly emails: readonly TicketEmailSummary[];
  /**
   * The ticket's `history` attribute when it keeps one, then any other items stored under the
   * ticket (neither the ticket nor an email), in key order.
   */
  readonly history: readonly unknown[];
  /** The conversation after the ticket's own message (docs/agents.md), oldest first. */
  readonly messages: readonly unknown[];
}

export interface TicketListing {
  readonly tickets: readonly TicketRecord[];
  /** More matched than `limit`. */
  readonly truncated: boolean;
}

/** Reading tickets for support leads: never writes, so the admin API cannot change a ticket. */
export interface TicketReader {
  listTickets(query: TicketListQuery): Promise<TicketListing>;
  /** Undefined when no ticket has that id. */
  readTicket(ticketId: string): Promise<TicketDetail | undefined>;
}
