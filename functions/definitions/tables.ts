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
   * Non-key attributes the index carries (projection INCLUDE); absent means every attribute
   * (ALL). A query pays for the size of the index items it reads, and a ticket item holds a body
   * of up to 256 KiB, so an index read on every ticket projects only what that read needs.
   */
  readonly projectedAttributes?: readonly string[];
}

export interface TableDefinition {
  /** Construct id in the CDK stack and suffix of the local table name. */
  readonly id: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly globalIndexes: readonly GlobalIndexDefinition[];
  /** Attribute holding the epoch-seconds expiry that DynamoDB TTL deletes by (retention). */
  readonly ttlAttribute?: string;
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
  tableNameEnv: 'CONFIG_TABLE_NAME',
};

/** The tickets table's index names, so code that queries them cannot misspell one. */
export const TICKET_INDEXES = {
  byTeamStatus: 'byTeamStatus',
  byThread: 'byThread',
  byCustomer: 'byCustomer',
} as const;

/**
 * Tickets and what hangs off them, one table so that an assignment, the agent's load and the
 * outgoing email are written in one transaction: `TICKET#<id>`/`TICKET` (the ticket and its
 * decision), `TICKET#<id>`/`OUTBOX#<n>` (emails to send), `AGENT#<id>`/`LOAD` (open tickets,
 * last assignment).
 */
export const TICKETS_TABLE: TableDefinition = {
  id: 'Tickets',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [
    {
      indexName: TICKET_INDEXES.byTeamStatus,
      partitionKey: { name: 'teamStatus', type: 'S' },
      sortKey: { name: 'statusSince', type: 'S' },
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
  ],
  ttlAttribute: 'expiresAt',
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

export const TABLES: readonly TableDefinition[] = [
  CONFIG_TABLE,
  TICKETS_TABLE,
  WEBHOOK_REQUESTS_TABLE,
];

/**
 * How long a ticket and its emails are kept (DynamoDB TTL on `expiresAt`, counted from routing):
 * a year of history for support leads plus a month of slack for yearly reviews, then the
 * customer's data goes (docs/guarantees.md). Agent loads carry no customer data and never expire.
 */
export const TICKET_RETENTION_DAYS = 400;
