import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TICKET_INDEXES } from '../../definitions/tables';
import { MESSAGE_SK_PREFIX } from './dynamodb-conversation-store';
import { readTicketPartition } from './ticket-partition';
import { TICKET_SK } from './ticket-items';

/**
 * The ticket that came last before `receivedAt` in a thread, whole, when it is resolved (the
 * byThread index carries only keys and status); undefined otherwise.
 */
export async function resolvedBeforeInThread(
  documents: DynamoDBDocumentClient,
  tableName: string,
  threadKey: string,
  receivedAt: string,
): Promise<Record<string, unknown> | undefined> {
  const { Items = [] } = await documents.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: TICKET_INDEXES.byThread,
      KeyConditionExpression: 'threadKey = :thread AND receivedAt < :at',
      ExpressionAttributeValues: { ':thread': threadKey, ':at': receivedAt },
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  const earlier = Items[0];
  if (!earlier || earlier.status !== 'resolved') return undefined;
  const { Item } = await documents.send(
    new GetCommand({ TableName: tableName, Key: { pk: earlier.pk, sk: TICKET_SK } }),
  );
  return Item;
}

/** A ticket's item and its customer's later messages on it. */
export interface CustomerReturns {
  readonly ticket: Record<string, unknown>;
  readonly messages: readonly { readonly sequence: number; readonly at: string }[];
}

/** The ticket's item and its customer's messages after the first, from its partition. */
export async function customerReturns(
  documents: DynamoDBDocumentClient,
  tableName: string,
  ticketId: string,
): Promise<CustomerReturns | undefined> {
  const items = await readTicketPartition(documents, tableName, ticketId);
  const ticket = items.find((item) => item.sk === TICKET_SK);
  if (!ticket) return undefined;
  const messages = items
    .filter(
      (item) =>
        String(item.sk).startsWith(MESSAGE_SK_PREFIX) &&
        item.from === 'customer' &&
        typeof item.at === 'string',
    )
    .map((item) => ({ sequence: Number(item.sequence), at: String(item.at) }));
  return { ticket, messages };
}
