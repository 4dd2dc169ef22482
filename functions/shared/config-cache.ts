import type { SunrouteConfig } from '../core/config/config-schema';
import { validateConfig } from '../core/config/validate-config';
import { TableHolidayCalendar } from '../core/holidays/table-holiday-calendar';
import { compileConfig, type CompiledConfig } from '../core/routing/compiled-config';
import type { ConfigVersionReader, StoredConfigVersion } from '../adapters/config-store';
import type { Clock } from '../adapters/clock';
import { NoConfigurationError } from './no-configuration-error';
import { StoredConfigInvalidError } from './stored-config-invalid-error';

/** A configuration change reaches routing within a minute (docs/admin-api.md). */
export const CONFIG_REFRESH_MS = 60_000;

/** The configuration routing uses now, compiled once for its version. */
export interface LiveConfig {
  readonly version: number;
  readonly config: SunrouteConfig;
  readonly compiled: CompiledConfig;
  /** Teams earlier versions had: the scheduler hands over what they still hold. */
  readonly formerTeams?: readonly string[];
}

export interface ConfigCacheOptions {
  readonly store: ConfigVersionReader;
  readonly clock: Clock;
  /** Where the configuration comes from, for error messages (the table name). */
  readonly source: string;
  readonly refreshMs?: number;
  /** Told when a stale version is kept because the check failed. */
  readonly onStale?: (error: unknown, kept: number) => void;
}

/**
 * The configuration of one router container. Per ticket it costs nothing; at most once per
 * `refreshMs` it reads the small CURRENT pointer, and only when that names another version does
 * it read, validate and compile the document. Records of one batch asking at once share one read.
 */
export class ConfigCache {
  private live: LiveConfig | undefined;
  private checkedAt = -Infinity;
  private pending: Promise<LiveConfig> | undefined;
  private readonly refreshMs: number;

  constructor(private readonly options: ConfigCacheOptions) {
    this.refreshMs = options.refreshMs ?? CONFIG_REFRESH_MS;
  }

  async current(): Promise<LiveConfig> {
    if (this.live && this.options.clock() - this.checkedAt < this.refreshMs) return this.live;
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /**
   * The current version, checked now whatever the refresh interval: for a function told that a
   * new version was saved (the waiting line, by the config table's stream).
   */
  async latest(): Promise<LiveConfig> {
    this.checkedAt = -Infinity;
    return this.current();
  }

  /**
   * An earlier version, compiled: for the scheduler, which compares the shifts of the versions
   * tickets were written with against the current one's.
   */
  async compiledVersion(version: number): Promise<CompiledConfig> {
    return this.compile(await this.options.store.readVersion(version)).compiled;
  }

  private compile(stored: StoredConfigVersion): LiveConfig {
    // The version's own holiday table, not date-holidays: the router's bundle stays without
    // it, and the codes the table holds are the ones this document was saved with.
    const holidays = new TableHolidayCalendar(stored.holidays);
    // The validated copy saved beside the document: no YAML on this path. Checked again unless
    // sealed as validated by this build's schema, as every version saved by this build is.
    const config = stored.sealed ? (stored.config as SunrouteConfig) : validated(stored, holidays);
    return {
      version: stored.version,
      config,
      compiled: compileConfig(config, holidays),
      formerTeams: stored.formerTeams ?? [],
    };
  }

  private async refresh(): Promise<LiveConfig> {
    const startedAt = this.options.clock();
    if (!this.live) return this.first(startedAt);
    try {
      const pointer = await this.options.store.currentVersion();
      if (!pointer) throw new NoConfigurationError(this.options.source);
      if (pointer.version !== this.live?.version) {
        this.live = this.compile(await this.options.store.readVersion(pointer.version));
      }
      this.checkedAt = startedAt;
      return this.live;
    } catch (error) {
      // A version routed a moment ago is better than failing every ticket while DynamoDB has a
      // bad minute or someone stored a broken document; the next ticket checks again.
      if (this.live && !(error instanceof NoConfigurationError)) {
        this.options.onStale?.(error, this.live.version);
        return this.live;
      }
      throw error;
    }
  }

  /** A cold container's first read: the newest version at once, which is the current one. */
  private async first(startedAt: number): Promise<LiveConfig> {
    const stored = await this.options.store.latestVersion();
    if (!stored) throw new NoConfigurationError(this.options.source);
    this.live = this.compile(stored);
    this.checkedAt = startedAt;
    return this.live;
  }
}

function validated(stored: StoredConfigVersion, holidays: TableHolidayCalendar): SunrouteConfig {
  const parsed = validateConfig(stored.config, holidays);
  if (!parsed.ok) throw new StoredConfigInvalidError(stored.version, parsed.errors);
  return parsed.config;
}
