/**
 * Why an inbound email cannot become a ticket. The email Lambda catches this one class and sends
 * the mail's reference and `message` to the dead-letter queue (docs/guarantees.md: never lost,
 * never retried forever); each subclass names what was wrong so the on-call engineer need not open
 * the raw MIME.
 */
export abstract class InboundEmailError extends Error {
  /** A stable token for logs, metrics and dead-letter reasons. */
  abstract readonly code: string;
}
