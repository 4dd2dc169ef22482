/** Which tickets a support lead asks for: one team's, in one status or all, since an instant. */
export interface TicketListQuery {
  readonly team: string;
  /** Absent: every status the reader knows (TICKET_LIST_STATUSES). */
  readonly status?: string;
  /** ISO instant: only tickets whose status was set at or after it. */
  readonly from?: string;
  /** At most this many, the latest status changes first. */
  readonly limit: number;
}

/**
 * The statuses a listing without `status` reads, one index partition each. Tickets are written
 * queued or assigned; acknowledgement and resolution (issue #8) add the others.
 */
export const TICKET_LIST_STATUSES = ['queued', 'assigned', 'acknowledged', 'resolved'] as const;

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
