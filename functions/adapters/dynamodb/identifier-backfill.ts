import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Ticket } from '../../core/ticket/ticket-schema';
import { identifierItemsUntil, TICKET_SK, ticketKey } from './ticket-items';
import { writeTransaction, type TransactItem } from './transaction-cancellation';

/** Where a backfill stands after a page: what it wrote, and where the next page starts. */
export interface BackfillPage {
  /** Tickets read on the page and given their identifier items (tickets without any count too). */
  readonly tickets: number;
  /** Identifier items written (written again, unchanged, when a page is repeated). */
  readonly identifiers: number;
  /** Tickets erased between the read and the write: nothing was written for them. */
  readonly gone: number;
  /** The scan's position after this page; absent when the table is done. */
  readonly next?: Record<string, unknown>;
}

/**
 * One page of the identifier backfill: tickets written before identifier items existed get the
 * items routing writes now, so that find, export and erase reach them through byIdentifier. A
 * scan, once, by the operator (docs/privacy.md); repeating a page rewrites the same items. Each
 * ticket's items are written in one transaction with a check that the ticket item is still
 * there, so a ticket erased meanwhile gets no items back.
 */
export async function backfillIdentifierPage(
  documents: DynamoDBDocumentClient,
  tableName: string,
  options: { readonly startKey?: Record<string, unknown>; readonly pageSize: number },
): Promise<BackfillPage> {
  const page = await documents.send(
    new ScanCommand({
      TableName: tableName,
      Limit: options.pageSize,
      FilterExpression: 'sk = :ticket',
      ProjectionExpression: 'pk, ticket, expiresAt',
      ExpressionAttributeValues: { ':ticket': TICKET_SK },
      ...(options.startKey ? { ExclusiveStartKey: options.startKey } : {}),
    }),
  );
  let tickets = 0;
  let identifiers = 0;
  let gone = 0;
  for (const item of page.Items ?? []) {
    const ticket = item.ticket as Ticket | undefined;
    if (ticket?.id === undefined) continue;
    tickets += 1;
    const expiresAt = typeof item.expiresAt === 'number' ? item.expiresAt : undefined;
    const puts = identifierItemsUntil(ticket, expiresAt);
    if (puts.length === 0) continue;
    const writes: TransactItem[] = [
      {
        ConditionCheck: {
          TableName: tableName,
          Key: ticketKey(ticket.id),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      ...puts.map((put) => ({ Put: { TableName: tableName, Item: put } })),
    ];
    const cancellation = await writeTransaction(documents, writes);
    if (cancellation?.conditionFailed(0)) {
      gone += 1;
      continue;
    }
    if (cancellation) throw cancellation.error;
    identifiers += puts.length;
  }
  return {
    tickets,
    identifiers,
    gone,
    ...(page.LastEvaluatedKey ? { next: page.LastEvaluatedKey } : {}),
  };
}
