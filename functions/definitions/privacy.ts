// Privacy's functions and the places customer data can wait in, as plain data shared by the CDK
// stack, the local stack, the CLI and the handlers.
import { INGEST } from './ingest';
import { TICKET_QUEUE } from './queues';

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
];

/** The raw mail bucket's lifecycle rule: the upper bound of `retentionDays.rawMail`. */
export const RAW_MAIL_MAX_RETENTION_DAYS = INGEST.mailRetentionDays;

export const PRIVACY = {
  service: 'sunroute-privacy',
  namespace: 'Sunroute',
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
