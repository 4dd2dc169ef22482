// The follow-the-sun scheduler as plain data shared by the CDK stack, the local stack and the
// handler: how often it runs, its function's size, its telemetry names.

export const SCHEDULER = {
  /** EventBridge rate; the local stack's timer uses the same. */
  everyMinutes: 5,
  memoryMb: 512,
  /** Well under the rate, so two runs overlap only when one is slow (and then stay correct). */
  timeoutSeconds: 120,
  /**
   * Partitions of one team's byFollowUp entries (`followUpKey = <team>#<shard>`, the shard from
   * the ticket id, as the waiting line shards its line). A team's shift end moves its tickets
   * (two index writes each: the entry leaves one place and takes another) under the index's
   * per-partition limit of ~1,000 writes a second; a run reads each partition once with
   * `followUpDue <= now`, so every shard more is one query more per team and run.
   */
  indexShards: 2,
  /**
   * Ticket items the first runs after an upgrade give their byFollowUp attributes per run
   * (docs/deploy.md), so that the backfill of a large table spreads over runs within the timeout.
   */
  backfillPerRun: 5000,
  /**
   * A full listing of the open tickets (after a configuration change, docs/scale.md) reads at most
   * this many byTeamStatus pages (1 MB each on DynamoDB) per run and goes on at the next run, so
   * that a run's reads stay bounded however many tickets are open.
   */
  listingPagesPerRun: 100,
  /**
   * No listing page is begun once less than this is left of the run's timeout: the time kept for
   * reading and following up the tickets found.
   */
  listingReserveSeconds: 60,
  service: 'sunroute-scheduler',
  namespace: 'Sunroute',
} as const;

export const SCHEDULER_METRICS = {
  /** Assigned and queued tickets looked at by a run. */
  open: 'OpenTickets',
  handedOver: 'TicketsHandedOver',
  queuedAssigned: 'QueuedTicketsStarted',
  escalated: 'TicketsEscalated',
  /** Another run or an acknowledgement changed the ticket first: nothing done, as intended. */
  stale: 'FollowUpsSuperseded',
  failed: 'FollowUpsFailed',
} as const;
