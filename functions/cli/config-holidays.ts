import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SunrouteConfig } from '../core/config/config-schema';
import { parseConfig } from '../core/config/parse-config';
import { expandHolidayYears, HOLIDAY_TABLE_YEARS } from '../core/holidays/expand-holiday-table';
import type { HolidayCalendar } from '../core/holidays/holiday-calendar';
import { holidayTableSchema } from '../core/holidays/holiday-table';
import { TableHolidayCalendar } from '../core/holidays/table-holiday-calendar';
import { CliInputError } from './cli-input-error';
import type { CliIo } from './cli-io';
import { readInput } from './read-input';

/** Names a folder for cached holiday tables instead of node_modules/.cache/sunroute. */
export const CACHE_DIR_ENV = 'SUNROUTE_CACHE_DIR';

/** Tables kept; the oldest go first. Each is a few KB. */
const MAX_CACHED = 64;

/** The years of holidays a command needs, inclusive. */
export interface HolidayYears {
  readonly from: number;
  readonly to: number;
}

/**
 * The years a command working on [from, to] needs holidays for: a year before, since calendars
 * are laid out a week at a time across New Year, and three after, for the 400 days a calendar
 * looks ahead to a shift's end or next start (as a saved version's table).
 */
export function yearsAround(from: number, to: number): HolidayYears {
  return {
    from: new Date(from).getUTCFullYear() - HOLIDAY_TABLE_YEARS.before,
    to: new Date(to).getUTCFullYear() + HOLIDAY_TABLE_YEARS.after,
  };
}

/** A configuration file read for routing or coverage, and the holidays to compile it with. */
export interface ConfigWithHolidays {
  readonly config: SunrouteConfig;
  readonly holidays: HolidayCalendar;
}

interface CacheLocation {
  readonly dir: string;
  /** The holiday data's version: a table expanded from another one is not reused. */
  readonly dataVersion: string;
}

/**
 * Where tables are kept: $SUNROUTE_CACHE_DIR, else node_modules/.cache/sunroute beside the
 * date-holidays package, whose version keys them, so reinstalling the packages clears them the
 * way it clears other tools' caches. Undefined when neither can be found: then nothing is cached.
 */
function cacheLocation(env: NodeJS.ProcessEnv): CacheLocation | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve('date-holidays');
    const marker = join('node_modules', 'date-holidays');
    const packageDir = entry.slice(0, entry.lastIndexOf(marker) + marker.length);
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
    };
    const dir = env[CACHE_DIR_ENV] || join(dirname(packageDir), '.cache', 'sunroute');
    return { dir, dataVersion: version };
  } catch {
    return undefined;
  }
}

function cacheFile(location: CacheLocation, text: string, years: HolidayYears): string {
  const key = createHash('sha256')
    .update(`${location.dataVersion}\0${years.from}-${years.to}\0${text}`)
    .digest('hex')
    .slice(0, 32);
  return join(location.dir, `holidays-${key}.json`);
}

function readTable(file: string): TableHolidayCalendar | undefined {
  try {
    const table = holidayTableSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return table.success ? new TableHolidayCalendar(table.data) : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written costs the next run time, nothing else. */
function writeTable(location: CacheLocation, file: string, table: unknown): void {
  try {
    mkdirSync(location.dir, { recursive: true });
    const staging = `${file}.${process.pid}`;
    writeFileSync(staging, JSON.stringify(table));
    renameSync(staging, file);
    const files = readdirSync(location.dir)
      .filter((name) => name.startsWith('holidays-'))
      .map((name) => ({ name, at: statSync(join(location.dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of files.slice(MAX_CACHED))
      rmSync(join(location.dir, old.name), { force: true });
  } catch {
    // A read-only checkout or a full disk: the command has its answer already.
  }
}

function refuse(path: string, result: ReturnType<typeof parseConfig>): never {
  throw new CliInputError(
    result.ok ? [] : result.errors.map((error) => `${path}: ${error.path}: ${error.message}`),
  );
}

/**
 * Reads and validates a configuration file for a command that routes or reports coverage over
 * `years`. Loading the public-holiday data and expanding each imported country costs more than the
 * rest of `sunroute route` together, so the holidays the file imports are expanded once per file
 * content and years, kept as a table (the form a saved version keeps for the router) and read back
 * on the next run. The first run, or one after the file changed, validates against the full
 * holiday data as `config validate` does.
 */
export async function readConfigWithHolidays(
  io: CliIo,
  path: string,
  years: HolidayYears,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ConfigWithHolidays> {
  const text = await readInput(io, path, 'config');
  const location = cacheLocation(env);
  const file = location && cacheFile(location, text, years);
  const cached = file && readTable(file);
  if (cached) {
    const result = parseConfig(text, { holidays: cached });
    if (result.ok) return { config: result.config, holidays: cached };
  }
  const { dateHolidaysCalendar } = await import('../core/holidays/date-holidays-calendar');
  const result = parseConfig(text, { holidays: dateHolidaysCalendar });
  if (!result.ok) refuse(path, result);
  if (location && file)
    writeTable(location, file, expandHolidayYears(result.config, dateHolidaysCalendar, years));
  return { config: result.config, holidays: dateHolidaysCalendar };
}
