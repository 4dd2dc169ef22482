import { DateTime } from 'luxon';
import type { HourlyCoverage, CoverageRow } from './hourly-coverage';
import type { OffReason } from './team-off-reason';

/**
 * `GET /coverage/week` as the web console reads it: the slots once, then per team, agent and row
 * one array entry per slot (columns, not objects per hour, so a week of 30 rows stays small).
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
  readonly teams: readonly {
    readonly id: string;
    readonly name: string;
    readonly region: string;
    readonly timeZone: string;
    readonly languages: readonly string[];
    /** Per slot: minutes on shift. */
    readonly onMinutes: readonly number[];
    /** Per slot: some of the on-shift time comes from an `onShift: true` override. */
    readonly byOverride: readonly boolean[];
    /** Per slot: why the team is off for some of it, or null when it is on the whole slot. */
    readonly off: readonly (OffReason | null)[];
  }[];
  readonly agents: readonly {
    readonly id: string;
    readonly name: string;
    readonly team: string;
    readonly languages: readonly string[];
    readonly onMinutes: readonly number[];
    /** Per slot: the away reason ('' when none is written), or null when not away. */
    readonly away: readonly (string | null)[];
  }[];
  readonly rows: readonly CoverageRow[];
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
      onMinutes: team.hours.map((hour) => hour.onMinutes),
      byOverride: team.hours.map((hour) => hour.byOverride),
      off: team.hours.map((hour) => hour.off ?? null),
    })),
    agents: coverage.agents.map((agent) => ({
      id: agent.id,
      name: agent.name,
      team: agent.team,
      languages: agent.languages,
      onMinutes: agent.hours.map((hour) => hour.onMinutes),
      away: agent.hours.map((hour) => hour.away ?? null),
    })),
    rows: coverage.rows,
  };
}
