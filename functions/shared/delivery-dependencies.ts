import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Clock } from '../adapters/clock';
import type { Mailer } from '../adapters/mailer';
import type { TicketStore } from '../adapters/ticket-store';
import type { LiveConfig } from './config-cache';
import type { TicketLinkSigner } from './ticket-link-signer';

/** Where routing gets its configuration from; ConfigCache in the Lambda. */
export interface ConfigSource {
  current(): Promise<LiveConfig>;
}

/**
 * What assigning a ticket and sending its emails talk to, in the router and the scheduler alike;
 * tests hand them the stand-ins, a clock and a quiet logger.
 */
export interface DeliveryDependencies {
  readonly tickets: TicketStore;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Signs the acknowledge/resolve links of assignment emails; without it there are none. */
  readonly ticketLinks?: TicketLinkSigner;
  /** Waits between transaction retries; real timers unless a test wants none. */
  readonly sleep?: (ms: number) => Promise<void>;
}
