import { DateTime, Duration } from 'luxon';
import type { RoutingConfig } from '../config/config-schema';
import type { Priority } from '../ticket/ticket-schema';

/**
 * When the ticket must be acknowledged (epoch ms): `routing.ackWithin[priority]` after the
 * customer wrote (`receivedAt`), not after routing, since the customer has been waiting since
 * then. Added in UTC so that `P1D` is always 24 hours, whatever DST does in any team's zone.
 */
export function ackDueAt(
  receivedAt: string,
  priority: Priority,
  routing: Pick<RoutingConfig, 'ackWithin'>,
): number {
  return DateTime.fromISO(receivedAt, { zone: 'utc' })
    .plus(Duration.fromISO(routing.ackWithin[priority]))
    .toMillis();
}
