import { DateTime } from 'luxon';
import { CliInputError } from './cli-input-error';

/**
 * An ISO-8601 instant given on the command line, as epoch ms. Without an offset it is read as
 * UTC: the CLI has no team zone to read it in, and UTC is what the decisions print.
 */
export function parseInstantOption(option: string, value: string): number {
  const parsed = DateTime.fromISO(value, { zone: 'UTC', setZone: true });
  if (!parsed.isValid) {
    throw new CliInputError(
      `${option}: "${value}" is not an ISO-8601 instant (e.g. 2026-12-22T09:15:00Z)`,
    );
  }
  return parsed.toMillis();
}
