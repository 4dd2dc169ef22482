import type { PlusAddressing } from '../core/privacy/customer-identifier';
import type { Ticket } from '../core/ticket/ticket-schema';

/** One stored item and where it lives, as an export lists it. */
export interface LocatedItem {
  readonly table: string;
  readonly pk: string;
  readonly sk: string;
  readonly item: Record<string, unknown>;
}

/** What erasing one ticket's partition removed, by kind of item (`tickets`, `outbox`, …). */
export type KindCounts = Record<string, number>;

/** The tickets table as finding, exporting and erasing a customer's data sees it. */
export interface PrivacyTicketStore {
  /** Ids of the tickets whose customer the index key names, oldest first (byIdentifier). */
  findTicketIds(indexKey: string): Promise<string[]>;
  /** Every item of the ticket's partition, and the thread's acknowledgement record if it has one. */
  readTicket(ticketId: string): Promise<{ ticket?: Ticket; items: LocatedItem[] }>;
  /**
   * Deletes the ticket's partition, the ticket item last and, when it was open with an agent, with
   * the agent's load given back in the same write; then the thread's acknowledgement record if
   * this ticket wrote it.
   */
  eraseTicket(ticketId: string): Promise<KindCounts>;
}

/** The audit record of one erasure: written first, updated as it goes, finished at the end. */
export interface ErasureRecord {
  /** What `GET /privacy/erasures/{id}` names it by: the hash and when it started. */
  readonly erasureId: string;
  readonly identifierHash: string;
  readonly startedAt: string;
  readonly requestedBy: string;
  readonly status: 'running' | 'done';
  readonly removed: KindCounts;
  readonly finishedAt?: string;
  /** How many times a crashed run was taken up again. */
  readonly resumed: number;
  /** The customer's tickets the run found, once it has looked: progress is `removed.tickets` of it. */
  readonly ticketsFound?: number;
}

export interface ErasureLog {
  /** The unfinished erasure for this hash (resumed), else a new one, written before anything goes. */
  begin(identifierHash: string, requestedBy: string, at: string): Promise<ErasureRecord>;
  /** Records the counts so far (totals), so a crash leaves the record saying how far it got. */
  progress(record: ErasureRecord, removed: KindCounts, ticketsFound?: number): Promise<void>;
  /** The record by its id; undefined when there is none. */
  read(erasureId: string): Promise<ErasureRecord | undefined>;
  /** Counts one more taking-up of an unfinished run (a redelivery after a crash). */
  resume(record: ErasureRecord): Promise<ErasureRecord>;
  finish(record: ErasureRecord, at: string): Promise<ErasureRecord>;
}

/**
 * An erasure handed to the worker: the record it finishes and whom it erases. The customer is
 * named as a ticket names them (`customer.email`, `.phone`, `.id`), so a sweep of the erasure
 * dead-letter queue recognises a stuck request as the customer's.
 */
export interface ErasureJob {
  readonly erasureId: string;
  readonly customer: { readonly email?: string; readonly phone?: string; readonly id?: string };
  readonly plusAddressing: PlusAddressing;
}

export interface ErasureQueue {
  enqueue(job: ErasureJob): Promise<void>;
}

/** A message of a dead-letter queue as a sweep sees it. */
export interface SweptLetter {
  readonly messageId: string;
  readonly body: string;
  readonly attributes: Record<string, string>;
  /** Epoch ms it was first sent (SQS keeps it through a redrive), when SQS says. */
  readonly sentAt?: number;
}

/** One dead-letter queue that can hold customer data (definitions/privacy.ts). */
export interface DeadLetterSweep {
  /** Its name in an export (`ticket dead-letter queue`). */
  readonly queue: string;
  /**
   * Looks at every message once: those `belongs` says are the customer's are returned, and
   * deleted when `remove`; every other one becomes visible again at the end.
   */
  sweep(
    belongs: (letter: SweptLetter) => Promise<boolean>,
    remove: boolean,
  ): Promise<SweptLetter[]>;
}

/** The raw mail bucket, for finding and deleting one customer's mail. */
export interface RawMailArchive {
  readonly bucket: string;
  /** The mail's bytes, or undefined when it is gone (expired, erased). */
  find(key: string): Promise<Uint8Array | undefined>;
  delete(key: string): Promise<void>;
  /** Deletes every raw mail stored before `beforeMs` (epoch ms); how many went. */
  expire(beforeMs: number): Promise<number>;
}
