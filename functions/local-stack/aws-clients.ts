// Real AWS SDK v3 clients aimed at the stand-ins, with the local stack's dummy credentials.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_REGION, localClientConfig } from '../definitions/local-credentials';
import type { StandInEndpoints } from '../definitions/stand-in-endpoints';

export interface LocalClients {
  readonly dynamodb: DynamoDBClient;
  readonly documents: DynamoDBDocumentClient;
  readonly sqs: SQSClient;
  readonly sesv2: SESv2Client;
  /** Closes the clients' kept-alive sockets, so stopping a stand-in never waits on them. */
  destroy(): void;
}

export function createLocalClients(
  endpoints: StandInEndpoints,
  region = LOCAL_REGION,
): LocalClients {
  const dynamodb = new DynamoDBClient(localClientConfig(endpoints.dynamodb, region));
  const documents = DynamoDBDocumentClient.from(dynamodb);
  // An explicit endpoint, because fauxqs's queue URLs may name sqs.<region>.localhost, which
  // does not resolve everywhere, and without one the SDK sends each request to the queue URL.
  const sqs = new SQSClient(localClientConfig(endpoints.sqs, region));
  const sesv2 = new SESv2Client(localClientConfig(endpoints.sesv2, region));
  return {
    dynamodb,
    documents,
    sqs,
    sesv2,
    destroy() {
      documents.destroy();
      dynamodb.destroy();
      sqs.destroy();
      sesv2.destroy();
    },
  };
}
