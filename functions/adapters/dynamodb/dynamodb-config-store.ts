import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  paginateQuery,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { configOrThrow } from '../../core/config/config-validation-error';
import { detectConfigFormat, parseConfig } from '../../core/config/parse-config';
import { expandHolidayTable } from '../../core/holidays/expand-holiday-table';
import { systemClock, type Clock } from '../clock';
import { ConfigSaveConflictError } from '../config-save-conflict-error';
import { sameConfigContent } from '../config-content';
import type {
  ConfigHistoryStore,
  ConfigSaveOutcome,
  ConfigVersionSummary,
  SaveConfigOptions,
  StoredConfigVersion,
} from '../config-store';
import { ConfigTooLargeError } from '../config-too-large-error';
import { ConfigVersionMissingError } from '../config-version-missing-error';
import { StoredItemError } from '../stored-item-error';
import { configSeal } from './config-seal';
import { ITEM_LIMIT_BYTES, itemBytes } from './item-size';
import {
  CONFIG_PK,
  CURRENT_SK,
  DynamoDbConfigReader,
  VERSION_SK_PREFIX,
  versionSk,
} from './dynamodb-config-reader';

/** Former teams kept at most: a support organisation removes a few teams a year. */
const MAX_FORMER_TEAMS = 100;

/**
 * The teams the previous version had or remembered that the new one has not, newest removals
 * first: the scheduler hands their open tickets over (docs/follow-the-sun.md). A team added again
 * is no longer former.
 */
function formerTeamsAfter(
  previous: StoredConfigVersion,
  teams: readonly { readonly id: string }[],
): string[] {
  const kept = new Set(teams.map((team) => team.id));
  const before = (previous.config as { teams?: { id?: unknown }[] } | undefined)?.teams ?? [];
  const removed = before.map((team) => String(team.id)).filter((id) => !kept.has(id));
  return [...new Set([...removed, ...(previous.formerTeams ?? [])])]
    .filter((id) => !kept.has(id))
    .slice(0, MAX_FORMER_TEAMS);
}

/**
 * The configuration table with saving: what `npm start`, the tests, the admin API and the CLI's
 * `config apply` and `rollback` use. Saving validates the document with the full holiday data and
 * stores, beside the document as written, the validated configuration and its holiday table for
 * the router, and who saved it; a save that would store what the current version stores adds
 * nothing.
 */
export class DynamoDbConfigStore extends DynamoDbConfigReader implements ConfigHistoryStore {
  constructor(
    documents: DynamoDBDocumentClient,
    tableName: string,
    private readonly clock: Clock = systemClock,
  ) {
    super(documents, tableName);
  }

  async saveVersion(document: string, options: SaveConfigOptions): Promise<ConfigSaveOutcome> {
    const format = options.format ?? detectConfigFormat(document);
    const config = configOrThrow(parseConfig(document, { holidays: options.holidays, format }));
    const savedAt = new Date(this.clock());
    const holidays = expandHolidayTable(config, options.holidays, savedAt.getUTCFullYear());
    const current = (await this.currentVersion())?.version;
    if (options.basedOn !== undefined && current !== options.basedOn) {
      throw new ConfigSaveConflictError(this.tableName, options.basedOn);
    }
    const previous = current === undefined ? undefined : await this.readableVersion(current);
    if (
      current !== undefined &&
      previous !== undefined &&
      sameConfigContent({ document, format, config, holidays }, previous)
    ) {
      return { kind: 'unchanged', version: current };
    }
    const version = (current ?? 0) + 1;
    const formerTeams = previous === undefined ? [] : formerTeamsAfter(previous, config.teams);
    const configJson = JSON.stringify(config);
    const holidaysJson = JSON.stringify(holidays);
    const item = {
      pk: CONFIG_PK,
      sk: versionSk(version),
      version,
      document,
      format,
      savedAt: savedAt.toISOString(),
      config: configJson,
      holidays: holidaysJson,
      seal: configSeal(configJson, holidaysJson),
      ...(options.savedBy === undefined ? {} : { savedBy: options.savedBy }),
      ...(options.restoredFrom === undefined ? {} : { restoredFrom: options.restoredFrom }),
      ...(formerTeams.length === 0 ? {} : { formerTeams }),
    };
    // Refused here with what to do, rather than by DynamoDB as a ValidationException (a 500).
    const bytes = itemBytes(item);
    if (bytes > ITEM_LIMIT_BYTES) throw new ConfigTooLargeError(bytes, ITEM_LIMIT_BYTES);
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: item,
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
    return { kind: 'saved', version, config };
  }

  /** Whether the version stores this content; one that cannot be read is replaced, not kept. */
  /** The stored version, or undefined when it cannot be read back: a save replaces it then. */
  private async readableVersion(version: number): Promise<StoredConfigVersion | undefined> {
    try {
      return await this.readVersion(version);
    } catch (error) {
      if (error instanceof StoredItemError || error instanceof ConfigVersionMissingError) {
        return undefined;
      }
      throw error;
    }
  }

  async listVersions(): Promise<ConfigVersionSummary[]> {
    const versions: ConfigVersionSummary[] = [];
    const pages = paginateQuery(
      { client: this.documents },
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': CONFIG_PK, ':prefix': VERSION_SK_PREFIX },
        // Only the listing: the documents and holiday tables stay where they are.
        ProjectionExpression: 'version, savedAt, savedBy, restoredFrom',
        ScanIndexForward: false,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        versions.push({
          version: Number(item.version),
          savedAt: String(item.savedAt),
          ...(typeof item.savedBy === 'string' ? { savedBy: item.savedBy } : {}),
          ...(typeof item.restoredFrom === 'number' ? { restoredFrom: item.restoredFrom } : {}),
        });
      }
    }
    return versions;
  }
}
