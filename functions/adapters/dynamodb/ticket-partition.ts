import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query-all';
import { ticketPk } from './ticket-items';

/**
 * Every item under one ticket's partition key (the ticket, its outbox, its other records), read
 * strongly consistently: one query, since they share the key.
 */
export function readTicketPartition(
  documents: DynamoDBDocumentClient,
  tableName: string,
  ticketId: string,
): Promise<Record<string, unknown>[]> {
  return queryAll(documents, {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': ticketPk(ticketId) },
    ConsistentRead: true,
  });
}
