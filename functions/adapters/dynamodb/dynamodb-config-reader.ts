import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { holidayTableSchema, type HolidayTable } from '../../core/holidays/holiday-table';
import type {
  ConfigVersionReader,
  CurrentConfigPointer,
  StoredConfigVersion,
} from '../config-store';
import { ConfigVersionMissingError } from '../config-version-missing-error';
import { StoredItemError } from '../stored-item-error';
import { configSeal } from './config-seal';

export const CONFIG_PK = 'CONFIG';
export const CURRENT_SK = 'CURRENT';
export const VERSION_SK_PREFIX = 'VERSION#';
// Padded so that versions sort numerically in a query of the partition.
export const versionSk = (version: number) =>
  `${VERSION_SK_PREFIX}${String(version).padStart(8, '0')}`;

/**
 * Reads the configuration table: `CONFIG`/`VERSION#<n>` per document, with the validated
 * configuration and its holiday table as JSON strings (one attribute each, which JSON.parse reads
 * faster than the SDK unmarshals a nested map), and `CONFIG`/`CURRENT` → n. The router's view:
 * it never saves, so it carries neither the YAML parser nor the holiday data saving needs.
 */
export class DynamoDbConfigReader implements ConfigVersionReader {
  constructor(
    protected readonly documents: DynamoDBDocumentClient,
    protected readonly tableName: string,
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
    return this.versionFromItem(version, Item);
  }

  async latestVersion(): Promise<StoredConfigVersion | undefined> {
    // The pointer and the version it names are written in one transaction, so the newest version
    // is the current one: a cold start reads it in one request instead of pointer, then version.
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': CONFIG_PK, ':prefix': VERSION_SK_PREFIX },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = Items?.[0];
    if (!item) return undefined;
    const version = Number(item.version);
    if (!Number.isInteger(version)) {
      throw new StoredItemError(
        this.tableName,
        `${CONFIG_PK}/${String(item.sk)}`,
        'version',
        'is not a whole number',
      );
    }
    return this.versionFromItem(version, item);
  }

  private versionFromItem(version: number, item: Record<string, unknown>): StoredConfigVersion {
    const where = `${CONFIG_PK}/${versionSk(version)}`;
    if (typeof item.document !== 'string') {
      throw new StoredItemError(this.tableName, where, 'document', 'is not a string');
    }
    if (item.format !== 'yaml' && item.format !== 'json') {
      throw new StoredItemError(this.tableName, where, 'format', 'is neither "yaml" nor "json"');
    }
    const sealed =
      typeof item.seal === 'string' &&
      typeof item.config === 'string' &&
      typeof item.holidays === 'string' &&
      item.seal === configSeal(item.config, item.holidays);
    return {
      version,
      document: item.document,
      format: item.format,
      savedAt: String(item.savedAt),
      config: this.jsonAttribute(item.config, where, 'config'),
      // A sealed table is the one validated when saving; any other is checked here.
      holidays: sealed
        ? (this.jsonAttribute(item.holidays, where, 'holidays') as HolidayTable)
        : this.holidayTable(item.holidays, where),
      sealed,
      ...(typeof item.savedBy === 'string' ? { savedBy: item.savedBy } : {}),
      ...(typeof item.restoredFrom === 'number' ? { restoredFrom: item.restoredFrom } : {}),
      formerTeams: Array.isArray(item.formerTeams) ? item.formerTeams.map(String) : [],
    };
  }

  private jsonAttribute(attribute: unknown, where: string, name: string): unknown {
    if (typeof attribute !== 'string') {
      throw new StoredItemError(this.tableName, where, name, 'is not a string');
    }
    try {
      return JSON.parse(attribute) as unknown;
    } catch {
      throw new StoredItemError(this.tableName, where, name, 'is not JSON');
    }
  }

  // A version saved before holiday tables existed has none: its holiday imports then fail
  // validation in the router (StoredConfigInvalidError) until it is saved again.
  private holidayTable(attribute: unknown, where: string): HolidayTable {
    if (attribute === undefined) return {};
    const table = holidayTableSchema.safeParse(this.jsonAttribute(attribute, where, 'holidays'));
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
}
