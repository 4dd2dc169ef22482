import type { OpenTicketEntry } from '../core/followup/due-filter';
import type { FullListing, ListingPositions } from '../core/followup/full-listing';
import type { ListingSchedule } from '../core/followup/listing-schedule';
import type { OpenTicket } from '../core/followup/open-ticket';
import type { TicketEvent } from '../core/followup/ticket-history';
import type { Decision } from '../core/routing/decision';
import type { Ticket } from '../core/ticket/ticket-schema';
import type { WaitRecord } from '../core/waiting-line/waited-time';
import type { ClaimedEmail } from './ticket-store';

/** An open ticket as the scheduler reads it, with what its conditional change needs. */
export interface OpenTicketRecord extends OpenTicket {
  readonly version: number;
  /** The ticket's assignment number (ticket-store.ts); a reroute writes the next one. */
  readonly assignment: number;
  /** The highest outbox sequence used so far (1 when only the router has written). */
  readonly lastEmailSequence: number;
  /** Emails were written with the last change and may not all be sent yet. */
  readonly pendingEmails: boolean;
  /** How long it has waited without an agent (for reports), and since when it waits now. */
  readonly wait: WaitRecord;
  /** The ticket's TTL (epoch seconds), which every item written into its partition takes. */
  readonly expiresAt?: number;
  /** When a run must read it next, as last written (byFollowUp); absent when nothing can be due. */
  readonly followUpDue?: string;
  /** The team it is listed under in byFollowUp; null for a ticket with unsent emails only. */
  readonly followUpTeam?: string | null;
}

/**
 * Where and when a scheduler run must next read a ticket: its team and the instant from
 * nextFollowUpAt (core/followup/next-follow-up.ts), computed with the configuration of the writer;
 * `due` null when nothing can fall due (the ticket leaves byFollowUp).
 */
export interface FollowUpListing {
  readonly team: string | null;
  readonly due: string | null;
}

/** One scheduler change of one ticket, written all or nothing if the ticket is still as read. */
export interface FollowUpChange {
  readonly ticketId: string;
  /** The version read: the change is refused when anything changed the ticket since. */
  readonly version: number;
  /** Epoch ms of the run. */
  readonly at: number;
  /**
   * The ticket's new routing (handover, queued ticket assigned, taken from the waiting line,
   * moved by a lead); absent for an escalation alone.
   */
  readonly reroute?: {
    readonly decision: Decision;
    /** What its place in the waiting line is read from, when the decision has no agent. */
    readonly ticket: Ticket;
    /** The wait after this change (waitAfter). */
    readonly wait: WaitRecord;
    /** The agent whose load the ticket leaves; null when it had none. */
    readonly previousAgent: string | null;
    /** The new agent's `maxOpenTickets`, when limited (a lead may assign over it). */
    readonly agentLimit?: number;
    /** The ticket's next assignment number, which the new holder's links were signed for. */
    readonly assignment: number;
  };
  readonly escalated: boolean;
  /**
   * When the ticket as changed may next be due a follow-up of its own (followUpAt in
   * core/followup/follow-up-at.ts, from its decision after the change and whether it has been
   * escalated by then), which tells a run whether to read it.
   */
  readonly followUpAt: string | null;
  /**
   * Where and when a run must read the ticket as changed. While the change's emails are not all
   * sent the ticket is due at once (`at`): clearPendingEmails moves it back to this instant.
   */
  readonly followUp: FollowUpListing;
  readonly events: readonly TicketEvent[];
  /** Claimed by this run already, numbered after `lastEmailSequence`. */
  readonly emails: readonly ClaimedEmail[];
  /** The ticket's TTL as read: its emails expire with it. */
  readonly expiresAt?: number;
}

export type FollowUpOutcome =
  | { readonly kind: 'recorded' }
  /** The ticket changed since it was read (another run, an acknowledgement): leave it. */
  | { readonly kind: 'stale' }
  | { readonly kind: 'agent-full'; readonly agentId: string }
  | { readonly kind: 'conflict' };

/** A run's look at the open tickets of its teams. */
export interface OpenTickets {
  /** The teams' assigned, queued and acknowledged tickets, due or not. */
  readonly open: number;
  /** Those a run's filter asked for, read whole; any resolved or erased meanwhile left out. */
  readonly tickets: readonly OpenTicketRecord[];
}

/** How a listing of every open ticket is read a few pages at a time, across runs. */
export interface ListingPaging {
  /** Where each part stands (FullListing.positions): a part read to its end is not read again. */
  readonly from: ListingPositions;
  /** Asked before each page; false leaves the part where it stands. */
  readonly mayReadPage: () => boolean;
  /** Entries per page at most; absent, as many as DynamoDB returns (1 MB). */
  readonly pageSize?: number;
}

/** A run's look at part of the open tickets of its teams, and where each part stands after. */
export interface OpenTicketsPage extends OpenTickets {
  readonly positions: ListingPositions;
}

/** What the scheduler keeps between runs (one small item). */
export interface FollowUpRunState {
  /** Absent until the first full listing is complete. */
  readonly schedule?: ListingSchedule;
  /**
   * Whether every ticket written before byFollowUp existed has been given its attributes; until
   * then each run lists every open ticket.
   */
  readonly backfilled: boolean;
  /** Where the backfill's scan of the tickets table goes on; absent before its first page. */
  readonly backfillFrom?: Record<string, unknown>;
  /** The full listing under way, when one spans runs. */
  readonly listing?: FullListing;
}

/** One page of the byFollowUp backfill. */
export interface FollowUpBackfillPage {
  /** Items the scan read (of any kind): what a run's share of the backfill counts. */
  readonly scanned: number;
  /** Open tickets without byFollowUp attributes found on the page, and given them. */
  readonly written: number;
  /** The scan's position after the page; absent when the table is done. */
  readonly next?: Record<string, unknown>;
}

/** What the scheduler reads and writes besides the router's view (ticket-store.ts). */
export interface FollowUpStore {
  /**
   * The assigned, queued and acknowledged tickets of these teams, listed from their byTeamStatus
   * entries (a few dozen bytes each); only those `mayBeDue` picks are read whole. Without
   * `paging` every part is read to its end; with it, from where each stands, a page at a time
   * while `mayReadPage` allows.
   */
  listOpenTickets(
    teamIds: readonly string[],
    mayBeDue: (entry: OpenTicketEntry) => boolean,
    paging?: ListingPaging,
  ): Promise<OpenTicketsPage>;
  /**
   * The tickets of these teams (and those with unsent emails whatever their team) that a run
   * must read at `now`: byFollowUp's entries with `followUpDue <= now`, read whole; `open`
   * counts the entries.
   */
  listDueTickets(teamIds: readonly string[], now: number): Promise<OpenTickets>;
  recordFollowUp(change: FollowUpChange): Promise<FollowUpOutcome>;
  /**
   * Notes that every email up to `lastEmailSequence` went out, unless newer ones were written;
   * with `listing`, the ticket is listed at its own instant again (FollowUpChange.followUp).
   */
  clearPendingEmails(
    ticketId: string,
    lastEmailSequence: number,
    listing?: FollowUpListing,
  ): Promise<void>;
  /**
   * Moves a ticket a run read but found nothing to do for to where and when it is next due,
   * unless it changed since `version` or has unsent emails (false then).
   */
  relistFollowUp(ticketId: string, version: number, listing: FollowUpListing): Promise<boolean>;
  readRunState(): Promise<FollowUpRunState | undefined>;
  /** Replaces the whole state: a full listing under way is kept only when `state` has it. */
  writeRunState(state: FollowUpRunState): Promise<void>;
  /**
   * Keeps how far the full listing under way has come, leaving the rest of the state as it is,
   * unless the listing kept is no longer `read` (the one the run read; undefined when none was):
   * another run completed or began one meanwhile (false then).
   */
  writeListingProgress(listing: FullListing, read: FullListing | undefined): Promise<boolean>;
  /**
   * Gives up to `limit` items' worth of the tickets table's open tickets written before
   * byFollowUp existed their attributes, where `listingOf` says, from `from` on.
   */
  backfillFollowUps(
    from: Record<string, unknown> | undefined,
    limit: number,
    listingOf: (record: OpenTicketRecord) => FollowUpListing,
  ): Promise<FollowUpBackfillPage>;
}
