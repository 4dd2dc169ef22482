import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../router/clock';
import type { ConfigSource } from '../router/router-dependencies';
import type { TicketLinkSigner } from '../router/ticket-link-signer';
import type { Mailer } from '../store/mailer';
import type { FollowUpStore, TicketStore } from '../store/ticket-store';

/** Everything the scheduler talks to; tests hand it the stand-ins and a clock they move. */
export interface SchedulerDependencies {
  readonly tickets: TicketStore & FollowUpStore;
  readonly config: ConfigSource;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Signs the links of a new holder's assignment email; without it there are none. */
  readonly ticketLinks?: TicketLinkSigner;
}
