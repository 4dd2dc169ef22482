import type { FollowUpStore } from '../adapters/follow-up-store';
import type { ConfigCache } from '../shared/config-cache';
import type { ConfigSource } from '../shared/delivery-dependencies';
import type { FillDependencies } from '../shared/fill-line';

/** Everything the scheduler talks to; tests hand it the stand-ins and a clock they move. */
export interface SchedulerDependencies extends FillDependencies {
  /** Open tickets and their follow-up changes; finding tickets and sending go through `tickets`. */
  readonly followUps: FollowUpStore;
  /** The live version, and earlier ones compiled, whose shifts a configuration change compares. */
  readonly config: ConfigSource & Pick<ConfigCache, 'compiledVersion'>;
}
