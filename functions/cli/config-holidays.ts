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
import { parseConfigDocument } from '../core/config/parse-config';
import { validateConfig } from '../core/config/validate-config';
import { expandHolidayYears, HOLIDAY_TABLE_YEARS } from '../core/holidays/expand-holiday-table';
import type { HolidayCalendar } from '../core/holidays/holiday-calendar';
import { holidayTableSchema } from '../core/holidays/holiday-table';
import { TableHolidayCalendar } from '../core/holidays/table-holiday-calendar';
import type { FieldError } from '../core/validation/field-error';
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

/**
 * What is kept per file content and years: the document as read (so the next run skips the YAML
 * parser, the slowest part left) and its holidays as a table.
 */
interface Kept {
  readonly document: unknown;
  readonly holidays: TableHolidayCalendar;
}

function readKept(file: string): Kept | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as {
      document?: unknown;
      holidays?: unknown;
    };
    const table = holidayTableSchema.safeParse(kept.holidays);
    if (!table.success || kept.document === undefined) return undefined;
    return { document: kept.document, holidays: new TableHolidayCalendar(table.data) };
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written costs the next run time, nothing else. */
function writeKept(location: CacheLocation, file: string, kept: unknown): void {
  try {
    mkdirSync(location.dir, { recursive: true });
    const staging = `${file}.${process.pid}`;
    writeFileSync(staging, JSON.stringify(kept));
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

function refuse(path: string, errors: readonly FieldError[]): never {
  throw new CliInputError(errors.map((error) => `${path}: ${error.path}: ${error.message}`));
}

/**
 * Reads and validates a configuration file for a command that routes or reports coverage over
 * `years`. Loading the public-holiday data and expanding each imported country cost more than the
 * rest of `sunroute route` together, and reading the YAML most of what was left, so both are done
 * once per file content and years: the document as read and the holidays it imports, as a table
 * (the form a saved version keeps for the router), are kept and read back on the next run, which
 * validates the document against that table. The first run, or one after the file changed,
 * validates against the full holiday data as `config validate` does.
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
  const kept = file && readKept(file);
  if (kept) {
    const result = validateConfig(kept.document, kept.holidays);
    if (result.ok) return { config: result.config, holidays: kept.holidays };
  }
  const read = parseConfigDocument(text);
  if (!read.ok) refuse(path, read.errors);
  const { dateHolidaysCalendar } = await import('../core/holidays/date-holidays-calendar');
  const result = validateConfig(read.document, dateHolidaysCalendar);
  if (!result.ok) refuse(path, result.errors);
  if (location && file) {
    const holidays = expandHolidayYears(result.config, dateHolidaysCalendar, years);
    writeKept(location, file, { document: read.document, holidays });
  }
  return { config: result.config, holidays: dateHolidaysCalendar };
}
