// Privacy's functions and the places customer data can wait in, as plain data shared by the CDK
// stack, the local stack, the CLI and the handlers.
import { INGEST } from './ingest';
import { TICKET_QUEUE, type QueueDefinition } from './queues';

/** The erasure worker's limit: Lambda's longest; a larger erasure is resumed by a redelivery. */
const ERASER_TIMEOUT_SECONDS = 900;

/**
 * Erasures the admin API hands to the erasure worker: one message per erasure, carrying the
 * customer's identifier (it is what the worker looks for), deleted when the erasure is done. A
 * run cut short is delivered again after the visibility timeout and resumes; after five it waits
 * in the dead-letter queue, which is one of the personal ones below.
 */
export const ERASURE_QUEUE: QueueDefinition = {
  id: 'Erasures',
  retentionDays: 14,
  // At least the worker's timeout, as Lambda requires; twice, so a slow run is not doubled.
  visibilityTimeoutSeconds: 2 * ERASER_TIMEOUT_SECONDS,
  maxReceiveCount: 5,
  queueUrlEnv: 'ERASURE_QUEUE_URL',
  deadLetter: {
    id: 'ErasuresDeadLetter',
    retentionDays: 14,
    queueUrlEnv: 'ERASURE_DEAD_LETTER_QUEUE_URL',
  },
};

/**
 * A dead-letter queue whose messages can carry customer data. Erasure and export sweep every one
 * of them, and the retention sweep deletes what is older than `privacy.retentionDays.deadLetters`;
 * the stack grants the privacy functions exactly these queues. A new queue is one more entry.
 */
export interface PersonalDeadLetterQueue {
  /** How an export names where a letter was found. */
  readonly name: string;
  readonly queueUrlEnv: string;
  /** The queue's own retention, which the stack sets: the upper bound of the configured one. */
  readonly retentionDays: number;
}

export const PERSONAL_DEAD_LETTER_QUEUES: readonly PersonalDeadLetterQueue[] = [
  {
    name: 'ticket dead-letter queue',
    queueUrlEnv: TICKET_QUEUE.deadLetter.queueUrlEnv,
    retentionDays: TICKET_QUEUE.deadLetter.retentionDays,
  },
  {
    name: 'erasure dead-letter queue',
    queueUrlEnv: ERASURE_QUEUE.deadLetter.queueUrlEnv,
    retentionDays: ERASURE_QUEUE.deadLetter.retentionDays,
  },
];

/** The raw mail bucket's lifecycle rule: the upper bound of `retentionDays.rawMail`. */
export const RAW_MAIL_MAX_RETENTION_DAYS = INGEST.mailRetentionDays;

export const PRIVACY = {
  service: 'sunroute-privacy',
  namespace: 'Sunroute',
  eraser: {
    memoryMb: 512,
    timeoutSeconds: ERASER_TIMEOUT_SECONDS,
  },
  /**
   * `POST /privacy/erase` finishes an erasure of at most this many tickets itself (200), well
   * inside the admin function's 15 seconds; a larger one goes to the worker (202).
   */
  inlineErasureTickets: 25,
  /**
   * `POST /privacy/export` answers in one response: at most this many tickets, read inside the
   * admin function's 15 seconds, and this many bytes of JSON, well inside Lambda's 6 MB response
   * (the body is escaped once more inside it). A larger export is the CLI's, which writes it to
   * standard output (docs/privacy.md).
   */
  inlineExport: { tickets: 200, bytes: 4 * 1024 * 1024 },
  retentionSweep: {
    /** Daily: retention is counted in days, so a mail is gone at most a day after its time. */
    schedule: { hour: 3, minute: 17 },
    memoryMb: 256,
    /** Listing a month of raw mail and a full dead-letter queue; runs are far shorter. */
    timeoutSeconds: 900,
  },
} as const;

export const RETENTION_METRICS = {
  rawMailExpired: 'RawMailExpired',
  deadLettersExpired: 'DeadLettersExpired',
} as const;
