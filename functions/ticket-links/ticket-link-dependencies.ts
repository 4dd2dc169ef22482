import type { Logger } from '@aws-lambda-powertools/logger';
import type { Clock } from '../router/clock';
import type { TicketActionStore } from '../store/ticket-store';
import type { SecretSource } from './ticket-link-secret';

/** What the link handler talks to, so tests hand it the stand-ins, a clock and a secret. */
export interface TicketLinkDependencies {
  readonly tickets: TicketActionStore;
  readonly secret: SecretSource;
  readonly clock: Clock;
  readonly logger: Logger;
}
