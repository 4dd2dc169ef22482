import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../adapters/clock';
import type { DeadLetterSweep, ErasureLog, RawMailArchive } from '../adapters/privacy-stores';
import type { CustomerPrivacy } from '../shared/customer-privacy';
import type { PrivacySettings } from '../core/config/config-schema';

/** What the retention sweep talks to; tests hand it the stand-ins and a clock they set. */
export interface RetentionSweepDependencies {
  /** The configuration in force's `privacy` section; undefined when none is saved or it sets none. */
  readonly privacy: () => Promise<PrivacySettings | undefined>;
  readonly deadLetters: readonly DeadLetterSweep[];
  /** Absent where no mail is received. */
  readonly rawMail?: RawMailArchive;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/** What the erasure worker talks to. */
export interface ErasureWorkerDependencies {
  readonly privacy: Pick<CustomerPrivacy, 'complete'>;
  readonly erasures: Pick<ErasureLog, 'read' | 'resume'>;
  readonly logger: Logger;
}
