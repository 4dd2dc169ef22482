import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ConfigValidationError } from '../../core/config/config-validation-error';
import { detectConfigFormat, parseConfig } from '../../core/config/parse-config';
import { expandHolidayTable } from '../../core/holidays/expand-holiday-table';
import { ConfigSaveConflictError } from '../config-save-conflict-error';
import type { ConfigStore, SaveConfigOptions } from '../config-store';
import { CONFIG_PK, CURRENT_SK, DynamoDbConfigReader, versionSk } from './dynamodb-config-reader';

/**
 * The configuration table with saving: what `npm start`, the tests and (later) the admin API and
 * `config apply` use. Saving validates the document with the full holiday data and stores, beside
 * the document as written, the validated configuration and its holiday table for the router.
 */
export class DynamoDbConfigStore extends DynamoDbConfigReader implements ConfigStore {
  async saveVersion(document: string, options: SaveConfigOptions): Promise<number> {
    const format = options.format ?? detectConfigFormat(document);
    const parsed = parseConfig(document, { holidays: options.holidays, format });
    if (!parsed.ok) throw new ConfigValidationError(parsed.errors);
    const savedAt = new Date();
    const holidays = expandHolidayTable(parsed.config, options.holidays, savedAt.getUTCFullYear());
    const current = (await this.currentVersion())?.version;
    const version = (current ?? 0) + 1;
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  pk: CONFIG_PK,
                  sk: versionSk(version),
                  version,
                  document,
                  format,
                  savedAt: savedAt.toISOString(),
                  config: JSON.stringify(parsed.config),
                  holidays: JSON.stringify(holidays),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { pk: CONFIG_PK, sk: CURRENT_SK, version },
                // Moves only from the version this save started from, so two saves at once
                // cannot both win and one silently vanish.
                ConditionExpression:
                  current === undefined ? 'attribute_not_exists(pk)' : 'version = :current',
                ...(current === undefined
                  ? {}
                  : { ExpressionAttributeValues: { ':current': current } }),
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        throw new ConfigSaveConflictError(this.tableName, current);
      }
      throw error;
    }
    return version;
  }
}
