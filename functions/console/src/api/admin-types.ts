// What the admin API answers, typed from the modules that produce it where they are shared.
import type { ConfigChange } from '../../../core/config/config-diff';
import type { ConfigFormat } from '../../../core/config/parse-config';
import type { HourlyCoverageJson } from '../../../core/coverage/hourly-coverage-json';
import type { PublicHoliday } from '../../../core/holidays/holiday-calendar';
import type { HolidayPlace } from '../../../core/holidays/holiday-directory';
import type { Decision } from '../../../core/routing/decision';
import type { TicketDetail, TicketListing } from '../../../adapters/ticket-reader';

export type { ConfigChange, ConfigFormat, Decision, HolidayPlace, PublicHoliday };
export type { TicketDetail, TicketListing };

export interface Me {
  readonly name: string;
  readonly canWrite: boolean;
}

/** A configuration document as served, with the version it is and its ETag. */
export interface ConfigDocument {
  readonly text: string;
  readonly format: ConfigFormat;
  readonly version: number;
  readonly etag: string;
  readonly savedAt?: string;
  readonly savedBy?: string;
}

export interface VersionSummary {
  readonly version: number;
  readonly savedAt: string;
  readonly savedBy?: string;
  readonly restoredFrom?: number;
}

export interface VersionList {
  readonly current: number | null;
  readonly versions: readonly VersionSummary[];
}

/** `POST /config/diff`. */
export interface DiffResult {
  readonly version: number | null;
  readonly changed: boolean;
  readonly changes: readonly string[];
  readonly details: readonly ConfigChange[];
}

/** `PUT /config`, `POST /config/rollback`. */
export interface SaveResult {
  readonly version: number;
  readonly previous: number | null;
  readonly savedBy: string;
  readonly changed: boolean;
  readonly changes: readonly string[];
  readonly restoredFrom?: number;
}

export type WeekCoverage = HourlyCoverageJson & { readonly version: number };

export interface HolidayCountry extends HolidayPlace {
  readonly subdivisions: readonly HolidayPlace[];
  readonly year?: number;
  readonly holidays?: readonly PublicHoliday[];
}

export interface RoutePreview {
  readonly version: number;
  readonly decision: Decision;
  /** The promise the customer would read, in their language. */
  readonly customerMessage: string;
}
