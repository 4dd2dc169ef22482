// What the tickets pages say about a ticket in words: its promise, its time without an agent (the
// waiting line keeps `waitedMs` and `waitingSince` on it) and who acted in its history.
import { formatInstant } from '../ui/format-instant';

/** `3 h 05 min`, `12 min`, `under a minute`, `2 d 4 h`. */
export function durationText(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} d${hours ? ` ${hours} h` : ''}`;
  if (hours > 0) return `${hours} h ${String(rest).padStart(2, '0')} min`;
  return `${rest} min`;
}

export interface TicketWait {
  /** Waiting for an agent now, since this ISO instant; null when an agent holds it or it is closed. */
  readonly waitingSince: string | null;
  /** Every wait added up, the current one until `now`. */
  readonly waitedMs: number;
}

/** The stored `waitedMs` (ended waits) plus the current wait up to `now`. */
export function ticketWait(record: Record<string, unknown>, now: number): TicketWait {
  const ended = typeof record.waitedMs === 'number' ? record.waitedMs : 0;
  const since = typeof record.waitingSince === 'string' ? record.waitingSince : null;
  const current = since === null ? 0 : Math.max(0, now - Date.parse(since));
  return { waitingSince: since, waitedMs: ended + current };
}

/** `waiting 12 min`, `waited 3 h 05 min`, `never waited`. */
export function waitText(wait: TicketWait): string {
  if (wait.waitingSince !== null) return `waiting ${durationText(wait.waitedMs)}`;
  return wait.waitedMs > 0 ? `waited ${durationText(wait.waitedMs)}` : 'never waited';
}

/** The decision's `expectedReplyBy`: an ISO instant, null (nothing promised), or undefined (a
 * decision recorded before the promise existed). */
export function expectedReplyByOf(decision: unknown): string | null | undefined {
  if (typeof decision !== 'object' || decision === null) return undefined;
  const value = (decision as { expectedReplyBy?: unknown }).expectedReplyBy;
  return typeof value === 'string' || value === null ? value : undefined;
}

/** A decision's promise in the lead's zone; `—` for one recorded before promises were kept. */
export function replyByText(replyBy: string | null | undefined, zone: string): string {
  if (replyBy === undefined) return '—';
  return replyBy === null ? 'nothing promised' : formatInstant(replyBy, zone);
}

/** An entry of a ticket's history as the router, the links, the CLI and the scheduler write it. */
export interface HistoryEvent {
  readonly event: string;
  readonly at: string;
  /** Through what: `link`, `cli`, `scheduler`; absent for the router. */
  readonly by?: string;
  /** Who acted, when a person did. */
  readonly actor?: string;
  readonly team?: string | null;
  readonly agent?: string | null;
}

const THROUGH: Record<string, string> = {
  link: 'through the email link',
  cli: 'with the CLI',
  scheduler: 'the scheduler',
};

/** `jonas.becker, through the email link`; `the scheduler`; `the router` when neither is named. */
export function whoText(event: HistoryEvent): string {
  const through = event.by === undefined ? undefined : (THROUGH[event.by] ?? `through ${event.by}`);
  if (event.actor && through) return `${event.actor}, ${through}`;
  return event.actor ?? through ?? 'the router';
}

/** One message of a ticket's conversation as the page shows it, the customer's first included. */
export interface ConversationEntry {
  readonly from: 'customer' | 'agent';
  /** `the customer` or `agent luca-rossi`. */
  readonly who: string;
  /** ISO instant, or undefined when the ticket does not say. */
  readonly at: string | undefined;
  readonly text: string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The conversation of a ticket, oldest first: the customer's own message (the ticket's subject and
 * body, when it arrived) and the messages after it (`MESSAGE#` items of its partition, which
 * `GET /tickets/{id}` answers beside the ticket). Messages of an unknown shape are left out.
 */
export function conversationOf(
  record: Record<string, unknown>,
  messages: readonly unknown[],
): ConversationEntry[] {
  const ticket = (typeof record.ticket === 'object' && record.ticket) || {};
  const { subject, body } = ticket as { subject?: unknown; body?: unknown };
  const first: ConversationEntry[] =
    str(body) !== undefined || str(subject) !== undefined
      ? [
          {
            from: 'customer',
            who: 'the customer',
            at: str(record.receivedAt),
            text: [str(subject), str(body)].filter(Boolean).join('\n\n'),
          },
        ]
      : [];
  const later = messages.flatMap((message): ConversationEntry[] => {
    const { from, agent, at, text } = (message ?? {}) as Record<string, unknown>;
    if ((from !== 'customer' && from !== 'agent') || typeof text !== 'string') return [];
    const who = from === 'customer' ? 'the customer' : `agent ${str(agent) ?? '(unknown)'}`;
    return [{ from, who, at: str(at), text }];
  });
  return [...first, ...later];
}
