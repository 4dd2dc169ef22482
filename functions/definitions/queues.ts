// Queue and router settings as plain data, shared by the CDK stack and the local poller that
// stands in for Lambda's SQS event source.

export interface RouterSettings {
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  /** SQS event source: records per invocation and how long to gather them. */
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
}

export const ROUTER: RouterSettings = {
  timeoutSeconds: 30,
  memoryMb: 512,
  batchSize: 10,
  maxBatchingWindowSeconds: 2,
};

export interface QueueDefinition {
  readonly id: string;
  readonly retentionDays: number;
  /** AWS advises at least six times the consumer's timeout, so retries never overlap a run. */
  readonly visibilityTimeoutSeconds: number;
  /** Receives before a message moves to the dead-letter queue (CDK context may override). */
  readonly maxReceiveCount: number;
  readonly queueUrlEnv: string;
  readonly deadLetter: {
    readonly id: string;
    readonly retentionDays: number;
    readonly queueUrlEnv: string;
  };
}

export const TICKET_QUEUE: QueueDefinition = {
  id: 'Tickets',
  retentionDays: 14,
  visibilityTimeoutSeconds: 6 * ROUTER.timeoutSeconds,
  maxReceiveCount: 5,
  queueUrlEnv: 'TICKET_QUEUE_URL',
  deadLetter: { id: 'TicketsDeadLetter', retentionDays: 14, queueUrlEnv: 'DEAD_LETTER_QUEUE_URL' },
};

/**
 * Message attributes the router puts on a ticket it moves to the dead-letter queue itself (one
 * that is not JSON or breaks the ticket schema), so an operator sees why without the logs. Messages
 * that SQS redrove after maxReceiveCount carry none of them.
 */
export const DEAD_LETTER_ATTRIBUTES = {
  /** Every problem, `path: rule`, joined by "; ". */
  reason: 'sunroute.reason',
  /** The first problem's field path (`customer.email`, `$` for the whole message). */
  field: 'sunroute.field',
  /** The first problem's rule (`is required`, `is not valid JSON: …`). */
  rule: 'sunroute.rule',
  /** The SQS message id the body arrived with on the ticket queue. */
  sourceMessageId: 'sunroute.sourceMessageId',
} as const;
