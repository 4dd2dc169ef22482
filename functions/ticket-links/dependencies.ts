import type { Logger } from '@aws-lambda-powertools/logger';
import type { Clock } from '../adapters/clock';
import type { TicketActionStore } from '../adapters/ticket-action-store';
import type { SecretSource } from '../shared/ticket-link-secret';

/** What the link handler talks to, so tests hand it the stand-ins, a clock and a secret. */
export interface TicketLinkDependencies {
  readonly tickets: TicketActionStore;
  readonly secret: SecretSource;
  readonly clock: Clock;
  readonly logger: Logger;
}
