import type { StoredDecision } from '../routing/decision';
import type { Ticket } from '../ticket/ticket-schema';

/** An assigned or queued ticket as the scheduler sees it: enough to decide what it is due. */
export interface OpenTicket {
  readonly ticket: Ticket;
  readonly decision: StoredDecision;
  readonly status: 'assigned' | 'queued';
  readonly team: string | null;
  readonly agent: string | null;
  /** ISO instant; null while nobody has acknowledged it. */
  readonly acknowledgedAt: string | null;
  /** ISO instant of the one escalation; null until then. */
  readonly escalatedAt: string | null;
}
