import { parseConfig } from '../core/config/parse-config';
import { dateHolidaysCalendar } from '../core/holidays/date-holidays-calendar';
import type { SunrouteConfig } from '../core/config/config-schema';
import { CliInputError } from './cli-input-error';
import type { CliIo } from './cli-io';
import { readInput } from './read-input';

/** A configuration file as written and as validated. */
export interface ConfigFile {
  readonly text: string;
  readonly config: SunrouteConfig;
}

/** Reads and validates a configuration file; every problem becomes one `FILE: path: message` line. */
export async function readConfigFile(io: CliIo, path: string): Promise<ConfigFile> {
  const text = await readInput(io, path, 'config');
  const parsed = parseConfig(text, { holidays: dateHolidaysCalendar });
  if (!parsed.ok) {
    throw new CliInputError(
      parsed.errors.map((error) => `${path}: ${error.path}: ${error.message}`),
    );
  }
  return { text, config: parsed.config };
}

export async function loadConfigFile(io: CliIo, path: string): Promise<SunrouteConfig> {
  return (await readConfigFile(io, path)).config;
}
