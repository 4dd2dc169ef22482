/** What happened to a ticket after it arrived, as support leads ask about it. */
export type TicketEventKind =
  'assigned' | 'queued' | 'acknowledged' | 'handed-over' | 'escalated' | 'resolved';

/** One entry of a ticket's short history, stored on the ticket in the order it happened. */
export interface TicketEvent {
  readonly event: TicketEventKind;
  /** ISO instant. */
  readonly at: string;
  /** Who did it, when a person did: `link` (the email's button) or `cli`. */
  readonly by?: string;
  readonly team?: string | null;
  readonly agent?: string | null;
}
