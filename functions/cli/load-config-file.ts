import { configWarnings } from '../core/config/config-warnings';
import { parseConfig } from '../core/config/parse-config';
import { formatFieldError } from '../core/validation/field-error';
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

/**
 * Prints, on stderr, what the valid file says that is legal but likely not meant, one
 * `FILE: warning: path: message` line each; the command still succeeds.
 */
export function warnAbout(io: CliIo, path: string, config: SunrouteConfig): void {
  for (const warning of configWarnings(config))
    io.err(`${path}: warning: ${formatFieldError(warning)}\n`);
}
