import type { Ticket } from '../core/ticket/ticket-schema';

/** Where ingest puts validated tickets (docs/ticket-format.md) for the router: the ticket queue. */
export interface TicketQueue {
  /** Resolves with the queue's message id once the ticket is accepted; throws otherwise. */
  put(ticket: Ticket): Promise<{ readonly messageId: string }>;
}
