import type { LiveConfig } from '../shared/config-cache';
import type { ConfigSource } from '../shared/delivery-dependencies';
import type { FillDependencies } from '../shared/fill-line';

/** Everything the waiting-line function talks to; tests hand it the stand-ins and a clock. */
export interface WaitingLineDependencies extends FillDependencies {
  readonly config: ConfigSource & {
    /** The current version read now, when a record says a new one was saved. */
    latest(): Promise<LiveConfig>;
  };
}
