// Everything the router needs in the stand-ins, from the same definitions as the CDK stack.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { CHAT_DELIVERY_QUEUE } from '../definitions/chat-delivery';
import { ERASURE_QUEUE } from '../definitions/privacy';
import { createQueues } from './create-queues';
import { createTables } from './create-tables';

/**
 * Table names and queue URLs keyed by the env var through which functions learn them
 * (`TICKETS_TABLE_NAME`, `TICKET_QUEUE_URL`, …): spread it into `process.env`.
 */
export type LocalResources = Readonly<Record<string, string>>;

/** Idempotent: a second call with the same prefix finds everything and returns the same names. */
export async function createResources(
  clients: { readonly dynamodb: DynamoDBClient; readonly sqs: SQSClient },
  { prefix }: { readonly prefix: string },
): Promise<LocalResources> {
  const [tables, queues, chatQueues, erasures] = await Promise.all([
    createTables(clients.dynamodb, prefix),
    createQueues(clients.sqs, prefix),
    createQueues(clients.sqs, prefix, CHAT_DELIVERY_QUEUE),
    createQueues(clients.sqs, prefix, ERASURE_QUEUE),
  ]);
  return { ...tables, ...queues, ...chatQueues, ...erasures };
}
