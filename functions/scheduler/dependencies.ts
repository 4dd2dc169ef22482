import type { FollowUpStore, TicketStore } from '../adapters/ticket-store';
import type { ConfigSource, DeliveryDependencies } from '../shared/delivery-dependencies';

/** Everything the scheduler talks to; tests hand it the stand-ins and a clock they move. */
export interface SchedulerDependencies extends DeliveryDependencies {
  readonly tickets: TicketStore & FollowUpStore;
  readonly config: ConfigSource;
}
