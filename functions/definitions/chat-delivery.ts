// Agents' answers to chat tickets, posted to each chat integration's outbound webhook
// (docs/agents.md), as plain data shared by the CDK stack, the local stack and the handlers.
import type { QueueDefinition } from './queues';

export const CHAT_DELIVERY = {
  memoryMb: 256,
  /** One POST per record, each under `requestTimeoutMs`, ten records at most per batch. */
  timeoutSeconds: 120,
  /** A receiver slower than this is treated as down: the post is tried again later. */
  requestTimeoutMs: 10_000,
  batchSize: 10,
  maxBatchingWindowSeconds: 0,
  /**
   * Posts of one event before it is dead-lettered with the last status or error. Between them
   * the message stays invisible for `firstRetrySeconds × factor^(n−1)`: 10 s, 40 s, 160 s, 640 s,
   * 2,560 s — a receiver may be down for about an hour before an answer is given up.
   */
  attempts: 6,
  backoff: { firstRetrySeconds: 10, factor: 4, maxSeconds: 43_200 },
  service: 'sunroute-chat-delivery',
  namespace: 'Sunroute',
  /** The header naming the event kind; the body carries it too. */
  eventHeader: 'Sunroute-Event',
} as const;

/**
 * The queue of events to post. Its redrive (`maxReceiveCount`) is only the safety net for a
 * function that crashes before it can dead-letter a message itself, with the reason, on the last
 * of `CHAT_DELIVERY.attempts`.
 */
export const CHAT_DELIVERY_QUEUE: QueueDefinition = {
  id: 'ChatDelivery',
  retentionDays: 4,
  visibilityTimeoutSeconds: 6 * CHAT_DELIVERY.timeoutSeconds,
  maxReceiveCount: CHAT_DELIVERY.attempts + 2,
  queueUrlEnv: 'CHAT_DELIVERY_QUEUE_URL',
  deadLetter: {
    id: 'ChatDeliveryDeadLetter',
    retentionDays: 14,
    queueUrlEnv: 'CHAT_DELIVERY_DEAD_LETTER_QUEUE_URL',
  },
};

export const CHAT_DELIVERY_METRICS = {
  delivered: 'ChatEventsDelivered',
  retried: 'ChatEventsRetried',
  deadLettered: 'ChatEventsDeadLettered',
} as const;
