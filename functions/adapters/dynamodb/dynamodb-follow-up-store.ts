import {
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { OpenTicketEntry } from '../../core/followup/due-filter';
import {
  listingParts,
  partKey,
  type FullListing,
  type PartPosition,
} from '../../core/followup/full-listing';
import { TICKET_INDEXES } from '../../definitions/tables';
import type {
  FollowUpBackfillPage,
  FollowUpChange,
  FollowUpListing,
  FollowUpOutcome,
  FollowUpRunState,
  FollowUpStore,
  ListingPaging,
  OpenTicketRecord,
  OpenTickets,
  OpenTicketsPage,
} from '../follow-up-store';
import { agentLoadUpdate } from './agent-load-update';
import { batchGetItems } from './batch-get-items';
import { lineClauses } from './line-items';
import { conditionalUpdate } from './conditional-update';
import { partitionExpiry } from '../../core/privacy/retention';
import {
  followUpAttributes,
  followUpKeys,
  openTicketFromItem,
  outboxItem,
  storedDecision,
  teamStatusKey,
  ticketKey,
  TICKET_SK,
  type ItemKey,
} from './ticket-items';
import { writeTransaction, type TransactItem } from './transaction-cancellation';
import { versionedTicketUpdate } from './versioned-ticket-update';

/** byTeamStatus partitions a listing reads at once. */
const LISTING_CONCURRENCY = 4;

/** The scheduler's own item in the tickets table: what it keeps between runs. */
const RUN_STATE_KEY = { pk: 'SCHEDULER', sk: 'FOLLOW_UP' } as const;

/**
 * The update clauses that list a ticket in byFollowUp as `listing` says, or take it out. With
 * unsent emails it is due at once (`pendingAt`), under its team or, without one, the unsent-emails
 * partition.
 */
function listingClauses(ticketId: string, listing: FollowUpListing, pendingAt?: string) {
  const due =
    pendingAt === undefined
      ? listing.due
      : listing.due === null || pendingAt < listing.due
        ? pendingAt
        : listing.due;
  const attributes = followUpAttributes(listing.team, ticketId, due);
  return attributes.followUpKey === undefined
    ? { sets: [], removes: ['followUpKey', 'followUpDue'], values: {} }
    : {
        sets: ['followUpKey = :followUpKey', 'followUpDue = :followUpDue'],
        removes: [],
        values: { ':followUpKey': attributes.followUpKey, ':followUpDue': attributes.followUpDue },
      };
}

/** An UpdateExpression from SET and REMOVE clauses. */
function updateExpression(sets: readonly string[], removes: readonly string[]): string {
  return [
    ...(sets.length > 0 ? [`SET ${sets.join(', ')}`] : []),
    ...(removes.length > 0 ? [`REMOVE ${removes.join(', ')}`] : []),
  ].join(' ');
}

/** The scheduler's reads and writes of the tickets table through the DynamoDB document client. */
export class DynamoDbFollowUpStore implements FollowUpStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  // Acknowledged tickets are open too: the scheduler counts them and sends their pending emails.
  // Each partition is read page by page and only the keys `mayBeDue` picks are kept, so a run's
  // memory grows with the tickets due, not with every open one. A few partitions are read at
  // once, each asking before every page, so a run that stops has few pages in flight.
  async listOpenTickets(
    teamIds: readonly string[],
    mayBeDue: (entry: OpenTicketEntry) => boolean,
    paging: ListingPaging = { from: {}, mayReadPage: () => true },
  ): Promise<OpenTicketsPage> {
    let open = 0;
    const due: ItemKey[] = [];
    const positions: Record<string, PartPosition> = { ...paging.from };
    const parts = listingParts(teamIds);
    let next = 0;
    const reader = async () => {
      while (next < parts.length) {
        const part = parts[next++]!;
        const key = partKey(part);
        let position = positions[key];
        while (position !== 'done' && paging.mayReadPage()) {
          const page = await this.documents.send(
            new QueryCommand({
              TableName: this.tableName,
              IndexName: TICKET_INDEXES.byTeamStatus,
              KeyConditionExpression: 'teamStatus = :teamStatus',
              ExpressionAttributeValues: {
                ':teamStatus': teamStatusKey(part.team, part.listStatus),
              },
              ExclusiveStartKey: position,
              ...(paging.pageSize === undefined ? {} : { Limit: paging.pageSize }),
            }),
          );
          for (const item of page.Items ?? []) {
            open += 1;
            if (mayBeDue(openTicketEntry(item, part.team, part.listStatus))) {
              due.push({ pk: String(item.pk), sk: String(item.sk) });
            }
          }
          position = page.LastEvaluatedKey ?? 'done';
          positions[key] = position;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(LISTING_CONCURRENCY, parts.length) }, reader));
    const items = await batchGetItems(this.documents, this.tableName, due);
    const tickets: OpenTicketRecord[] = items
      .filter((item) => item.status !== 'resolved')
      .map((item) => openTicketFromItem(this.tableName, item));
    return { open, tickets, positions };
  }

  // Keys only, `followUpDue <= now`: at a quiet instant a few queries that find nothing, at a
  // shift's end the holders' tickets. Every partition is read at once.
  async listDueTickets(teamIds: readonly string[], now: number): Promise<OpenTickets> {
    const before = new Date(now).toISOString();
    const keys = new Map<string, ItemKey>();
    let open = 0;
    await Promise.all(
      [...teamIds, null].flatMap(followUpKeys).map(async (key) => {
        let startKey: Record<string, unknown> | undefined;
        do {
          const page = await this.documents.send(
            new QueryCommand({
              TableName: this.tableName,
              IndexName: TICKET_INDEXES.byFollowUp,
              KeyConditionExpression: 'followUpKey = :key AND followUpDue <= :now',
              ExpressionAttributeValues: { ':key': key, ':now': before },
              ExclusiveStartKey: startKey,
            }),
          );
          for (const item of page.Items ?? []) {
            open += 1;
            keys.set(String(item.pk), { pk: String(item.pk), sk: String(item.sk) });
          }
          startKey = page.LastEvaluatedKey;
        } while (startKey);
      }),
    );
    const items = await batchGetItems(this.documents, this.tableName, [...keys.values()]);
    const tickets = items
      .filter((item) => item.status !== 'resolved')
      .map((item) => openTicketFromItem(this.tableName, item));
    return { open, tickets };
  }

  async relistFollowUp(
    ticketId: string,
    version: number,
    listing: FollowUpListing,
  ): Promise<boolean> {
    const clauses = listingClauses(ticketId, listing);
    return conditionalUpdate(this.documents, {
      TableName: this.tableName,
      Key: ticketKey(ticketId),
      UpdateExpression: updateExpression(clauses.sets, clauses.removes),
      // Whoever changed the ticket since wrote its listing; unsent emails keep it due at once.
      ConditionExpression:
        'version = :version AND (attribute_not_exists(pendingEmails) OR pendingEmails = :false)',
      ExpressionAttributeValues: { ...clauses.values, ':version': version, ':false': false },
    });
  }

  async readRunState(): Promise<FollowUpRunState | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: RUN_STATE_KEY, ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const listing = fullListingFromItem(Item.listing);
    return {
      // An item holding only a listing under way: no full listing was ever complete.
      ...(Item.configVersion === undefined
        ? {}
        : {
            schedule: {
              configVersion: Number(Item.configVersion),
              listings: Array.isArray(Item.listings) ? Item.listings.map(Number) : [],
            },
          }),
      backfilled: Item.backfilled === true,
      ...(typeof Item.backfillFrom === 'object' && Item.backfillFrom !== null
        ? { backfillFrom: Item.backfillFrom as Record<string, unknown> }
        : {}),
      ...(listing ? { listing } : {}),
    };
  }

  async writeRunState(state: FollowUpRunState): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...RUN_STATE_KEY,
          ...(state.schedule
            ? {
                configVersion: state.schedule.configVersion,
                listings: [...state.schedule.listings],
              }
            : {}),
          backfilled: state.backfilled,
          ...(state.backfillFrom ? { backfillFrom: state.backfillFrom } : {}),
          ...(state.listing ? { listing: state.listing } : {}),
        },
      }),
    );
  }

  // Conditional on the listing being the one the run read: a run that overlapped the run which
  // completed it (and took it out) must not put its older positions back.
  async writeListingProgress(
    listing: FullListing,
    read: FullListing | undefined,
  ): Promise<boolean> {
    return conditionalUpdate(this.documents, {
      TableName: this.tableName,
      Key: RUN_STATE_KEY,
      UpdateExpression: 'SET listing = :listing',
      ConditionExpression:
        read === undefined
          ? 'attribute_not_exists(listing)'
          : 'listing.startedAt = :startedAt AND listing.configVersion = :version',
      ExpressionAttributeValues: {
        ':listing': listing,
        ...(read === undefined
          ? {}
          : { ':startedAt': read.startedAt, ':version': read.configVersion }),
      },
    });
  }

  // A scan, a page of items at a time, for the ticket items that are open and not in byFollowUp;
  // each is written only if still unchanged and still without the attributes.
  async backfillFollowUps(
    from: Record<string, unknown> | undefined,
    limit: number,
    listingOf: (record: OpenTicketRecord) => FollowUpListing,
  ): Promise<FollowUpBackfillPage> {
    const page = await this.documents.send(
      new ScanCommand({
        TableName: this.tableName,
        Limit: limit,
        FilterExpression:
          'sk = :ticket AND attribute_exists(teamStatus) AND attribute_not_exists(followUpKey) AND #status <> :resolved',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':ticket': TICKET_SK, ':resolved': 'resolved' },
        ...(from ? { ExclusiveStartKey: from } : {}),
      }),
    );
    let written = 0;
    for (const item of page.Items ?? []) {
      const record = openTicketFromItem(this.tableName, item);
      const clauses = listingClauses(
        record.ticket.id,
        listingOf(record),
        record.pendingEmails ? record.decision.at : undefined,
      );
      if (clauses.sets.length === 0) continue;
      const done = await conditionalUpdate(this.documents, {
        TableName: this.tableName,
        Key: ticketKey(record.ticket.id),
        UpdateExpression: updateExpression(clauses.sets, []),
        ConditionExpression: 'version = :version AND attribute_not_exists(followUpKey)',
        ExpressionAttributeValues: { ...clauses.values, ':version': record.version },
      });
      if (done) written += 1;
    }
    return {
      scanned: page.ScannedCount ?? 0,
      written,
      ...(page.LastEvaluatedKey ? { next: page.LastEvaluatedKey } : {}),
    };
  }

  async recordFollowUp(change: FollowUpChange): Promise<FollowUpOutcome> {
    const { reroute } = change;
    const when = new Date(change.at).toISOString();
    const sets: string[] = [];
    const removes: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (reroute) {
      const { decision } = reroute;
      const line = lineClauses(reroute.ticket, decision, reroute.wait);
      sets.push(...line.sets);
      removes.push(...line.removes);
      Object.assign(values, line.values);
      sets.push(
        '#status = :status',
        '#team = :team',
        '#agent = :agent',
        '#decision = :decision',
        'teamStatus = :teamStatus',
        'statusSince = :since',
        '#assignment = :assignment',
      );
      Object.assign(names, {
        '#status': 'status',
        '#team': 'team',
        '#agent': 'agent',
        '#decision': 'decision',
        '#assignment': 'assignment',
      });
      Object.assign(values, {
        ':status': decision.status,
        ':team': decision.team,
        ':agent': decision.agent,
        ':decision': storedDecision(decision),
        ':teamStatus': `${decision.team}#${decision.status}`,
        ':since': decision.at,
        ':assignment': reroute.assignment,
      });
    }
    if (change.escalated) {
      sets.push('escalatedAt = :when');
      values[':when'] = when;
    }
    sets.push('followUpAt = :followUpAt');
    values[':followUpAt'] = change.followUpAt;
    const listing = listingClauses(
      change.ticketId,
      change.followUp,
      change.emails.length > 0 ? when : undefined,
    );
    sets.push(...listing.sets);
    removes.push(...listing.removes);
    Object.assign(values, listing.values);
    if (change.emails.length > 0) {
      sets.push('lastEmailSequence = :sequence', 'pendingEmails = :true');
      values[':sequence'] = Math.max(...change.emails.map((email) => email.sequence));
      values[':true'] = true;
    }
    // Order matters: cancellation reasons come back by position.
    const items: TransactItem[] = [
      versionedTicketUpdate(this.tableName, change.ticketId, change.version, {
        sets,
        removes,
        names,
        values,
        events: change.events,
      }),
    ];
    let agentIndex = -1;
    if (reroute?.previousAgent) {
      items.push(
        agentLoadUpdate(this.tableName, reroute.previousAgent, {
          kind: 'release',
          aboveZero: false,
        }),
      );
    }
    if (reroute && reroute.decision.status === 'assigned' && reroute.decision.agent !== null) {
      agentIndex = items.length;
      items.push(
        agentLoadUpdate(this.tableName, reroute.decision.agent, {
          kind: 'take',
          at: change.at,
          ...(reroute.agentLimit === undefined ? {} : { limit: reroute.agentLimit }),
        }),
      );
    }
    for (const email of change.emails) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: outboxItem(
            change.ticketId,
            email.sequence,
            email.recipient,
            email.message,
            email.claim,
            partitionExpiry(change.expiresAt, change.at),
          ),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    const cancellation = await writeTransaction(this.documents, items);
    if (!cancellation) return { kind: 'recorded' };
    if (cancellation.conditionFailed(0)) return { kind: 'stale' };
    if (agentIndex >= 0 && cancellation.conditionFailed(agentIndex)) {
      return { kind: 'agent-full', agentId: reroute!.decision.agent! };
    }
    if (cancellation.conflicted) return { kind: 'conflict' };
    throw cancellation.error;
  }

  async clearPendingEmails(
    ticketId: string,
    lastEmailSequence: number,
    listing?: FollowUpListing,
  ): Promise<void> {
    const clauses = listing
      ? listingClauses(ticketId, listing)
      : { sets: [], removes: [], values: {} };
    // Refused when a newer change wrote more emails: their sender clears the flag.
    await conditionalUpdate(this.documents, {
      TableName: this.tableName,
      Key: ticketKey(ticketId),
      UpdateExpression: updateExpression(
        ['pendingEmails = :false', ...clauses.sets],
        clauses.removes,
      ),
      ConditionExpression: 'lastEmailSequence = :sequence',
      ExpressionAttributeValues: {
        ':false': false,
        ':sequence': lastEmailSequence,
        ...clauses.values,
      },
    });
  }
}

/** The full listing under way as the scheduler's item keeps it; undefined when none is. */
function fullListingFromItem(stored: unknown): FullListing | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { configVersion, startedAt, positions } = stored as Record<string, unknown>;
  if (typeof positions !== 'object' || positions === null) return undefined;
  return {
    configVersion: Number(configVersion),
    startedAt: Number(startedAt),
    positions: positions as Record<string, PartPosition>,
  };
}

/** A byTeamStatus entry (keys, `agent`, `followUpAt`, `pendingEmails`) as the due filter reads it. */
function openTicketEntry(
  item: Record<string, unknown>,
  team: string,
  listStatus: OpenTicketEntry['listStatus'],
): OpenTicketEntry {
  const { followUpAt } = item;
  return {
    ticketId: String(item.pk).slice('TICKET#'.length),
    listStatus,
    team,
    agent: typeof item.agent === 'string' ? item.agent : null,
    statusSince: String(item.statusSince),
    followUpAt: typeof followUpAt === 'string' || followUpAt === null ? followUpAt : undefined,
    pendingEmails: item.pendingEmails === true,
  };
}
