import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Decision } from '../../functions/core/routing/decision';
import { ticketKey } from '../../functions/adapters/dynamodb/ticket-items';

/** The ticket's routing decision as stored, read consistently; undefined while it is not routed. */
export async function readDecision(
  documents: DynamoDBDocumentClient,
  ticketsTable: string | undefined,
  ticketId: string,
): Promise<Decision | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: ticketsTable, Key: ticketKey(ticketId), ConsistentRead: true }),
  );
  return Item?.decision as Decision | undefined;
}
