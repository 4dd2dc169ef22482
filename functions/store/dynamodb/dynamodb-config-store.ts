import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ConfigValidationError } from '../../core/config/config-validation-error';
import { detectConfigFormat, parseConfig, type ConfigFormat } from '../../core/config/parse-config';
import { ConfigSaveConflictError } from '../config-save-conflict-error';
import type { ConfigStore, CurrentConfigPointer, StoredConfigVersion } from '../config-store';
import { ConfigVersionMissingError } from '../config-version-missing-error';
import { StoredItemError } from '../stored-item-error';

const CONFIG_PK = 'CONFIG';
const CURRENT_SK = 'CURRENT';
// Padded so that versions sort numerically in a query of the partition.
export const versionSk = (version: number) => `VERSION#${String(version).padStart(8, '0')}`;

/** The configuration table: `CONFIG`/`VERSION#<n>` per document, `CONFIG`/`CURRENT` → n. */
export class DynamoDbConfigStore implements ConfigStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async currentVersion(): Promise<CurrentConfigPointer | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: CONFIG_PK, sk: CURRENT_SK },
        // Only the number: this is the read every router repeats each minute.
        ProjectionExpression: 'version',
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    if (typeof Item.version !== 'number' || !Number.isInteger(Item.version)) {
      throw new StoredItemError(
        this.tableName,
        `${CONFIG_PK}/${CURRENT_SK}`,
        'version',
        'is not a whole number',
      );
    }
    return { version: Item.version };
  }

  async readVersion(version: number): Promise<StoredConfigVersion> {
    const sk = versionSk(version);
    const { Item } = await this.documents.send(
      // Consistent: the version was written in the same transaction as the pointer just read,
      // and an eventually consistent read could still miss it. Once per version, so cheap.
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: CONFIG_PK, sk },
        ConsistentRead: true,
      }),
    );
    if (!Item) throw new ConfigVersionMissingError(this.tableName, version);
    const where = `${CONFIG_PK}/${sk}`;
    if (typeof Item.document !== 'string') {
      throw new StoredItemError(this.tableName, where, 'document', 'is not a string');
    }
    if (Item.format !== 'yaml' && Item.format !== 'json') {
      throw new StoredItemError(this.tableName, where, 'format', 'is neither "yaml" nor "json"');
    }
    return {
      version,
      document: Item.document,
      format: Item.format,
      savedAt: String(Item.savedAt),
    };
  }

  async saveVersion(
    document: string,
    format: ConfigFormat = detectConfigFormat(document),
  ): Promise<number> {
    const parsed = parseConfig(document, format);
    if (!parsed.ok) throw new ConfigValidationError(parsed.errors);
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
                  savedAt: new Date().toISOString(),
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
