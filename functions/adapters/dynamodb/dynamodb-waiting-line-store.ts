import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TICKET_INDEXES } from '../../definitions/tables';
import { WAITING_LINE } from '../../definitions/waiting-line';
import type { OpenTicketRecord } from '../follow-up-store';
import type { LineEntry, WaitingLineStore } from '../waiting-line-store';
import { lineKey } from './line-items';
import { openTicketFromItem, ticketKey } from './ticket-items';

/** The waiting lines on the tickets table's byLine index. */
export class DynamoDbWaitingLineStore implements WaitingLineStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly shards: number = WAITING_LINE.shards,
  ) {}

  // Each shard's head is in order; the line's head is the first `limit` of their merge.
  async lineHead(team: string, limit: number): Promise<LineEntry[]> {
    const heads = await Promise.all(
      Array.from({ length: this.shards }, (_, shard) => this.shardHead(team, shard, limit)),
    );
    return heads
      .flat()
      .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0))
      .slice(0, limit);
  }

  private async shardHead(team: string, shard: number, limit: number): Promise<LineEntry[]> {
    const { Items = [] } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TICKET_INDEXES.byLine,
        KeyConditionExpression: 'lineKey = :lineKey',
        ExpressionAttributeValues: { ':lineKey': lineKey(team, shard) },
        Limit: limit,
      }),
    );
    return Items.map((item) => ({
      ticketId: String(item.pk).slice('TICKET#'.length),
      position: String(item.linePosition),
    }));
  }

  async readOpenTicket(ticketId: string): Promise<OpenTicketRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: ticketKey(ticketId), ConsistentRead: true }),
    );
    if (!Item || Item.status === 'resolved') return undefined;
    return openTicketFromItem(this.tableName, Item);
  }
}
