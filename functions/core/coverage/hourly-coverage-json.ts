import { DateTime } from 'luxon';
import { gapsJson, standingJson } from './coverage-json';
import { GAP_LOOK_MS } from './coverage-report';
import type { CalendarHour, CoverageRow, HourlyCoverage, OffStanding } from './hourly-coverage';

/** Why a team or agent is off, as `sunroute coverage --json` writes a standing. */
export type OffStandingJson = {
  readonly onShift: false;
  readonly cause:
    | { readonly kind: 'away'; readonly until: string; readonly reason?: string | undefined }
    | { readonly kind: 'override'; readonly until: string }
    | { readonly kind: 'holiday'; readonly until: string; readonly name?: string | undefined }
    | { readonly kind: 'no-shift' };
  /** ISO instant it comes on again; null when not within the look-ahead. */
  readonly nextStart: string | null;
};

/** A gap of a row as the CLI's JSON has it: `since`/`until` past the week's edges, when known. */
export type GapJson = ReturnType<typeof gapsJson>[number];

/** A calendar's hours as columns: one entry per slot. */
export interface CalendarHoursJson {
  /** Per slot: minutes on shift. */
  readonly onMinutes: readonly number[];
  /** Per slot: some of the on-shift time comes from an `onShift: true` override. */
  readonly byOverride: readonly boolean[];
  /** Per slot: why it is off for some of it, as an index into `offs`; null when on all of it. */
  readonly off: readonly (number | null)[];
}

/**
 * `GET /coverage/week` as the web console reads it: the slots once, then per team, agent and row
 * one array entry per slot (columns, not objects per hour, so a week of 30 rows stays small), and
 * each distinct reason for being off once, in `offs`.
 */
export interface HourlyCoverageJson {
  /** The lead's zone every date and time here is read in. */
  readonly zone: string;
  /** ISO instants with the zone's offset. */
  readonly from: string;
  readonly to: string;
  readonly days: readonly {
    readonly date: string;
    /** `mon` … `sun`. */
    readonly weekday: string;
    /** 24, or 23 / 25 on a day the clocks change. */
    readonly hours: number;
    /** Index of the day's first slot. */
    readonly firstSlot: number;
  }[];
  readonly slots: readonly {
    /** ISO instant (UTC). */
    readonly start: string;
    readonly end: string;
    readonly date: string;
    readonly time: string;
    readonly offset: string;
    readonly minutes: number;
  }[];
  readonly offs: readonly OffStandingJson[];
  /** How far past the week a gap is followed to find when it began and ends (`GAP_LOOK_MS`). */
  readonly gapLookDays: number;
  readonly teams: readonly (CalendarHoursJson & {
    readonly id: string;
    readonly name: string;
    readonly region: string;
    readonly timeZone: string;
    readonly languages: readonly string[];
  })[];
  readonly agents: readonly (CalendarHoursJson & {
    readonly id: string;
    readonly name: string;
    readonly team: string;
    readonly languages: readonly string[];
  })[];
  readonly rows: readonly (Omit<CoverageRow, 'gaps'> & { readonly gaps: readonly GapJson[] })[];
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const iso = (ms: number) => new Date(ms).toISOString();

/** The hourly coverage with instants as ISO strings and the days of the grid spelled out. */
export function hourlyCoverageJson(coverage: HourlyCoverage): HourlyCoverageJson {
  const days: { date: string; weekday: string; hours: number; firstSlot: number }[] = [];
  coverage.slots.forEach((slot, index) => {
    const last = days[days.length - 1];
    if (last?.date === slot.date) {
      last.hours++;
      return;
    }
    const weekday = DateTime.fromISO(slot.date, { zone: 'utc' }).weekday;
    days.push({ date: slot.date, weekday: WEEKDAYS[weekday - 1]!, hours: 1, firstSlot: index });
  });
  const offs: OffStandingJson[] = [];
  const offIndex = new Map<string, number>();
  const offOf = (standing: OffStanding | undefined): number | null => {
    if (!standing) return null;
    const json = standingJson(standing) as OffStandingJson;
    const key = JSON.stringify(json);
    let index = offIndex.get(key);
    if (index === undefined) {
      index = offs.push(json) - 1;
      offIndex.set(key, index);
    }
    return index;
  };
  const hoursJson = (hours: readonly CalendarHour[]): CalendarHoursJson => ({
    onMinutes: hours.map((hour) => hour.onMinutes),
    byOverride: hours.map((hour) => hour.byOverride),
    off: hours.map((hour) => offOf(hour.off)),
  });
  const local = (ms: number) => DateTime.fromMillis(ms, { zone: coverage.zone }).toISO()!;
  return {
    zone: coverage.zone,
    from: local(coverage.from),
    to: local(coverage.to),
    days,
    slots: coverage.slots.map((slot) => ({
      start: iso(slot.start),
      end: iso(slot.end),
      date: slot.date,
      time: slot.time,
      offset: slot.offset,
      minutes: Math.round((slot.end - slot.start) / 60_000),
    })),
    teams: coverage.teams.map((team) => ({
      id: team.id,
      name: team.name,
      region: team.region,
      timeZone: team.timeZone,
      languages: team.languages,
      ...hoursJson(team.hours),
    })),
    agents: coverage.agents.map((agent) => ({
      id: agent.id,
      name: agent.name,
      team: agent.team,
      languages: agent.languages,
      ...hoursJson(agent.hours),
    })),
    offs,
    gapLookDays: GAP_LOOK_MS / 86_400_000,
    rows: coverage.rows.map((row) => ({
      ...row,
      gaps: gapsJson(row.gaps),
    })),
  };
}
