// The follow-the-sun scheduler as plain data shared by the CDK stack, the local stack and the
// handler: how often it runs, its function's size, its telemetry names.

export const SCHEDULER = {
  /** EventBridge rate; the local stack's timer uses the same. */
  everyMinutes: 5,
  memoryMb: 512,
  /** Well under the rate, so two runs overlap only when one is slow (and then stay correct). */
  timeoutSeconds: 120,
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
