import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SunrouteConfig } from '../core/config/config-schema';
import { validateConfig } from '../core/config/validate-config';
import { dateHolidaysCalendar } from '../core/holidays/date-holidays-calendar';
import { formatFieldError } from '../core/validation/field-error';
import { DynamoDbConfigStore } from '../adapters/dynamodb/dynamodb-config-store';
import type { TableTarget } from './table-target';

/** The configuration stored in a table: the store, and the current version read and validated. */
export interface StoredConfig {
  readonly store: DynamoDbConfigStore;
  readonly current?: {
    readonly version: number;
    readonly savedAt: string;
    /** As written, comments and all. */
    readonly document: string;
    readonly config: SunrouteConfig;
  };
  close(): void;
}

export class StoredConfigUnreadableError extends Error {
  override readonly name = 'StoredConfigUnreadableError';
}

export async function readStoredConfig(target: TableTarget): Promise<StoredConfig> {
  const client = new DynamoDBClient(target.client);
  const documents = DynamoDBDocumentClient.from(client);
  const store = new DynamoDbConfigStore(documents, target.tableName);
  const close = () => {
    documents.destroy();
    client.destroy();
  };
  try {
    const pointer = await store.currentVersion();
    if (!pointer) return { store, close };
    const stored = await store.readVersion(pointer.version);
    const valid = validateConfig(stored.config, dateHolidaysCalendar);
    if (!valid.ok) {
      throw new StoredConfigUnreadableError(
        `${target.description}: version ${stored.version} does not validate today: ` +
          valid.errors.map(formatFieldError).join('; '),
      );
    }
    return {
      store,
      current: {
        version: stored.version,
        savedAt: stored.savedAt,
        document: stored.document,
        config: valid.config,
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}
