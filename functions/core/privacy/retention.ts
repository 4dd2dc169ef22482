import { PRIVACY_DEFAULTS, type PrivacySettings } from '../config/config-schema';

/** How long each kind of customer data is kept, in days (`privacy.retentionDays`). */
export type RetentionDays = PrivacySettings['retentionDays'];

const DAY_SECONDS = 86_400;

/** The documented defaults (docs/privacy.md). */
export const DEFAULT_RETENTION: RetentionDays = PRIVACY_DEFAULTS.retentionDays;

/** The retention of the configuration in force; the documented defaults where it sets none. */
export function retentionOf(privacy: PrivacySettings | undefined): RetentionDays {
  return (privacy ?? PRIVACY_DEFAULTS).retentionDays;
}

/**
 * Epoch seconds `days` after `atMs`: DynamoDB's TTL unit.
 *
 * @example
 * expiresAfter(Date.parse('2027-01-01T00:00:00Z'), 1); // 1767312000 (2027-01-02)
 */
export function expiresAfter(atMs: number, days: number): number {
  return Math.floor(atMs / 1000) + days * DAY_SECONDS;
}

/**
 * When the items of a ticket's partition expire: at the ticket's own TTL, set from
 * `retentionDays.tickets` when it was routed. An item written later (a handover email, a message)
 * takes the same time, so nothing of the ticket outlives the identifiers it is found by. A ticket
 * item without a TTL (none is written so) falls back to `tickets` days from `atMs`.
 */
export function partitionExpiry(
  ticketExpiresAt: number | undefined,
  atMs: number,
  retention: RetentionDays = DEFAULT_RETENTION,
): number {
  return ticketExpiresAt ?? expiresAfter(atMs, retention.tickets);
}

/**
 * A survey answer is kept `surveyAnswers` days from its offer, and never past its ticket: it
 * lives in the ticket's partition and is found only through the ticket.
 */
export function surveyExpiry(
  offeredAtMs: number,
  surveyAnswersDays: number | undefined,
  ticketExpiresAt: number | undefined,
): number {
  const own = expiresAfter(offeredAtMs, surveyAnswersDays ?? DEFAULT_RETENTION.surveyAnswers);
  return ticketExpiresAt === undefined ? own : Math.min(own, ticketExpiresAt);
}
