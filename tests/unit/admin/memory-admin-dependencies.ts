// In-memory stand-ins for the admin API's ports, so its logic runs without DynamoDB.
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AdminDependencies } from '../../../functions/admin/dependencies';
import { WeekCoverageCache } from '../../../functions/admin/week-coverage-cache';
import { configOrThrow } from '../../../functions/core/config/config-validation-error';
import { detectConfigFormat, parseConfig } from '../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { sameConfigContent } from '../../../functions/adapters/config-content';
import { ConfigSaveConflictError } from '../../../functions/adapters/config-save-conflict-error';
import type {
  ConfigHistoryStore,
  SaveConfigOptions,
  StoredConfigVersion,
} from '../../../functions/adapters/config-store';
import { ConfigVersionMissingError } from '../../../functions/adapters/config-version-missing-error';
import type { ReportsStore } from '../../../functions/adapters/reports-store';
import type { StoredCell } from '../../../functions/core/reports/build-report';
import type { FoldGroup } from '../../../functions/core/reports/fold-batch';
import type { KeptDimension } from '../../../functions/core/reports/report-dimensions';

export class MemoryConfigStore implements ConfigHistoryStore {
  readonly versions: StoredConfigVersion[] = [];
  /** Makes the next save fail as if another save had moved CURRENT meanwhile. */
  raceNextSave = false;

  async currentVersion() {
    return this.versions.length === 0 ? undefined : { version: this.versions.length };
  }

  async readVersion(version: number) {
    const stored = this.versions[version - 1];
    if (!stored) throw new ConfigVersionMissingError('memory', version);
    return stored;
  }

  async latestVersion() {
    return this.versions.at(-1);
  }

  async saveVersion(document: string, options: SaveConfigOptions) {
    const format = options.format ?? detectConfigFormat(document);
    const config = configOrThrow(parseConfig(document, { holidays: options.holidays, format }));
    const current = this.versions.length;
    if (this.raceNextSave || (options.basedOn !== undefined && options.basedOn !== current)) {
      this.raceNextSave = false;
      throw new ConfigSaveConflictError('memory', options.basedOn);
    }
    const content = { document, format, config, holidays: {} };
    if (current > 0 && sameConfigContent(content, this.versions[current - 1]!)) {
      return { kind: 'unchanged', version: current } as const;
    }
    const version = current + 1;
    this.versions.push({
      version,
      ...content,
      savedAt: new Date(Date.UTC(2026, 11, version)).toISOString(),
      ...(options.savedBy === undefined ? {} : { savedBy: options.savedBy }),
      ...(options.restoredFrom === undefined ? {} : { restoredFrom: options.restoredFrom }),
    });
    return { kind: 'saved', version, config } as const;
  }

  async listVersions() {
    return [...this.versions].reverse().map(({ version, savedAt, savedBy, restoredFrom }) => ({
      version,
      savedAt,
      ...(savedBy === undefined ? {} : { savedBy }),
      ...(restoredFrom === undefined ? {} : { restoredFrom }),
    }));
  }
}

/** Report cells in memory, folded as the DynamoDB store folds them (once per record id). */
export class MemoryReportsStore implements ReportsStore {
  readonly cells = new Map<string, { dimension: string; cell: StoredCell }>();
  readonly #folded = new Set<string>();

  async fold(group: FoldGroup) {
    const names = group.markers.map((marker) => `${marker.recordId}#${marker.part}`);
    const replayed = group.markers.filter((_, index) => this.#folded.has(names[index]!));
    if (replayed.length > 0) return { replayed };
    for (const name of names) this.#folded.add(name);
    for (const delta of group.cells) {
      const key = `${delta.dimension}/${delta.hour}/${delta.value}`;
      const counters: Record<string, number> = { ...this.cells.get(key)?.cell.counters };
      for (const [name, amount] of Object.entries(delta.add)) {
        counters[name] = (counters[name] ?? 0) + amount;
      }
      this.cells.set(key, {
        dimension: delta.dimension,
        cell: { hour: delta.hour, value: delta.value, counters },
      });
    }
    return { replayed: [] };
  }

  /** Cells in memory are read as they are kept: nothing to compact. */
  async compactDay() {
    return 0;
  }

  async read(dimension: KeptDimension, fromHour: string, toHour: string) {
    return [...this.cells.values()]
      .filter(
        (each) =>
          each.dimension === dimension &&
          // Hours only: a day's rollup adds up the same hours.
          each.cell.hour.length === 13 &&
          each.cell.hour >= fromHour &&
          each.cell.hour <= toHour,
      )
      .map((each) => each.cell);
  }
}

export function memoryAdminDependencies(overrides: Partial<AdminDependencies> = {}) {
  const config = new MemoryConfigStore();
  const deps: AdminDependencies = {
    config,
    tickets: {
      listTickets: async () => ({ tickets: [], truncated: false }),
      readTicket: async () => undefined,
    },
    routingState: { loadRoutingState: async () => EMPTY_ROUTING_STATE },
    holidays: dateHolidaysCalendar,
    reports: new MemoryReportsStore(),
    clock: () => Date.parse('2026-12-22T09:00:00Z'),
    logger: new Logger({ serviceName: 'admin-test', logLevel: 'SILENT' }),
    weekCoverage: new WeekCoverageCache(),
    ...overrides,
  };
  return { deps, config };
}

export const LEAD_CLAIMS = { username: 'lea', 'cognito:groups': '[support-leads]' };
export const READER_CLAIMS = { username: 'rita' };

/** An API Gateway v2 event for a route, as the JWT authorizer passes it on. */
export function adminEvent(
  routeKey: string,
  options: {
    claims?: Record<string, unknown> | null;
    body?: string;
    headers?: Record<string, string>;
    pathParameters?: Record<string, string>;
    query?: Record<string, string>;
    base64?: boolean;
  } = {},
): APIGatewayProxyEventV2 {
  const claims = options.claims === undefined ? LEAD_CLAIMS : options.claims;
  return {
    version: '2.0',
    routeKey,
    rawPath: routeKey.split(' ')[1]!,
    rawQueryString: '',
    headers: options.headers ?? {},
    ...(options.query ? { queryStringParameters: options.query } : {}),
    ...(options.pathParameters ? { pathParameters: options.pathParameters } : {}),
    requestContext: {
      ...(claims ? { authorizer: { jwt: { claims, scopes: null } } } : {}),
    } as APIGatewayProxyEventV2['requestContext'],
    ...(options.body === undefined ? {} : { body: options.body }),
    isBase64Encoded: options.base64 ?? false,
  };
}
