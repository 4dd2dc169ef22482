import type { Logger } from '@aws-lambda-powertools/logger';
import type { Clock } from '../adapters/clock';
import type { ConfigSource } from '../shared/delivery-dependencies';

/** What `GET /availability` reads: the live configuration and the clock, nothing else. */
export interface AvailabilityDependencies {
  readonly config: ConfigSource;
  readonly clock: Clock;
  readonly logger: Logger;
}
