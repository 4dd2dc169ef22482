import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Decision } from '../../functions/core/routing/decision';
import { decisionFromItem, ticketKey } from '../../functions/adapters/dynamodb/ticket-items';

/** The ticket's routing decision as stored, read consistently; undefined while it is not routed. */
export async function readDecision(
  documents: DynamoDBDocumentClient,
  ticketsTable: string | undefined,
  ticketId: string,
): Promise<Decision | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: ticketsTable, Key: ticketKey(ticketId), ConsistentRead: true }),
  );
  return Item ? decisionFromItem(String(ticketsTable), Item) : undefined;
}
