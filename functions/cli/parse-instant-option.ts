import { DateTime } from 'luxon';
import { isInstant, isLocalDateTime } from '../core/validation/field-rules';
import { quoteValue } from '../core/validation/field-error';
import { CliInputError } from './cli-input-error';

/**
 * An ISO-8601 instant given on the command line, as epoch ms. It must carry its offset or `Z`, as
 * a ticket's receivedAt must: the CLI knows no zone to read a bare local time in, and reading it
 * as UTC silently moved a Berlin lead's "09:00" by an hour.
 */
export function parseInstantOption(option: string, value: string): number {
  if (isInstant(value)) return DateTime.fromISO(value, { setZone: true }).toMillis();
  throw new CliInputError(
    isLocalDateTime(value)
      ? `${option}: ${quoteValue(value)} has no offset: add Z for UTC (${value}Z) or the offset meant (e.g. ${value}+01:00)`
      : `${option}: ${quoteValue(value)} is not an ISO-8601 instant with an offset or Z (e.g. 2026-12-22T09:15:00Z)`,
  );
}
