import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The document client the DynamoDB stores write through; by default on a client configured by
 * the environment alone (region, credentials and, locally, AWS_ENDPOINT_URL_DYNAMODB).
 */
export function documentClient(dynamodb: DynamoDBClient = new DynamoDBClient({})) {
  // The parsed ticket leaves absent optional fields undefined; DynamoDB has no such value.
  return DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
