// The items of the tickets table (functions/definitions/tables.ts) as this code writes and reads
// them.
// Keys and GSI attributes are built here only, so the store and its tests cannot disagree.
import { gunzipSync } from 'node:zlib';
import { followUpAt } from '../../core/followup/follow-up-at';
import type { TicketEvent } from '../../core/followup/ticket-history';
import type { Decision } from '../../core/routing/decision';
import type { EmailHeader } from '../../core/email/email-message';
import { replyKeyOf } from '../../core/replies/reply-address';
import { ticketIndexKeys } from '../../core/privacy/customer-identifier';
import { ticketContentHash } from '../../core/ticket/ticket-id';
import type { Ticket } from '../../core/ticket/ticket-schema';
import { waitAfter, NEVER_WAITED } from '../../core/waiting-line/waited-time';
import { isWaiting } from '../../core/waiting-line/line-place';
import { DEFAULT_RETENTION, expiresAfter, type RetentionDays } from '../../core/privacy/retention';
import { SCHEDULER } from '../../definitions/scheduler';
import { AUTO_REPLY_KEY } from '../../definitions/tables';
import type { OpenTicketRecord } from '../follow-up-store';
import {
  FIRST_ASSIGNMENT,
  type EmailClaim,
  type EmailRecipientKind,
  type OutboxEmail,
  type StoredTicket,
  type TicketStatus,
} from '../ticket-store';
import type { TicketListStatus } from '../ticket-reader';
import { StoredItemError } from '../stored-item-error';
import { lineAttributes, lineShard, waitFromItem } from './line-items';
import { packTexts, unpackTexts } from './packed-text';

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
  readonly [attribute: string]: string;
}

export const TICKET_SK = 'TICKET';
export const LOAD_SK = 'LOAD';
export const OUTBOX_SK_PREFIX = 'OUTBOX#';
export const IDENTIFIER_SK_PREFIX = 'IDENTIFIER#';
/** Ticket items' byIdentifier keys: `reply:<key>`; customer identifiers are `<kind>:<value>`. */
export const REPLY_IDENTIFIER_PREFIX = 'reply:';

export const ticketPk = (ticketId: string) => `TICKET#${ticketId}`;
export const ticketKey = (ticketId: string): ItemKey => ({ pk: ticketPk(ticketId), sk: TICKET_SK });
export const agentLoadKey = (agentId: string): ItemKey => ({ pk: `AGENT#${agentId}`, sk: LOAD_SK });
// Padded so that the outbox of a ticket sorts in order when there are more than nine.
export const outboxKey = (ticketId: string, sequence: number): ItemKey => ({
  pk: ticketPk(ticketId),
  sk: `${OUTBOX_SK_PREFIX}${String(sequence).padStart(3, '0')}`,
});

/** A thread's last acknowledgement to its customer (definitions/tables.ts). */
export const autoReplyKey = (thread: string): ItemKey => ({
  pk: `${AUTO_REPLY_KEY.pkPrefix}${thread}`,
  sk: AUTO_REPLY_KEY.sk,
});

/** The byTeamStatus partition key of a team's tickets in one listing status. */
export const teamStatusKey = (team: string, status: TicketListStatus): string =>
  `${team}#${status}`;

/**
 * The byFollowUp partition of a team's open ticket: one of SCHEDULER.indexShards, by ticket id as
 * the waiting line picks its shard, so that a ticket keeps its shard whatever team holds it.
 */
export const followUpKey = (team: string, ticketId: string): string =>
  `${team}#${lineShard(ticketId, SCHEDULER.indexShards)}`;

/**
 * The byFollowUp partition of tickets with unsent emails written by a function that does not
 * know their team or the configuration (an agent's reply): read at the next run, whose scheduler
 * sends what is left and lists the ticket under its team at its own instant. One partition:
 * such emails are few, and most are sent by their writer and cleared at once.
 */
export const PENDING_FOLLOW_UP_KEY = '#pending';

/** Every byFollowUp partition of a team, or the unsent-emails partition (team null). */
export function followUpKeys(team: string | null): string[] {
  return team === null
    ? [PENDING_FOLLOW_UP_KEY]
    : Array.from({ length: SCHEDULER.indexShards }, (_, shard) => `${team}#${shard}`);
}

/**
 * The byFollowUp attributes of a ticket: `followUpKey` and `followUpDue` when a run must read it
 * at `due` (core/followup/next-follow-up.ts), none when nothing can fall due; under the
 * unsent-emails partition when the team is not known (null).
 */
export function followUpAttributes(
  team: string | null,
  ticketId: string,
  due: string | null,
): { followUpKey?: string; followUpDue?: string } {
  if (due === null) return {};
  const key = team === null ? PENDING_FOLLOW_UP_KEY : followUpKey(team, ticketId);
  return { followUpKey: key, followUpDue: due };
}

/**
 * The ticket's TTL (epoch seconds): `retention.tickets` days from routing, the configuration's
 * `privacy.retentionDays` in force then (the defaults when absent).
 */
export function expiresAt(routedAtMs: number, retention?: RetentionDays): number {
  return expiresAfter(routedAtMs, (retention ?? DEFAULT_RETENTION).tickets);
}

/**
 * The ticket with its decision. `teamStatus`/`statusSince` feed byTeamStatus (a team's tickets
 * in one listing status, in order; acknowledging and resolving move them), with `agent`,
 * `followUpAt` and `pendingEmails` projected there for the scheduler's full listing;
 * `followUpKey`/`followUpDue` feed byFollowUp, what a run reads when it is due: at `followUpDue`
 * as the router computed it with the configuration (nextFollowUpAt), or at once, when the writer
 * passes none, for the scheduler to read and move to its instant; `threadKey`/
 * `customerKey` with `receivedAt` feed byThread and byCustomer (stickiness), `lineKey`/
 * `linePosition` feed byLine while the ticket waits for an agent (line-items.ts); a GSI key
 * attribute is left out rather than empty, so tickets without a thread or customer id, or with an
 * agent, stay out of those indexes.
 */
export function ticketItem(
  ticket: Ticket,
  decision: Decision,
  routedAtMs: number,
  retention?: RetentionDays,
  followUpDue: string | null = decision.at,
) {
  return {
    ...ticketKey(ticket.id),
    ticketId: ticket.id,
    status: decision.status,
    team: decision.team,
    agent: decision.agent,
    decision: storedDecision(decision),
    ticket,
    ...(decision.team === null
      ? {}
      : { teamStatus: teamStatusKey(decision.team, decision.status) }),
    statusSince: decision.at,
    followUpAt: followUpAt(decision, false),
    // A ticket routed to no team is followed up by nobody, as byTeamStatus does not list it.
    ...(decision.team === null ? {} : followUpAttributes(decision.team, ticket.id, followUpDue)),
    ...(ticket.threadId === undefined ? {} : { threadKey: ticket.threadId }),
    ...(ticket.customer.id === undefined ? {} : { customerKey: ticket.customer.id }),
    receivedAt: ticket.receivedAt,
    contentHash: ticketContentHash(ticket),
    // The reply address's key, on the byIdentifier index beside the customer's identifiers: a kind
    // of its own (`reply:`), which no customer identifier can be (docs/agents.md).
    identifierKey: replyIdentifierKey(replyKeyOf(ticket.id)),
    expiresAt: expiresAt(routedAtMs, retention),
    // Read when the survey is offered on resolution, by a function that does not read the
    // configuration: the answer's retention is the one in force when the ticket was routed.
    surveyRetentionDays: (retention ?? DEFAULT_RETENTION).surveyAnswers,
    ...lineAttributes(ticket, decision, waitAfter(NEVER_WAITED, isWaiting(decision), routedAtMs)),
    version: 1,
    assignment: FIRST_ASSIGNMENT,
    history: [
      { event: decision.status, at: decision.at, team: decision.team, agent: decision.agent },
    ] satisfies TicketEvent[],
  };
}

/**
 * The decision as the ticket item keeps it: its reasons packed (packed-text.ts) in `reasonsPacked`.
 * They are most of the item, which is written at twice its size in the assignment's transaction
 * and again by every later change (docs/cost.md); the rest of the decision stays a map, as the
 * reports' fold of the table's stream reads it.
 */
export function storedDecision(decision: Decision) {
  const { reasons, ...rest } = decision;
  return { ...rest, reasonsPacked: packTexts(reasons) };
}

/**
 * The decision of a ticket item, its reasons unpacked; reasons kept as a list (items written
 * before the router, and later the scheduler's reroutes, packed them) are read as they are.
 */
export function decisionFromItem(table: string, item: Item): Decision {
  const decision = item.decision;
  if (typeof decision !== 'object' || decision === null) {
    throw new StoredItemError(table, describe(item), 'decision', 'is not a map');
  }
  const { reasonsPacked, ...rest } = decision as Record<string, unknown>;
  if (Array.isArray(rest.reasons) || reasonsPacked === undefined) {
    return { reasons: [], ...rest } as unknown as Decision;
  }
  const reasons = reasonsPacked instanceof Uint8Array ? unpackTexts(reasonsPacked) : undefined;
  if (!reasons) {
    throw new StoredItemError(
      table,
      describe(item),
      'decision.reasonsPacked',
      'is not packed text',
    );
  }
  return { ...rest, reasons } as unknown as Decision;
}

/** The byIdentifier key under which a ticket item is found by its reply address's key. */
export function replyIdentifierKey(replyKey: string): string {
  return `${REPLY_IDENTIFIER_PREFIX}${replyKey}`;
}

/**
 * The byIdentifier items of a ticket: one per index key of its customer (address, mailbox, phone,
 * customer id), in the ticket's partition so that erasing the partition erases them, and
 * expiring with the ticket.
 */
export function identifierItems(ticket: Ticket, routedAtMs: number, retention?: RetentionDays) {
  return identifierItemsUntil(ticket, expiresAt(routedAtMs, retention));
}

/** The same, for a ticket whose TTL is known (or absent, on items written before it was set). */
export function identifierItemsUntil(ticket: Ticket, expiresAtSeconds: number | undefined) {
  return ticketIndexKeys(ticket).map((key) => ({
    pk: ticketPk(ticket.id),
    sk: `${IDENTIFIER_SK_PREFIX}${key}`,
    identifierKey: key,
    receivedAt: ticket.receivedAt,
    ...(expiresAtSeconds === undefined ? {} : { expiresAt: expiresAtSeconds }),
  }));
}

/** The record that `thread`'s customer was acknowledged at `atMs` (by `ticketId`'s routing). */
export function autoReplyItem(thread: string, ticketId: string, atMs: number) {
  return {
    ...autoReplyKey(thread),
    ticketId,
    lastAt: atMs,
    expiresAt: expiresAfter(atMs, AUTO_REPLY_KEY.retentionDays),
  };
}

/**
 * An outbox email. `expiresAtSeconds` is the ticket's TTL: the router passes the one it writes,
 * later writers the one they read with the ticket (partitionExpiry).
 */
export function outboxItem(
  ticketId: string,
  sequence: number,
  recipient: EmailRecipientKind,
  message: OutboxEmail['message'],
  claim: EmailClaim,
  expiresAtSeconds: number,
) {
  // Text and HTML packed together with the templates' dictionary (packed-text.ts), whatever the
  // size: an outbox email is written in the assignment's transaction (at twice the units of its
  // size) and again when marked sent, and most of an email is the templates' fixed HTML and the
  // reasons that both parts repeat (docs/cost.md). A body near SQS's 256 KiB, which appears twice
  // in an email, also stays under DynamoDB's 400 KB item limit.
  return {
    ...outboxKey(ticketId, sequence),
    ticketId,
    sequence,
    recipient,
    to: message.to,
    subject: message.subject,
    ...(message.from === undefined ? {} : { from: message.from }),
    ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
    ...(message.headers === undefined ? {} : { headers: message.headers }),
    body: packTexts([message.text, message.html]),
    sent: false,
    claimToken: claim.token,
    claimedAt: claim.at,
    expiresAt: expiresAtSeconds,
  };
}

type Item = Record<string, unknown>;

function describe(item: Item): string {
  return `${String(item.pk)}/${String(item.sk)}`;
}

function text(table: string, item: Item, attribute: string): string {
  const value = item[attribute];
  if (typeof value !== 'string') {
    throw new StoredItemError(table, describe(item), attribute, 'is not a string');
  }
  return value;
}

/**
 * The email's text and HTML: packed in `body`; gzipped apart in `textGz` and `htmlGz` by versions
 * before the dictionary; plain in `text` and `html` by versions before gzip.
 */
function emailParts(table: string, item: Item): { text: string; html: string } {
  const { body } = item;
  if (body instanceof Uint8Array) {
    const texts = unpackTexts(body);
    if (texts?.length !== 2) {
      throw new StoredItemError(table, describe(item), 'body', 'is not a packed text and HTML');
    }
    return { text: texts[0]!, html: texts[1]! };
  }
  const part = (name: 'text' | 'html') => {
    const zipped = item[`${name}Gz`];
    if (zipped instanceof Uint8Array) return gunzipSync(zipped).toString('utf8');
    return text(table, item, name);
  };
  return { text: part('text'), html: part('html') };
}

export function outboxFromItem(table: string, item: Item): OutboxEmail {
  const recipient = item.recipient;
  if (recipient !== 'agent' && recipient !== 'team' && recipient !== 'customer') {
    throw new StoredItemError(
      table,
      describe(item),
      'recipient',
      'is not "agent", "team" or "customer"',
    );
  }
  const sequence = Number(item.sequence);
  const claimedAt = item.claimedAt;
  return {
    ticketId: text(table, item, 'ticketId'),
    sequence,
    recipient,
    message: {
      to: text(table, item, 'to'),
      subject: text(table, item, 'subject'),
      ...emailParts(table, item),
      ...(typeof item.from === 'string' ? { from: item.from } : {}),
      ...(typeof item.replyTo === 'string' ? { replyTo: item.replyTo } : {}),
      ...(Array.isArray(item.headers) ? { headers: item.headers as EmailHeader[] } : {}),
    },
    sent: item.sent === true,
    ...(typeof claimedAt === 'number' && typeof item.claimToken === 'string'
      ? { claim: { token: item.claimToken, at: claimedAt } }
      : {}),
  };
}

export function isOutboxItem(item: Item): boolean {
  return typeof item.sk === 'string' && item.sk.startsWith(OUTBOX_SK_PREFIX);
}

const STATUSES = new Set(['assigned', 'queued', 'resolved']);

/** The ticket item's state as the store's callers see it (without the outbox). */
export function storedTicketFields(table: string, item: Item): Omit<StoredTicket, 'emails'> {
  const status = item.status;
  if (typeof status !== 'string' || !STATUSES.has(status)) {
    throw new StoredItemError(
      table,
      describe(item),
      'status',
      'is not assigned, queued or resolved',
    );
  }
  const version = item.version;
  return {
    ticketId: text(table, item, 'ticketId'),
    status: status as TicketStatus,
    team: typeof item.team === 'string' ? item.team : null,
    agent: typeof item.agent === 'string' ? item.agent : null,
    acknowledgedAt: typeof item.acknowledgedAt === 'string' ? item.acknowledgedAt : null,
    // Tickets recorded before content hashes existed have none.
    ...(typeof item.contentHash === 'string' ? { contentHash: item.contentHash } : {}),
    // Tickets recorded before versions, or assignment numbers, were kept.
    version: typeof version === 'number' ? version : 0,
    assignment: typeof item.assignment === 'number' ? item.assignment : 0,
    history: Array.isArray(item.history) ? (item.history as TicketEvent[]) : [],
  };
}

/** An assigned or queued ticket item as the scheduler reads it from the byTeamStatus index. */
export function openTicketFromItem(table: string, item: Item): OpenTicketRecord {
  const fields = storedTicketFields(table, item);
  if (fields.status === 'resolved') {
    throw new StoredItemError(table, describe(item), 'status', 'is resolved, not open');
  }
  if (typeof item.ticket !== 'object' || item.ticket === null) {
    throw new StoredItemError(table, describe(item), 'ticket', 'is not a map');
  }
  const decision = decisionFromItem(table, item);
  const sequence = item.lastEmailSequence;
  return {
    ticket: item.ticket as Ticket,
    decision,
    status: fields.status,
    team: fields.team,
    agent: fields.agent,
    acknowledgedAt: fields.acknowledgedAt,
    escalatedAt: typeof item.escalatedAt === 'string' ? item.escalatedAt : null,
    version: fields.version,
    assignment: fields.assignment,
    lastEmailSequence: typeof sequence === 'number' ? sequence : 1,
    pendingEmails: item.pendingEmails === true,
    wait: waitFromItem(item),
    ...(typeof item.expiresAt === 'number' ? { expiresAt: item.expiresAt } : {}),
    ...(typeof item.followUpDue === 'string' && typeof item.followUpKey === 'string'
      ? { followUpDue: item.followUpDue, followUpTeam: followUpTeamOf(item.followUpKey) }
      : {}),
  };
}

/** The team a byFollowUp key lists the ticket under; null for the unsent-emails partition. */
function followUpTeamOf(key: string): string | null {
  return key === PENDING_FOLLOW_UP_KEY ? null : key.slice(0, key.lastIndexOf('#'));
}
