import { createHmac } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import {
  lookupKey,
  type CustomerIdentifier,
  type PlusAddressing,
} from '../core/privacy/customer-identifier';
import { textMentions } from '../core/privacy/text-mentions';
import type { Ticket } from '../core/ticket/ticket-schema';
import type {
  DeadLetterSweep,
  ErasureLog,
  ErasureRecord,
  KindCounts,
  LocatedItem,
  PrivacyTicketStore,
  RawMailArchive,
  SweptLetter,
} from '../adapters/privacy-stores';

/** Everything finding, exporting and erasing a customer's data touches. */
export interface PrivacyDependencies {
  readonly tickets: PrivacyTicketStore;
  readonly erasures: ErasureLog;
  /** Every dead-letter queue that can hold customer data (definitions/privacy.ts). */
  readonly deadLetters: readonly DeadLetterSweep[];
  /** Absent where no mail is received (no SES receiving): there is no raw mail to look at. */
  readonly rawMail?: RawMailArchive;
  /**
   * The key of the audit records' hash (docs/privacy.md); the erasure worker, which only
   * finishes records started elsewhere, has none.
   */
  readonly auditKey?: () => Promise<string>;
  readonly clock: () => number;
}

export interface PrivacyRequest {
  readonly identifier: CustomerIdentifier;
  readonly plusAddressing: PlusAddressing;
}

/** Where a raw mail lives, and the mail. */
export interface RawMailEntry {
  readonly bucket: string;
  readonly key: string;
  readonly text: string;
}

/** The right of access: one document of everything held about the customer, with where. */
export interface PrivacyExport {
  readonly identifier: CustomerIdentifier;
  readonly generatedAt: string;
  readonly tickets: readonly {
    readonly ticketId: string;
    readonly items: readonly LocatedItem[];
  }[];
  readonly rawMail: readonly RawMailEntry[];
  readonly deadLetters: readonly (SweptLetter & { readonly queue: string })[];
}

/** The label under which the audit hash key is derived, so it signs nothing else. */
const AUDIT_LABEL = 'sunroute privacy audit v1';

/**
 * The keyed hash an erasure record keeps: the same customer always gives the same hash, so a
 * second request finds the first, but nobody without the key can tell whom it names.
 */
export async function identifierHash(
  auditKey: string,
  identifier: CustomerIdentifier,
): Promise<string> {
  const key = createHmac('sha256', auditKey).update(AUDIT_LABEL).digest();
  return createHmac('sha256', key).update(`${identifier.kind}:${identifier.value}`).digest('hex');
}

/**
 * Where a ticket's raw mails are kept, when they came in through SES receiving: the ticket's own
 * mail, and each later mail of its conversation (customers' and agents' answers, which quote it).
 */
function rawMailKeysOf(ticket: Ticket | undefined, items: readonly LocatedItem[]): string[] {
  const keys = items.flatMap(({ item }) => (typeof item.rawKey === 'string' ? [item.rawKey] : []));
  const own = ticket?.mail?.rawKey;
  return [...new Set(own === undefined ? keys : [own, ...keys])];
}

/**
 * The raw mail a dead letter names: a mail the receiver refused (its `key`), or the SES event of a
 * failed invocation (each record's SES message id, under the inbound prefix).
 */
export function rawMailKeysOfLetter(body: string, prefix: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const letter = value as {
    key?: unknown;
    requestPayload?: { Records?: { ses?: { mail?: { messageId?: unknown } } }[] };
  };
  if (typeof letter.key === 'string' && letter.key.startsWith(prefix)) return [letter.key];
  const records = letter.requestPayload?.Records;
  if (!Array.isArray(records)) return [];
  return records.flatMap((record) => {
    const id = record?.ses?.mail?.messageId;
    return typeof id === 'string' ? [`${prefix}${id}`] : [];
  });
}

/** Bytes of the outbox's gzipped parts as the text they hold; other bytes as base64. */
function readableItem(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item).map(([name, value]) => {
      if (!(value instanceof Uint8Array)) return [name, value];
      if (name.endsWith('Gz')) return [name.slice(0, -2), gunzipSync(value).toString('utf8')];
      return [name, { base64: Buffer.from(value).toString('base64') }];
    }),
  );
}

export class CustomerPrivacy {
  constructor(
    private readonly deps: PrivacyDependencies,
    private readonly mailPrefix: string,
  ) {}

  /** A dead letter that is the customer's: it mentions them, or the raw mail it names does. */
  private letterTest(request: PrivacyRequest) {
    return async (letter: SweptLetter): Promise<boolean> => {
      if (textMentions(letter.body, request.identifier, request.plusAddressing)) return true;
      for (const key of rawMailKeysOfLetter(letter.body, this.mailPrefix)) {
        const mail = await this.deps.rawMail?.find(key);
        if (
          mail &&
          textMentions(
            Buffer.from(mail).toString('utf8'),
            request.identifier,
            request.plusAddressing,
          )
        ) {
          return true;
        }
      }
      return false;
    };
  }

  /** How many tickets the index finds for the customer: what an export or erasure reads. */
  async ticketCount(request: PrivacyRequest): Promise<number> {
    const key = lookupKey(request.identifier, request.plusAddressing);
    return (await this.deps.tickets.findTicketIds(key)).length;
  }

  async export(request: PrivacyRequest): Promise<PrivacyExport> {
    const { deps } = this;
    const ids = await deps.tickets.findTicketIds(
      lookupKey(request.identifier, request.plusAddressing),
    );
    const tickets = [];
    const mailKeys = new Set<string>();
    for (const ticketId of ids) {
      const { ticket, items } = await deps.tickets.readTicket(ticketId);
      if (items.length === 0) continue;
      tickets.push({
        ticketId,
        items: items.map((located) => ({ ...located, item: readableItem(located.item) })),
      });
      for (const key of rawMailKeysOf(ticket, items)) mailKeys.add(key);
    }
    const letters: (SweptLetter & { queue: string })[] = [];
    for (const queue of deps.deadLetters) {
      const found = await queue.sweep(this.letterTest(request), false);
      letters.push(...found.map((letter) => ({ ...letter, queue: queue.queue })));
    }
    for (const letter of letters) {
      for (const key of rawMailKeysOfLetter(letter.body, this.mailPrefix)) mailKeys.add(key);
    }
    const rawMail: RawMailEntry[] = [];
    for (const key of mailKeys) {
      const mail = await deps.rawMail?.find(key);
      if (mail && deps.rawMail) {
        rawMail.push({
          bucket: deps.rawMail.bucket,
          key,
          text: Buffer.from(mail).toString('utf8'),
        });
      }
    }
    return {
      identifier: request.identifier,
      generatedAt: new Date(deps.clock()).toISOString(),
      tickets,
      rawMail,
      deadLetters: letters,
    };
  }

  /**
   * The first step of an erasure: its audit record, written before anything goes (or the
   * unfinished one for the same customer, taken up again), and how many tickets it will erase.
   */
  async start(
    request: PrivacyRequest,
    requestedBy: string,
  ): Promise<{ readonly record: ErasureRecord; readonly tickets: number }> {
    const { deps } = this;
    if (!deps.auditKey) throw new Error('an erasure is started where the audit key is known');
    const hash = await identifierHash(await deps.auditKey(), request.identifier);
    const record = await deps.erasures.begin(
      hash,
      requestedBy,
      new Date(deps.clock()).toISOString(),
    );
    const ids = await deps.tickets.findTicketIds(
      lookupKey(request.identifier, request.plusAddressing),
    );
    return { record, tickets: ids.length };
  }

  /**
   * Erases everything the export would list, under the record `start` wrote. Its counts are
   * written after each ticket; each ticket's raw mail goes before its partition and the ticket
   * item last, so whatever a crash leaves is found again by the index and finished by the next
   * run of the same record.
   */
  async complete(request: PrivacyRequest, started: ErasureRecord): Promise<ErasureRecord> {
    const { deps } = this;
    const removed: KindCounts = { ...started.removed };
    const add = (counts: KindCounts) => {
      for (const [kind, count] of Object.entries(counts))
        removed[kind] = (removed[kind] ?? 0) + count;
    };
    const ids = await deps.tickets.findTicketIds(
      lookupKey(request.identifier, request.plusAddressing),
    );
    // What is left now plus what earlier runs of this record erased.
    await deps.erasures.progress(started, removed, ids.length + (removed.tickets ?? 0));
    for (const ticketId of ids) {
      const { ticket, items } = await deps.tickets.readTicket(ticketId);
      for (const key of rawMailKeysOf(ticket, items)) {
        if (deps.rawMail && (await deps.rawMail.find(key))) {
          await deps.rawMail.delete(key);
          add({ rawMail: 1 });
        }
      }
      add(await deps.tickets.eraseTicket(ticketId));
      await deps.erasures.progress(started, removed);
    }
    const isTheirs = this.letterTest(request);
    // A letter's raw mail goes before the letter, which is what leads to it.
    let letters = 0;
    for (const queue of deps.deadLetters) {
      const swept = await queue.sweep(async (letter) => {
        if (!(await isTheirs(letter))) return false;
        for (const key of rawMailKeysOfLetter(letter.body, this.mailPrefix)) {
          if (deps.rawMail && (await deps.rawMail.find(key))) {
            await deps.rawMail.delete(key);
            add({ rawMail: 1 });
          }
        }
        return true;
      }, true);
      letters += swept.length;
    }
    add({ deadLetters: letters });
    const finished = await deps.erasures.finish(
      { ...started, removed },
      new Date(deps.clock()).toISOString(),
    );
    return { ...finished, ticketsFound: ids.length + (started.removed.tickets ?? 0) };
  }

  /** Starts and completes an erasure in one go (the CLI, and small requests to the admin API). */
  async erase(request: PrivacyRequest, requestedBy: string): Promise<ErasureRecord> {
    const { record } = await this.start(request, requestedBy);
    return this.complete(request, record);
  }
}
