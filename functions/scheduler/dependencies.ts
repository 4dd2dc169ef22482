import type { FollowUpStore } from '../adapters/follow-up-store';
import type { ConfigSource, DeliveryDependencies } from '../shared/delivery-dependencies';

/** Everything the scheduler talks to; tests hand it the stand-ins and a clock they move. */
export interface SchedulerDependencies extends DeliveryDependencies {
  /** Open tickets and their follow-up changes; finding tickets and sending go through `tickets`. */
  readonly followUps: FollowUpStore;
  readonly config: ConfigSource;
}
