import { setTimeout as pause } from 'node:timers/promises';
import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Ticket } from '../../core/ticket/ticket-schema';
import { TICKET_INDEXES } from '../../definitions/tables';
import type { KindCounts, LocatedItem, PrivacyTicketStore } from '../privacy-stores';
import { agentLoadUpdate } from './agent-load-update';
import { queryAll } from './query-all';
import { readableItem } from './readable-item';
import {
  autoReplyKey,
  OUTBOX_SK_PREFIX,
  IDENTIFIER_SK_PREFIX,
  TICKET_SK,
  ticketKey,
} from './ticket-items';
import { readTicketPartition } from './ticket-partition';
import { writeTransaction } from './transaction-cancellation';
import { UnprocessedDeletesError } from './unprocessed-deletes-error';
import { TicketChangeContentionError } from '../ticket-change-contention-error';

/** BatchWriteItem takes at most 25 requests. */
const BATCH_WRITE_LIMIT = 25;
const BATCH_WRITE_ATTEMPTS = 5;
/** Changes of the ticket in between (an acknowledgement, a resolution) read again this often. */
const TICKET_DELETE_ATTEMPTS = 5;

/**
 * What an item of a ticket's partition is, by its sort key, for the erasure's counts. Items other
 * parts of sunroute add to the partition (conversation messages, the survey answer) are erased
 * with it whatever they are; they are counted by their key's first word.
 */
export function itemKind(sk: string): string {
  if (sk === TICKET_SK) return 'tickets';
  if (sk.startsWith(OUTBOX_SK_PREFIX)) return 'outbox';
  if (sk.startsWith(IDENTIFIER_SK_PREFIX)) return 'identifiers';
  if (sk.startsWith('MESSAGE#')) return 'messages';
  if (sk === 'SURVEY') return 'surveyAnswers';
  return `other:${sk.split('#')[0]!.toLowerCase()}`;
}

function add(counts: KindCounts, kind: string, n = 1): void {
  counts[kind] = (counts[kind] ?? 0) + n;
}

/** Finding, reading and erasing a customer's tickets on the tickets table. */
export class DynamoDbPrivacyStore implements PrivacyTicketStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findTicketIds(indexKey: string): Promise<string[]> {
    const items = await queryAll(this.documents, {
      TableName: this.tableName,
      IndexName: TICKET_INDEXES.byIdentifier,
      KeyConditionExpression: 'identifierKey = :key',
      ExpressionAttributeValues: { ':key': indexKey },
    });
    const ids = items.map((item) => String(item.pk).slice('TICKET#'.length));
    return [...new Set(ids)];
  }

  async readTicket(ticketId: string): Promise<{ ticket?: Ticket; items: LocatedItem[] }> {
    const partition = await readTicketPartition(this.documents, this.tableName, ticketId);
    const located = (item: Record<string, unknown>): LocatedItem => ({
      table: this.tableName,
      pk: String(item.pk),
      sk: String(item.sk),
      item: readableItem(item),
    });
    const ticketItem = partition.find((item) => item.sk === TICKET_SK);
    const ticket = ticketItem?.ticket as Ticket | undefined;
    const items = partition.map(located);
    const autoReply = ticket ? await this.autoReplyOf(ticket) : undefined;
    return {
      ...(ticket ? { ticket } : {}),
      items: autoReply ? [...items, located(autoReply)] : items,
    };
  }

  /** The thread's acknowledgement record, when this ticket wrote it (another may have since). */
  private async autoReplyOf(ticket: Ticket): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: autoReplyKey(ticket.threadId ?? ticket.id),
        ConsistentRead: true,
      }),
    );
    return Item?.ticketId === ticket.id ? Item : undefined;
  }

  async eraseTicket(ticketId: string): Promise<KindCounts> {
    const counts: KindCounts = {};
    const partition = await readTicketPartition(this.documents, this.tableName, ticketId);
    const ticketItem = partition.find((item) => item.sk === TICKET_SK);
    // Everything but the ticket item first: until the ticket item goes, the index still finds
    // the ticket, so a run that crashes half-way is taken up again by the next request.
    const rest = partition.filter((item) => item.sk !== TICKET_SK);
    await this.deleteAll(rest.map((item) => ({ pk: item.pk, sk: item.sk })));
    for (const item of rest) add(counts, itemKind(String(item.sk)));
    if (!ticketItem) return counts;
    const ticket = ticketItem.ticket as Ticket | undefined;
    if (ticket) {
      if (await this.deleteAutoReply(ticketId, ticket)) add(counts, 'autoReplies');
    }
    if (await this.deleteTicketItem(ticketId, ticketItem)) add(counts, 'tickets');
    return counts;
  }

  /** The thread's acknowledgement record, unless another ticket of the thread wrote it since. */
  private async deleteAutoReply(ticketId: string, ticket: Ticket): Promise<boolean> {
    try {
      const { Attributes } = await this.documents.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: autoReplyKey(ticket.threadId ?? ticket.id),
          ConditionExpression: 'attribute_not_exists(pk) OR ticketId = :id',
          ExpressionAttributeValues: { ':id': ticketId },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return Attributes !== undefined;
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /**
   * The ticket item, conditional on its version, with its agent's load given back when it was
   * assigned: the condition makes the give-back happen once, however often an erasure runs.
   * False when another erasure deleted it first.
   */
  private async deleteTicketItem(
    ticketId: string,
    item: Record<string, unknown>,
    attempt = 1,
  ): Promise<boolean> {
    if (attempt > TICKET_DELETE_ATTEMPTS) {
      throw new TicketChangeContentionError(ticketId, TICKET_DELETE_ATTEMPTS);
    }
    const remove = {
      Delete: {
        TableName: this.tableName,
        Key: ticketKey(ticketId),
        ConditionExpression: 'attribute_exists(pk) AND #version = :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': item.version ?? 0 },
      },
    };
    const holds = item.status === 'assigned' && typeof item.agent === 'string';
    const items = holds
      ? [
          remove,
          agentLoadUpdate(this.tableName, item.agent as string, {
            kind: 'release',
            aboveZero: true,
          }),
        ]
      : [remove];
    const cancellation = await writeTransaction(this.documents, items);
    if (!cancellation) return true;
    // The load already at zero (reset by hand): the ticket goes alone.
    if (holds && cancellation.passed(0) && cancellation.conditionFailed(1)) {
      const alone = await writeTransaction(this.documents, [remove]);
      if (!alone) return true;
      if (!alone.conditionFailed(0)) throw alone.error;
    } else if (!cancellation.conditionFailed(0) && !cancellation.conflicted) {
      throw cancellation.error;
    }
    // Changed since it was read (acknowledged, resolved) or deleted: read it again.
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: ticketKey(ticketId), ConsistentRead: true }),
    );
    return Item ? this.deleteTicketItem(ticketId, Item, attempt + 1) : false;
  }

  private async deleteAll(keys: readonly Record<string, unknown>[]): Promise<void> {
    for (let start = 0; start < keys.length; start += BATCH_WRITE_LIMIT) {
      let requests = keys
        .slice(start, start + BATCH_WRITE_LIMIT)
        .map((Key) => ({ DeleteRequest: { Key } }));
      for (let attempt = 1; requests.length > 0; attempt++) {
        if (attempt > BATCH_WRITE_ATTEMPTS) {
          throw new UnprocessedDeletesError(this.tableName, requests.length, BATCH_WRITE_ATTEMPTS);
        }
        if (attempt > 1) await pause(20 * 2 ** attempt * Math.random());
        const { UnprocessedItems } = await this.documents.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
  }
}
