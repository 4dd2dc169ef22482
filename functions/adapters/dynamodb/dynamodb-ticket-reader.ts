import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TICKET_INDEXES } from '../../definitions/tables';
import {
  TICKET_LIST_STATUSES,
  type TicketDetail,
  type TicketEmailSummary,
  type TicketListing,
  type TicketListQuery,
  type TicketReader,
  type TicketListStatus,
  type TicketRecord,
} from '../ticket-reader';
import { StoredItemError } from '../stored-item-error';
import { MESSAGE_SK_PREFIX } from './dynamodb-conversation-store';
import { batchGetItems } from './batch-get-items';
import { isOutboxItem, teamStatusKey, TICKET_SK } from './ticket-items';
import { readTicketPartition } from './ticket-partition';
import { readableItem } from './readable-item';

type Item = Record<string, unknown>;

// Keys and index attributes: how the item is found, not what happened to the ticket.
const STORAGE_ATTRIBUTES = new Set([
  'pk',
  'sk',
  'teamStatus',
  'followUpAt',
  'threadKey',
  'customerKey',
  'identifierKey',
  'expiresAt',
]);

/**
 * The tickets table read through byTeamStatus and the tickets' own keys (listings) and the
 * ticket's partition (detail).
 */
export class DynamoDbTicketReader implements TicketReader {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listTickets(query: TicketListQuery): Promise<TicketListing> {
    const statuses = query.status === undefined ? TICKET_LIST_STATUSES : [query.status];
    const pages = await Promise.all(statuses.map((status) => this.listStatus(query, status)));
    const entries = pages
      .flat()
      .sort((a, b) => String(b.statusSince).localeCompare(String(a.statusSince)));
    // The index holds keys and a few attributes: the listed tickets are read whole by key, in the
    // index's order; one erased meanwhile is left out.
    const listed = entries.slice(0, query.limit);
    const items = await batchGetItems(
      this.documents,
      this.tableName,
      listed.map((entry) => ({ pk: String(entry.pk), sk: String(entry.sk) })),
    );
    const byKey = new Map(items.map((item) => [String(item.pk), item]));
    return {
      tickets: listed.flatMap((entry) => {
        const item = byKey.get(String(entry.pk));
        return item ? [this.record(item)] : [];
      }),
      truncated: entries.length > query.limit,
    };
  }

  async readTicket(ticketId: string): Promise<TicketDetail | undefined> {
    const items = await readTicketPartition(this.documents, this.tableName, ticketId);
    const ticketItem = items.find((item) => item.sk === TICKET_SK);
    if (!ticketItem) return undefined;
    const isMessage = (item: Item) => String(item.sk).startsWith(MESSAGE_SK_PREFIX);
    const others = items.filter(
      (item) => item !== ticketItem && !isOutboxItem(item) && !isMessage(item),
    );
    // The history is answered beside the ticket, not twice.
    const ticket = Object.fromEntries(
      Object.entries(this.record(ticketItem)).filter(([name]) => name !== 'history'),
    ) as TicketRecord;
    return {
      ticket,
      emails: items.filter(isOutboxItem).map(summarizeEmail),
      history: [
        ...(Array.isArray(ticketItem.history) ? (ticketItem.history as unknown[]) : []),
        ...others.map(withoutStorageKeys),
      ],
      messages: items.filter(isMessage).map(withoutStorageKeys),
    };
  }

  // One partition of byTeamStatus, newest status first; at most one item beyond the limit is
  // enough to know the listing is truncated.
  private async listStatus(query: TicketListQuery, status: TicketListStatus): Promise<Item[]> {
    const page = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TICKET_INDEXES.byTeamStatus,
        KeyConditionExpression:
          query.from === undefined
            ? 'teamStatus = :teamStatus'
            : 'teamStatus = :teamStatus AND statusSince >= :from',
        ExpressionAttributeValues: {
          ':teamStatus': teamStatusKey(query.team, status),
          ...(query.from === undefined ? {} : { ':from': query.from }),
        },
        ScanIndexForward: false,
        Limit: query.limit + 1,
      }),
    );
    return page.Items ?? [];
  }

  private record(item: Item): TicketRecord {
    if (typeof item.ticketId !== 'string') {
      throw new StoredItemError(
        this.tableName,
        `${String(item.pk)}/${String(item.sk)}`,
        'ticketId',
        'is not a string',
      );
    }
    return {
      ...withoutStorageKeys(readableItem(item)),
      ticketId: item.ticketId,
      status: String(item.status),
      team: typeof item.team === 'string' ? item.team : null,
      agent: typeof item.agent === 'string' ? item.agent : null,
    };
  }
}

function withoutStorageKeys(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !STORAGE_ATTRIBUTES.has(name)));
}

// The outbox's text and HTML (packed) and its claim are the router's business.
function summarizeEmail(item: Item): TicketEmailSummary {
  return {
    sequence: Number(item.sequence),
    recipient: String(item.recipient),
    to: String(item.to),
    subject: String(item.subject),
    sent: item.sent === true,
  };
}
