import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../adapters/clock';
import { DynamoDbConfigReader } from '../adapters/dynamodb/dynamodb-config-reader';
import { ConfigCache } from './config-cache';

/**
 * The live configuration of a function's container, read from the configuration table at most
 * once a minute. `activity` is what a stale-configuration warning says the function carries on
 * doing (`routing`, `answering chat posts`).
 */
export function liveConfigCache(options: {
  readonly documents: DynamoDBDocumentClient;
  readonly table: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly activity: string;
  readonly refreshMs?: number;
}): ConfigCache {
  const { logger, activity } = options;
  return new ConfigCache({
    store: new DynamoDbConfigReader(options.documents, options.table),
    clock: options.clock,
    source: options.table,
    ...(options.refreshMs === undefined ? {} : { refreshMs: options.refreshMs }),
    onStale: (error, kept) =>
      logger.warn(`configuration check failed; ${activity} with the version already loaded`, {
        error,
        configVersion: kept,
      }),
  });
}
