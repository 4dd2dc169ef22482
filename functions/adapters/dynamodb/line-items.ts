// How a ticket item carries its place in its team's waiting line (the byLine index) and the time
// it waited. Every write that changes a ticket's holder writes these with it, from the decision
// it records, so the index never disagrees with the ticket.
import { createHash } from 'node:crypto';
import { linePlace, type LineDecision, type LinePlace } from '../../core/waiting-line/line-place';
import type { WaitRecord } from '../../core/waiting-line/waited-time';
import type { Ticket } from '../../core/ticket/ticket-schema';
import { WAITING_LINE } from '../../definitions/waiting-line';

/** The shard of a team's line a ticket goes to: the same for the ticket wherever it waits. */
export function lineShard(ticketId: string, shards: number = WAITING_LINE.shards): number {
  if (shards <= 1) return 0;
  return createHash('sha256').update(ticketId).digest().readUInt32BE(0) % shards;
}

/** The byLine partition key of one shard of a team's line. */
export const lineKey = (team: string, shard: number): string => `${team}#${shard}`;

type LineTicket = Pick<Ticket, 'id' | 'priority' | 'receivedAt'>;

/** The line and wait attributes of a ticket item being put whole (the router's first write). */
export function lineAttributes(ticket: LineTicket, decision: LineDecision, wait: WaitRecord) {
  const place = linePlace(ticket, decision);
  return {
    ...(place
      ? { lineKey: lineKey(place.team, lineShard(ticket.id)), linePosition: place.order }
      : {}),
    ...(wait.waitingSince === null ? {} : { waitingSince: wait.waitingSince }),
    ...(wait.waitedMs > 0 ? { waitedMs: wait.waitedMs } : {}),
  };
}

/** SET and REMOVE clauses of an update, with their values, for versionedTicketUpdate. */
export interface LineClauses {
  readonly sets: string[];
  readonly removes: string[];
  readonly values: Record<string, unknown>;
}

/**
 * The clauses that put a ticket in its line (`decision` without an agent) or take it out (an
 * agent holds it, or `decision` is null: resolved or acknowledged), with the wait as it stands
 * after the change.
 */
export function lineClauses(
  ticket: LineTicket,
  decision: LineDecision | null,
  wait: WaitRecord,
): LineClauses {
  return placeClauses(decision && linePlace(ticket, decision), ticket.id, wait);
}

/** The clauses of a ticket that leaves the line (resolved, acknowledged), waited as `wait` says. */
export function leaveLineClauses(ticketId: string, wait: WaitRecord): LineClauses {
  return placeClauses(null, ticketId, wait);
}

function placeClauses(place: LinePlace | null, ticketId: string, wait: WaitRecord): LineClauses {
  const sets: string[] = ['waitedMs = :waitedMs'];
  const removes: string[] = [];
  const values: Record<string, unknown> = { ':waitedMs': wait.waitedMs };
  if (place) {
    sets.push('lineKey = :lineKey', 'linePosition = :linePosition');
    values[':lineKey'] = lineKey(place.team, lineShard(ticketId));
    values[':linePosition'] = place.order;
  } else {
    removes.push('lineKey', 'linePosition');
  }
  if (wait.waitingSince === null) {
    removes.push('waitingSince');
  } else {
    sets.push('waitingSince = :waitingSince');
    values[':waitingSince'] = wait.waitingSince;
  }
  return { sets, removes, values };
}

/** The wait as a ticket item records it; an item written before waits were kept never waited. */
export function waitFromItem(item: Record<string, unknown>): WaitRecord {
  return {
    waitingSince: typeof item.waitingSince === 'string' ? item.waitingSince : null,
    waitedMs: typeof item.waitedMs === 'number' ? item.waitedMs : 0,
  };
}
