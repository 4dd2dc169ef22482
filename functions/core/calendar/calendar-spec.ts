// Plain input shapes, structurally compatible with the configuration document
// (docs/configuration.md) so a parsed team or agent can be passed straight in without the calendar
// depending on the schema.

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A weekly shift: local times `HH:MM`; `end` may be `"24:00"`; `end <= start` runs overnight. */
export interface ShiftSpec {
  days: readonly Weekday[];
  start: string;
  end: string;
}

/**
 * Time off for the whole team: a local date (`YYYY-MM-DD`, optionally only `from`..`to`, which
 * default to 00:00..24:00), or every public holiday of a country imported with `publicHolidays`.
 */
export type HolidaySpec =
  | { date: string; from?: string; to?: string; name?: string }
  | { country: string; subdivision?: string; name?: string };

/** `YYYY-MM-DDTHH:MM[:SS]`, local to the calendar's zone unless it carries an offset or `Z`. */
export interface PeriodSpec {
  start: string;
  end: string;
}

export interface OverrideSpec extends PeriodSpec {
  onShift: boolean;
}

/** An agent's time off; `reason` ("Christmas in Milan") is what reasons and coverage show. */
export interface AwaySpec extends PeriodSpec {
  reason?: string | undefined;
}

export interface CalendarSpec {
  /** IANA zone in which every local time of this calendar is read. */
  timeZone: string;
  shifts: readonly ShiftSpec[];
  holidays?: readonly HolidaySpec[];
  /** Applied after shifts and holidays, in order; a later override wins where they overlap. */
  overrides?: readonly OverrideSpec[];
  /** An agent's time off, removed after everything else. */
  away?: readonly AwaySpec[];
}
