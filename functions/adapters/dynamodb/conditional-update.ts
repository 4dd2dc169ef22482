import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  UpdateCommand,
  type DynamoDBDocumentClient,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';

/**
 * An update whose failed condition is an answer, not an error (another run holds the item, or
 * changed it since): true when written, false when the condition failed. Anything else is thrown.
 */
export async function conditionalUpdate(
  documents: DynamoDBDocumentClient,
  input: UpdateCommandInput & { readonly ConditionExpression: string },
): Promise<boolean> {
  try {
    await documents.send(new UpdateCommand(input));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
