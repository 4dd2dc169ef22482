import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HolidayCalendar } from '../core/holidays/holiday-calendar';
import type { Clock } from '../adapters/clock';
import type { ConfigHistoryStore } from '../adapters/config-store';
import type { TicketReader } from '../adapters/ticket-reader';
import type { ReportsStore } from '../adapters/reports-store';
import type { TicketStore } from '../adapters/ticket-store';
import type { HandAssignment, HandAssignOutcome } from '../shared/assign-by-hand';
import type { ErasureLog, ErasureQueue } from '../adapters/privacy-stores';
import type { CustomerPrivacy } from '../shared/customer-privacy';
import type { AdminCaller } from './admin-caller';
import type { WeekCoverageCache } from './week-coverage-cache';

/** Everything the admin API talks to, so tests hand it the stand-ins or in-memory fakes. */
export interface AdminDependencies {
  readonly config: ConfigHistoryStore;
  readonly tickets: TicketReader;
  /** What a preview reads of the live state (agents' loads, sticky agents); it writes nothing. */
  readonly routingState: Pick<TicketStore, 'loadRoutingState'>;
  /** The full holiday data: validating documents, importing holidays, coverage and previews. */
  readonly holidays: HolidayCalendar;
  /** Report aggregates (read only). */
  readonly reports: ReportsStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The week's coverage answers of the live version, kept across requests of one instance. */
  readonly weekCoverage: WeekCoverageCache;
  /** A lead giving a ticket to an agent; absent when the function cannot send email. */
  readonly assign?: (request: HandAssignment) => Promise<HandAssignOutcome>;
  /**
   * Finding, exporting and erasing a customer's data, built on first use; absent when the
   * function has no dead-letter queue or link secret to work with.
   */
  readonly privacy?: () => CustomerPrivacy;
  /** Hands large erasures to the erasure worker; absent: every erasure completes in the request. */
  readonly erasureQueue?: () => ErasureQueue;
  /** Erasure records, for `GET /privacy/erasures/{id}`. */
  readonly erasureRecords?: () => Pick<ErasureLog, 'read'>;
}

/** What an endpoint gets besides its dependencies. */
export interface AdminRequest {
  readonly event: APIGatewayProxyEventV2;
  readonly caller: AdminCaller;
}
