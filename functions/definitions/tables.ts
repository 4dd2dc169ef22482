// The DynamoDB tables as plain data: the CDK stack, the local stack and the store
// implementations all read these, so key schemas and index names cannot drift apart.

export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S' | 'N';
}

export interface GlobalIndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  /**
   * Non-key attributes the index carries (projection INCLUDE; an empty list: keys only); absent
   * means every attribute (ALL). A query pays for the size of the index items it reads, and a
   * ticket item holds a body of up to 256 KiB, so an index read on every ticket projects only
   * what that read needs.
   */
  readonly projectedAttributes?: readonly string[];
}

/**
 * What a table's DynamoDB stream carries (StreamViewType), for functions that act on its changes
 * (docs/waiting-line.md); absent: the table has no stream.
 */
export type TableStreamView = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';

export interface TableDefinition {
  /** Construct id in the CDK stack and suffix of the local table name. */
  readonly id: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly globalIndexes: readonly GlobalIndexDefinition[];
  /** Attribute holding the epoch-seconds expiry that DynamoDB TTL deletes by (retention). */
  readonly ttlAttribute?: string;
  readonly stream?: TableStreamView;
  /** Environment variable through which functions learn the deployed table's name. */
  readonly tableNameEnv: string;
}

/**
 * Configuration documents, versioned: `pk = CONFIG`, `sk = VERSION#<zero-padded n>` per version
 * and `sk = CURRENT` pointing at the live one.
 */
export const CONFIG_TABLE: TableDefinition = {
  id: 'Config',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [],
  // A new current version may add room for waiting tickets (a raised maxOpenTickets, an agent):
  // the waiting line reads the key and fills the lines again.
  stream: 'KEYS_ONLY',
  tableNameEnv: 'CONFIG_TABLE_NAME',
};

/** The tickets table's index names, so code that queries them cannot misspell one. */
export const TICKET_INDEXES = {
  byTeamStatus: 'byTeamStatus',
  byThread: 'byThread',
  byCustomer: 'byCustomer',
  byLine: 'byLine',
  byIdentifier: 'byIdentifier',
  byFollowUp: 'byFollowUp',
} as const;

/**
 * Tickets and what hangs off them, one table so that an assignment, the agent's load and the
 * outgoing email are written in one transaction: `TICKET#<id>`/`TICKET` (the ticket and its
 * decision), `TICKET#<id>`/`OUTBOX#<n>` (emails to send), `TICKET#<id>`/`MESSAGE#<n>` (the
 * conversation after the ticket's own message, docs/agents.md), `AGENT#<id>`/`LOAD` (open tickets,
 * last assignment, `lastChange` take/release), `AUTOREPLY#<thread id>`/`AUTOREPLY` (when the
 * thread's customer was last acknowledged by email: one acknowledgement per thread a day, by a
 * conditional write), `TICKET#<id>`/`IDENTIFIER#<key>` (one per way the ticket's customer can be
 * named, for finding their data: docs/privacy.md), `ERASURE#<keyed hash>`/`ERASURE#<time>` (the
 * audit record of an erasure).
 */
export const TICKETS_TABLE: TableDefinition = {
  id: 'Tickets',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [
    {
      // A team's tickets in one listing status, latest status change first. Every ticket is
      // written here on every change of status, and the scheduler lists the open ones when
      // byFollowUp is not enough (a configuration change, the upgrade's backfill): only what its
      // due filter reads (core/followup/due-filter.ts), a few dozen bytes; listings read the
      // tickets themselves by key.
      indexName: TICKET_INDEXES.byTeamStatus,
      partitionKey: { name: 'teamStatus', type: 'S' },
      sortKey: { name: 'statusSince', type: 'S' },
      projectedAttributes: ['agent', 'followUpAt', 'pendingEmails'],
    },
    {
      indexName: TICKET_INDEXES.byThread,
      partitionKey: { name: 'threadKey', type: 'S' },
      sortKey: { name: 'receivedAt', type: 'S' },
      // Stickiness reads a thread's or customer's latest tickets on every ticket that has one:
      // only whether they are open and whose they are.
      projectedAttributes: ['status', 'agent'],
    },
    {
      indexName: TICKET_INDEXES.byCustomer,
      partitionKey: { name: 'customerKey', type: 'S' },
      sortKey: { name: 'receivedAt', type: 'S' },
      // Stickiness reads a thread's or customer's latest tickets on every ticket that has one:
      // only whether they are open and whose they are.
      projectedAttributes: ['status', 'agent'],
    },
    {
      // A team's waiting line in order (docs/waiting-line.md): only tickets that wait carry
      // `lineKey` (`<team>#<shard>`) and `linePosition` (priority, reply-by, arrival, id). Keys
      // only, so that joining and leaving the line write a few dozen bytes, not the ticket.
      indexName: TICKET_INDEXES.byLine,
      partitionKey: { name: 'lineKey', type: 'S' },
      sortKey: { name: 'linePosition', type: 'S' },
      projectedAttributes: [],
    },
    {
      // A customer's tickets by address, mailbox, phone or customer id (docs/privacy.md): only
      // the identifier items in a ticket's partition carry `identifierKey`, so the index is
      // sparse and a request reads a few dozen bytes per ticket. Keys only: the partition key
      // names the ticket, and the index repeats no more than the identifier it is keyed by.
      // The ticket item itself carries `reply:<key>`, by which an agent's answer finds its
      // ticket (docs/agents.md): a kind no customer identifier has.
      indexName: TICKET_INDEXES.byIdentifier,
      partitionKey: { name: 'identifierKey', type: 'S' },
      sortKey: { name: 'receivedAt', type: 'S' },
      projectedAttributes: [],
    },
    {
      // The open tickets a scheduler run must read (docs/scale.md): an assigned or queued ticket
      // carries `followUpKey` (`<team>#<shard>`) and `followUpDue`, the instant a run must next
      // read it (core/followup/next-follow-up.ts: queued start, escalation, its holder's handover,
      // unsent emails); an acknowledged or resolved ticket carries neither, so the index is
      // sparse and a run reads `followUpDue <= now` alone. Keys only: a change of the instant
      // writes a few dozen bytes here, not the ticket.
      indexName: TICKET_INDEXES.byFollowUp,
      partitionKey: { name: 'followUpKey', type: 'S' },
      sortKey: { name: 'followUpDue', type: 'S' },
      projectedAttributes: [],
    },
  ],
  ttlAttribute: 'expiresAt',
  // Old and new images: a resolution, a load given back or an email written by hand is told
  // apart by what changed (docs/waiting-line.md).
  stream: 'NEW_AND_OLD_IMAGES',
  tableNameEnv: 'TICKETS_TABLE_NAME',
};

/**
 * Signed webhook requests already accepted, one item per signature (`pk` = a digest of it), so a
 * captured request cannot be posted again inside its five-minute window. Each item expires with
 * the window; DynamoDB's TTL deletes it some time later, so the write's condition also lets an
 * expired item be overwritten.
 */
export const WEBHOOK_REQUESTS_TABLE: TableDefinition = {
  id: 'WebhookRequests',
  partitionKey: { name: 'pk', type: 'S' },
  globalIndexes: [],
  ttlAttribute: 'expiresAt',
  tableNameEnv: 'WEBHOOK_REQUESTS_TABLE_NAME',
};

/**
 * Report aggregates (docs/reports.md): counters and latency sketches per dimension value and UTC
 * hour, `pk = <dimension>#<YYYY-MM-DD>`, `sk = <HH>#<value>`, so a report reads one partition a
 * day; and `FOLDED#<stream record id>` markers, written in the same transaction as the counters,
 * so a stream record replayed changes nothing twice. No customer data: counts, team and agent
 * ids, languages, regions.
 */
export const REPORTS_TABLE: TableDefinition = {
  id: 'Reports',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [],
  ttlAttribute: 'expiresAt',
  tableNameEnv: 'REPORTS_TABLE_NAME',
};

export const TABLES: readonly TableDefinition[] = [
  CONFIG_TABLE,
  TICKETS_TABLE,
  WEBHOOK_REQUESTS_TABLE,
  REPORTS_TABLE,
];

/** The key of a thread's last acknowledgement to its customer, in the tickets table. */
export const AUTO_REPLY_KEY = {
  pkPrefix: 'AUTOREPLY#',
  sk: 'AUTOREPLY',
  /** Kept a day past the one-a-day window, then left to TTL: it holds only a thread id. */
  retentionDays: 2,
} as const;
