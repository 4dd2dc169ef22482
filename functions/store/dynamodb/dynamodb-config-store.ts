import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ConfigValidationError } from '../../core/config/config-validation-error';
import { detectConfigFormat, parseConfig } from '../../core/config/parse-config';
import { expandHolidayTable } from '../../core/holidays/expand-holiday-table';
import { holidayTableSchema, type HolidayTable } from '../../core/holidays/holiday-table';
import { ConfigSaveConflictError } from '../config-save-conflict-error';
import type {
  ConfigStore,
  CurrentConfigPointer,
  SaveConfigOptions,
  StoredConfigVersion,
} from '../config-store';
import { ConfigVersionMissingError } from '../config-version-missing-error';
import { StoredItemError } from '../stored-item-error';

const CONFIG_PK = 'CONFIG';
const CURRENT_SK = 'CURRENT';
// Padded so that versions sort numerically in a query of the partition.
export const versionSk = (version: number) => `VERSION#${String(version).padStart(8, '0')}`;

/**
 * The configuration table: `CONFIG`/`VERSION#<n>` per document (with its holiday table as a JSON
 * string: one attribute, parsed by JSON.parse faster than the SDK unmarshals a nested map),
 * `CONFIG`/`CURRENT` → n.
 */
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
      holidays: this.holidayTable(Item.holidays, where),
    };
  }

  // A version saved before holiday tables existed has none: its holiday imports then fail
  // validation in the router (StoredConfigInvalidError) until it is saved again.
  private holidayTable(attribute: unknown, where: string): HolidayTable {
    if (attribute === undefined) return {};
    if (typeof attribute !== 'string') {
      throw new StoredItemError(this.tableName, where, 'holidays', 'is not a string');
    }
    let json: unknown;
    try {
      json = JSON.parse(attribute);
    } catch {
      throw new StoredItemError(this.tableName, where, 'holidays', 'is not JSON');
    }
    const table = holidayTableSchema.safeParse(json);
    if (!table.success) {
      const issue = table.error.issues[0]!;
      throw new StoredItemError(
        this.tableName,
        where,
        'holidays',
        `is not a holiday table: ${issue.path.join('.')} ${issue.message}`,
      );
    }
    return table.data;
  }

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
