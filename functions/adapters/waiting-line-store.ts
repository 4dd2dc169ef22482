import type { OpenTicketRecord } from './follow-up-store';

/** A ticket in a team's waiting line, as the byLine index lists it. */
export interface LineEntry {
  readonly ticketId: string;
  /** Its place: compared as text, earlier places come first (line-place.ts). */
  readonly position: string;
}

/**
 * Reading a team's waiting line (docs/waiting-line.md). Tickets leave and join it through the
 * writes that change their holder (FollowUpStore.recordFollowUp and the router's first write).
 */
export interface WaitingLineStore {
  /**
   * The first `limit` tickets of the team's line, in order. Read from an index, so a ticket taken
   * a moment ago may still be listed: its own read (readOpenTicket) is what counts.
   */
  lineHead(team: string, limit: number): Promise<LineEntry[]>;
  /** The ticket as the scheduler reads it, strongly consistent; undefined when unknown or resolved. */
  readOpenTicket(ticketId: string): Promise<OpenTicketRecord | undefined>;
}
