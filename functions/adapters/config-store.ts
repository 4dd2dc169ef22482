import type { SunrouteConfig } from '../core/config/config-schema';
import type { ConfigFormat } from '../core/config/parse-config';
import type { HolidayCalendar } from '../core/holidays/holiday-calendar';
import type { HolidayTable } from '../core/holidays/holiday-table';

/** The pointer to the live configuration: small, so checking it every minute costs little. */
export interface CurrentConfigPointer {
  readonly version: number;
}

/** One saved configuration document, exactly as a support lead wrote it. */
export interface StoredConfigVersion {
  readonly version: number;
  readonly document: string;
  readonly format: ConfigFormat;
  /** ISO instant of saving. */
  readonly savedAt: string;
  /**
   * The configuration as validated when saved (defaults filled), plain JSON: what the router
   * reads, validating it again, so that it needs no YAML parser.
   */
  readonly config: unknown;
  /**
   * The document's imported public holidays, expanded when it was saved for the years of
   * HOLIDAY_TABLE_YEARS around `savedAt`: the router reads holidays from here, never from
   * date-holidays. Empty for a version that imports none (or was saved before tables existed).
   */
  readonly holidays: HolidayTable;
  /** Who saved it, as the admin API's caller or the CLI's user named themselves; absent before. */
  readonly savedBy?: string;
  /** The version whose document this one restores (a rollback); absent for any other save. */
  readonly restoredFrom?: number;
  /**
   * Teams earlier versions had and this one has not: their open tickets have nobody to follow
   * them up unless the scheduler looks for them (it hands them over). Empty before it was kept.
   */
  readonly formerTeams?: readonly string[];
  /**
   * Whether `config` and `holidays` are, to the byte, what this build's configuration schema
   * accepted when the version was saved (its seal matches): then they are not validated again.
   * Absent or false for a version saved under another schema, or edited since: validate it.
   */
  readonly sealed?: boolean;
}

/** A version as listed: who saved it and when, without the document. */
export interface ConfigVersionSummary {
  readonly version: number;
  readonly savedAt: string;
  readonly savedBy?: string;
  readonly restoredFrom?: number;
}

export interface SaveConfigOptions {
  /** The full holiday data: checks the document's holiday codes and expands its table. */
  readonly holidays: HolidayCalendar;
  /** Without it, the content decides (detectConfigFormat). */
  readonly format?: ConfigFormat;
  /** Recorded as the version's `savedBy`. */
  readonly savedBy?: string;
  /** Recorded as the version's `restoredFrom`. */
  readonly restoredFrom?: number;
  /**
   * The version the caller read and edited (an If-Match): when another is current by now, saving
   * throws ConfigSaveConflictError instead of overwriting a change the caller never saw.
   */
  readonly basedOn?: number;
}

/**
 * What a save did: added the next version (with the configuration as validated, for a change
 * list), or nothing, because the version it would add stores exactly what the current one does.
 */
export type ConfigSaveOutcome =
  | { readonly kind: 'saved'; readonly version: number; readonly config: SunrouteConfig }
  | { readonly kind: 'unchanged'; readonly version: number };

/** Reading versioned configuration documents: all the router needs. */
export interface ConfigVersionReader {
  /** The CURRENT pointer; undefined before any configuration is saved. */
  currentVersion(): Promise<CurrentConfigPointer | undefined>;
  /** One version; throws ConfigVersionMissingError when it is not stored. */
  readVersion(version: number): Promise<StoredConfigVersion>;
  /**
   * The newest version in one read, undefined before any is saved. It is the current one: a save
   * writes its version and moves the pointer in one transaction, and a rollback is a new version.
   */
  latestVersion(): Promise<StoredConfigVersion | undefined>;
}

/**
 * Versioned configuration documents. Versions are never overwritten: saving makes a new one and
 * moves the CURRENT pointer, so a router that read version n can always read it again.
 */
export interface ConfigStore extends ConfigVersionReader {
  /**
   * Validates the document (refusing it whole with ConfigValidationError), expands its imported
   * holidays into the version's table, saves it as the next version and makes it current.
   *
   * Unless nothing would change (sameConfigContent): when the version would store the document
   * the current one stores, to the character (comments and layout count), in the same format,
   * validating to the same configuration with the same holiday table, nothing is saved and the
   * answer is `unchanged`. Who saves, and whether it is a rollback, do not count.
   */
  saveVersion(document: string, options: SaveConfigOptions): Promise<ConfigSaveOutcome>;
}

/** The store with its history: what the admin API and `config versions` read. */
export interface ConfigHistoryStore extends ConfigStore {
  /** Every saved version, newest first. */
  listVersions(): Promise<ConfigVersionSummary[]>;
}
