import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { systemClock, type Clock } from '../adapters/clock';
import { documentClient } from '../adapters/dynamodb/document-client';
import { DynamoDbConfigReader } from '../adapters/dynamodb/dynamodb-config-reader';
import { S3RawMailArchive } from '../adapters/s3/s3-raw-mail-archive';
import { SqsDeadLetterSweep } from '../adapters/sqs/sqs-dead-letter-sweep';
import { privacySchema, type PrivacySettings } from '../core/config/config-schema';
import { INGEST } from '../definitions/ingest';
import { PRIVACY } from '../definitions/privacy';
import { DynamoDbErasureLog } from '../adapters/dynamodb/dynamodb-erasure-log';
import { awsCustomerPrivacy } from '../shared/aws-customer-privacy';
import type { ErasureWorkerDependencies, RetentionSweepDependencies } from './dependencies';
import type { PrivacyEnvironment } from './environment';

/** What tests and the local stack may supply instead of the defaults; never the Lambda. */
export interface PrivacyOverrides {
  readonly dynamodb?: DynamoDBClient;
  readonly sqs?: SQSClient;
  readonly s3?: S3Client;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
}

/**
 * The `privacy` section of the configuration saved last, read when asked (a daily run needs no
 * cache); undefined when nothing is saved. The stored copy was validated when saved.
 */
function storedPrivacy(reader: DynamoDbConfigReader): () => Promise<PrivacySettings | undefined> {
  return async () => {
    const pointer = await reader.currentVersion();
    if (!pointer) return undefined;
    const stored = await reader.readVersion(pointer.version);
    const section = (stored.config as { privacy?: unknown } | null)?.privacy;
    return section === undefined ? undefined : privacySchema.parse(section);
  };
}

export function awsRetentionSweepDependencies(
  env: PrivacyEnvironment,
  overrides: PrivacyOverrides = {},
): RetentionSweepDependencies {
  const documents = documentClient(overrides.dynamodb);
  const sqs = overrides.sqs ?? new SQSClient({});
  return {
    privacy: storedPrivacy(new DynamoDbConfigReader(documents, env.configTable)),
    deadLetters: env.deadLetterQueues.map(
      (queue) => new SqsDeadLetterSweep(sqs, queue.url, queue.name),
    ),
    ...(env.mailBucket
      ? {
          rawMail: new S3RawMailArchive(
            overrides.s3 ?? new S3Client({}),
            env.mailBucket,
            INGEST.mailObjectPrefix,
          ),
        }
      : {}),
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? new Logger({ serviceName: PRIVACY.service }),
    metrics:
      overrides.metrics ??
      new Metrics({ namespace: PRIVACY.namespace, serviceName: PRIVACY.service }),
  };
}

/** The worker finishes records the admin API started: it needs no audit key. */
export function awsErasureWorkerDependencies(
  env: PrivacyEnvironment,
  overrides: PrivacyOverrides = {},
): ErasureWorkerDependencies {
  const documents = documentClient(overrides.dynamodb);
  return {
    privacy: awsCustomerPrivacy({
      documents,
      sqs: overrides.sqs ?? new SQSClient({}),
      ticketsTable: env.ticketsTable,
      deadLetterQueues: env.deadLetterQueues,
      ...(env.mailBucket
        ? { mail: { s3: overrides.s3 ?? new S3Client({}), bucket: env.mailBucket } }
        : {}),
      clock: overrides.clock ?? systemClock,
    }),
    erasures: new DynamoDbErasureLog(documents, env.ticketsTable),
    logger: overrides.logger ?? new Logger({ serviceName: PRIVACY.service }),
  };
}
