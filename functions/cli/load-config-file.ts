import { parseConfig } from '../core/config/parse-config';
import { dateHolidaysCalendar } from '../core/holidays/date-holidays-calendar';
import type { SunrouteConfig } from '../core/config/config-schema';
import { CliInputError } from './cli-input-error';
import type { CliIo } from './cli-io';
import { readInput } from './read-input';

/** Reads and validates a configuration file; every problem becomes one `FILE: path: message` line. */
export async function loadConfigFile(io: CliIo, path: string): Promise<SunrouteConfig> {
  const parsed = parseConfig(await readInput(io, path, 'config'), {
    holidays: dateHolidaysCalendar,
  });
  if (!parsed.ok) {
    throw new CliInputError(
      parsed.errors.map((error) => `${path}: ${error.path}: ${error.message}`),
    );
  }
  return parsed.config;
}
