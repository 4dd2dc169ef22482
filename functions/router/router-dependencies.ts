import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { DeadLetterQueue } from '../store/dead-letter-queue';
import type { Mailer } from '../store/mailer';
import type { TicketStore } from '../store/ticket-store';
import type { Clock } from './clock';
import type { LiveConfig } from './config-cache';
import type { TicketLinkSigner } from './ticket-link-signer';

/** Where routing gets its configuration from; ConfigCache in the Lambda. */
export interface ConfigSource {
  current(): Promise<LiveConfig>;
}

/** Everything the router talks to, so tests hand it the stand-ins, a clock and a quiet logger. */
export interface RouterDependencies {
  readonly tickets: TicketStore;
  readonly config: ConfigSource;
  readonly deadLetters: DeadLetterQueue;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Signs the acknowledge/resolve links of assignment emails; without it there are none. */
  readonly ticketLinks?: TicketLinkSigner;
  /** Waits between transaction retries; real timers unless a test wants none. */
  readonly sleep?: (ms: number) => Promise<void>;
}
