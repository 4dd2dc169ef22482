import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { meterConsumedCapacity, type CapacityMeter } from './consumed-capacity';

export interface DocumentClientOptions {
  /**
   * Told what every call consumed, per table and index (consumed-capacity.ts); absent, the
   * default: DynamoDB is not asked.
   */
  readonly consumedCapacity?: CapacityMeter;
}

/**
 * The document client the DynamoDB stores write through; by default on a client configured by
 * the environment alone (region, credentials and, locally, AWS_ENDPOINT_URL_DYNAMODB).
 */
export function documentClient(
  dynamodb: DynamoDBClient = new DynamoDBClient({}),
  options: DocumentClientOptions = {},
) {
  // The parsed ticket leaves absent optional fields undefined; DynamoDB has no such value.
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  if (options.consumedCapacity) meterConsumedCapacity(documents, options.consumedCapacity);
  return documents;
}
