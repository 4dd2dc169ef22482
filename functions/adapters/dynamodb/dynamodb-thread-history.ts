import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TICKET_INDEXES } from '../../definitions/tables';
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
