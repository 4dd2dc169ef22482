/** What happened to a ticket after it arrived, as support leads ask about it. */
export type TicketEventKind =
  | 'assigned'
  | 'queued'
  | 'acknowledged'
  | 'handed-over'
  | 'escalated'
  | 'resolved'
  /** An agent answered the customer by email (docs/agents.md). */
  | 'replied';

/** One entry of a ticket's short history, stored on the ticket in the order it happened. */
export interface TicketEvent {
  readonly event: TicketEventKind;
  /** ISO instant. */
  readonly at: string;
  /** Through what: `link` (the email's button), `cli`, or `scheduler`; absent for the router. */
  readonly by?: string;
  /**
   * Who acted, when a person did: the agent a link was sent to, or the CLI's user (`--as`, else
   * `$SUNROUTE_USER`, else the login name). Absent on entries written before it was recorded.
   */
  readonly actor?: string;
  readonly team?: string | null;
  readonly agent?: string | null;
}
