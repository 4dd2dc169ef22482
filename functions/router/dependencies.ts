import type { DeadLetterQueue } from '../adapters/dead-letter-queue';
import type { ConfigSource, DeliveryDependencies } from '../shared/delivery-dependencies';

/** Everything the router talks to, so tests hand it the stand-ins, a clock and a quiet logger. */
export interface RouterDependencies extends DeliveryDependencies {
  readonly config: ConfigSource;
  readonly deadLetters: DeadLetterQueue;
}
