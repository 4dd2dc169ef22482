// The waiting line as plain data shared by the CDK stack, the local stack and the handlers: how a
// team's line is keyed, the function that fills it, and which table changes wake that function.

/** Stream records a filter lets through: the event source's filter criteria (patterns). */
export type StreamFilterPattern = Readonly<Record<string, unknown>>;

export const WAITING_LINE = {
  /**
   * Partitions of one team's line (`lineKey = <team>#<shard>`, the shard from the ticket id).
   * One holds a team's line up to the index's per-partition write limit (~1,000 small writes a
   * second, two per waiting ticket); more shards spread a larger team's line and are read back
   * in order by merging their heads (docs/waiting-line.md).
   */
  shards: 1,
  /**
   * Waiting tickets one fill looks at beyond those it gives out: a ticket no agent with room can
   * take (their languages) is passed over, and a long line of such tickets is not read whole on
   * every event; what lies further waits for the next event or scheduler run.
   */
  lookAhead: 50,
  memoryMb: 512,
  timeoutSeconds: 60,
  service: 'sunroute-waiting-line',
  namespace: 'Sunroute',
} as const;

/**
 * How the tables' streams reach the waiting-line function, in the CDK event source mappings and
 * the local stack's stream poller alike.
 */
export const WAITING_LINE_STREAM = {
  /** Records per invocation. */
  batchSize: 100,
  /** No batching window: a freed place is offered at once. */
  maxBatchingWindowSeconds: 0,
  /** Retries of a failed batch (halved each time by bisecting) before it goes to the dead letters. */
  retryAttempts: 5,
  /** Older records are not worth filling for: the scheduler has filled the lines since. */
  maxRecordAgeSeconds: 3600,
  /** Local poll interval of the stream stand-in, in ms; Lambda polls each shard ~4 times a second. */
  pollIntervalMs: 250,
} as const;

/**
 * Tickets-table changes that can free room: an agent's load item whose last write gave a place
 * back (`lastChange = release`: a resolution, a handover, a lead moving a ticket).
 */
export const TICKETS_STREAM_FILTERS: readonly StreamFilterPattern[] = [
  {
    eventName: ['MODIFY'],
    dynamodb: { Keys: { sk: { S: ['LOAD'] } }, NewImage: { lastChange: { S: ['release'] } } },
  },
];

/** Config-table changes that can add room: a new current version (agents, `maxOpenTickets`). */
export const CONFIG_STREAM_FILTERS: readonly StreamFilterPattern[] = [
  { eventName: ['INSERT', 'MODIFY'], dynamodb: { Keys: { sk: { S: ['CURRENT'] } } } },
];

export const WAITING_LINE_METRICS = {
  /** Waiting tickets given to an agent by a fill. */
  assigned: 'LineTicketsAssigned',
  /** Fills of one team's line (one per team per batch or scheduler run). */
  fills: 'LineFills',
  /** A waiting ticket taken by another fill, or changed, between reading and writing. */
  superseded: 'LineTicketsSuperseded',
  failed: 'LineFillsFailed',
} as const;
