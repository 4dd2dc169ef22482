import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbErasureLog } from '../adapters/dynamodb/dynamodb-erasure-log';
import { DynamoDbPrivacyStore } from '../adapters/dynamodb/dynamodb-privacy-store';
import { S3RawMailArchive } from '../adapters/s3/s3-raw-mail-archive';
import { SqsDeadLetterSweep } from '../adapters/sqs/sqs-dead-letter-sweep';
import { INGEST } from '../definitions/ingest';
import { CustomerPrivacy } from './customer-privacy';
import type { SecretSource } from './ticket-link-secret';

export interface PrivacyResources {
  readonly documents: DynamoDBDocumentClient;
  readonly sqs: SQSClient;
  readonly ticketsTable: string;
  /** Every dead-letter queue of definitions/privacy.ts, by name, with its URL. */
  readonly deadLetterQueues: readonly { readonly name: string; readonly url: string }[];
  /** The mail bucket and its client; absent where no mail is received. */
  readonly mail?: { readonly s3: S3Client; readonly bucket: string };
  /**
   * The secret the audit hash's key is derived from (the ticket links' signing secret); absent
   * for the erasure worker, which finishes records started elsewhere.
   */
  readonly auditSecret?: SecretSource;
  readonly clock: () => number;
}

/** Finding, exporting and erasing a customer's data on the deployed resources or the stand-ins. */
export function awsCustomerPrivacy(resources: PrivacyResources): CustomerPrivacy {
  const { documents, ticketsTable, mail } = resources;
  return new CustomerPrivacy(
    {
      tickets: new DynamoDbPrivacyStore(documents, ticketsTable),
      erasures: new DynamoDbErasureLog(documents, ticketsTable),
      deadLetters: resources.deadLetterQueues.map(
        (queue) => new SqsDeadLetterSweep(resources.sqs, queue.url, queue.name),
      ),
      ...(mail
        ? { rawMail: new S3RawMailArchive(mail.s3, mail.bucket, INGEST.mailObjectPrefix) }
        : {}),
      ...(resources.auditSecret ? { auditKey: resources.auditSecret } : {}),
      clock: resources.clock,
    },
    INGEST.mailObjectPrefix,
  );
}
