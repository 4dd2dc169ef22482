import { IANAZone, type Zone } from 'luxon';
import type { Interval } from '../calendar/interval';
import { mergeIntervals } from '../calendar/interval-list';
import { periodInstants } from '../calendar/period-instants';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { REGIONS, type Region } from '../region/region';
import type { CompiledConfig } from '../routing/compiled-config';
import { localHourSlots, type HourSlot } from './hour-slots';
import { teamCalendarLayers, type OffReason } from './team-off-reason';

/** A team in one hour: how much of it the team is on shift, and why not the rest. */
export interface TeamHour {
  /** Minutes of the hour on shift (0 when off the whole hour). */
  readonly onMinutes: number;
  /** Some of the on-shift time comes from an `onShift: true` override, not a shift. */
  readonly byOverride: boolean;
  /** Why the team is off, when it is off for some of the hour. */
  readonly off?: OffReason;
}

/** An agent in one hour. */
export interface AgentHour {
  readonly onMinutes: number;
  /** The agent is away for some of the hour: the reason written, or '' when none is. */
  readonly away?: string;
}

export interface HourlyTeam {
  readonly id: string;
  readonly name: string;
  readonly region: Region;
  readonly timeZone: string;
  readonly languages: readonly string[];
  /** One per slot. */
  readonly hours: readonly TeamHour[];
}

export interface HourlyAgent {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  /** The languages the agent takes tickets in: its own, else its team's. */
  readonly languages: readonly string[];
  readonly hours: readonly AgentHour[];
}

/** A row of the grid: who could take a ticket of one region or one language, hour by hour. */
export interface CoverageRow {
  readonly kind: 'region' | 'language';
  /** `EU`, `de`. */
  readonly key: string;
  /** Teams of the region (speaking the language) on shift for some of each hour. */
  readonly teams: readonly number[];
  /** Agents of the region's teams (speaking the language) on shift for some of each hour. */
  readonly agents: readonly number[];
  /** Minutes of each hour with at least one such team on shift: below the hour's length is a gap. */
  readonly teamMinutes: readonly number[];
  /** Minutes of each hour with at least one such agent on shift. */
  readonly agentMinutes: readonly number[];
}

export interface HourlyCoverage {
  readonly zone: string;
  readonly from: number;
  readonly to: number;
  readonly slots: readonly HourSlot[];
  readonly teams: readonly HourlyTeam[];
  readonly agents: readonly HourlyAgent[];
  /** The three regions, then every language a team or an agent speaks, alphabetically. */
  readonly rows: readonly CoverageRow[];
}

const MINUTE_MS = 60_000;

/** Per slot, the minutes of it that `intervals` (sorted, disjoint) cover. */
function minutesPerSlot(intervals: readonly Interval[], slots: readonly Interval[]): number[] {
  const minutes: number[] = [];
  let i = 0;
  for (const slot of slots) {
    while (i < intervals.length && intervals[i]!.end <= slot.start) i++;
    let covered = 0;
    for (let k = i; k < intervals.length && intervals[k]!.start < slot.end; k++) {
      covered += Math.min(intervals[k]!.end, slot.end) - Math.max(intervals[k]!.start, slot.start);
    }
    minutes.push(Math.round(covered / MINUTE_MS));
  }
  return minutes;
}

/** The parts of `slot` that `on` (sorted, disjoint) leaves uncovered. */
function offParts(on: readonly Interval[], slot: Interval): Interval[] {
  let cursor = slot.start;
  const off: Interval[] = [];
  for (const interval of on) {
    if (interval.end <= slot.start) continue;
    if (interval.start >= slot.end) break;
    if (interval.start > cursor) off.push({ start: cursor, end: interval.start });
    cursor = Math.max(cursor, interval.end);
  }
  if (cursor < slot.end) off.push({ start: cursor, end: slot.end });
  return off;
}

/** The first instant of `parts` that `other` (sorted, disjoint) covers, if any. */
function firstOverlap(parts: readonly Interval[], other: readonly Interval[]): number | undefined {
  for (const part of parts) {
    const hit = other.find((interval) => interval.start < part.end && interval.end > part.start);
    if (hit) return Math.max(hit.start, part.start);
  }
  return undefined;
}

function rowOf(
  kind: CoverageRow['kind'],
  key: string,
  teams: readonly { intervals: Interval[]; minutes: number[] }[],
  agents: readonly { intervals: Interval[]; minutes: number[] }[],
  slots: readonly Interval[],
): CoverageRow {
  const count = (list: typeof teams) =>
    slots.map((_, s) => list.reduce((sum, item) => sum + (item.minutes[s]! > 0 ? 1 : 0), 0));
  return {
    kind,
    key,
    teams: count(teams),
    agents: count(agents),
    teamMinutes: minutesPerSlot(mergeIntervals(teams.flatMap((t) => t.intervals)), slots),
    agentMinutes: minutesPerSlot(mergeIntervals(agents.flatMap((a) => a.intervals)), slots),
  };
}

/**
 * Hour by hour over [from, to) in the lead's `zone`: which teams and agents are on shift, why a
 * team is off (a holiday by name, an override, or no shift), which agents are away, and per
 * region and per language how many teams and agents could take a ticket and for how many minutes
 * of the hour anyone could. Calendars are the routing ones (compileConfig), so the grid shows what
 * routing would do. Agents count with their own shifts, languages and away periods.
 */
export function hourlyCoverage(
  compiled: CompiledConfig,
  holidays: HolidayCalendar,
  zone: Zone,
  from: number,
  to: number,
): HourlyCoverage {
  const slots = localHourSlots(zone, from, to);
  const teams = compiled.teams.map((team) => {
    const intervals = team.calendar.intervals(from, to);
    const minutes = minutesPerSlot(intervals, slots);
    const layers = teamCalendarLayers(team.config, holidays, from, to);
    const hours = slots.map((slot, s): TeamHour => {
      const onMinutes = minutes[s]!;
      // On-shift time no shift accounts for was added by an override.
      const onParts = offParts(offParts(intervals, slot), slot);
      const byOverride = firstOverlap(onParts, offParts(layers.shifts, slot)) !== undefined;
      const off = offParts(intervals, slot);
      if (off.length === 0) return { onMinutes, byOverride };
      // Off where a shift would run says more (a holiday, an override) than off outside shifts.
      const at = firstOverlap(off, layers.shifts) ?? off[0]!.start;
      return { onMinutes, byOverride, off: layers.offReasonAt(at) };
    });
    return { team, intervals, minutes, hours };
  });
  const agents = compiled.teams.flatMap((team) => {
    const teamZone = IANAZone.create(team.config.timeZone);
    return team.agents.map((agent) => {
      const intervals = agent.calendar.intervals(from, to);
      const minutes = minutesPerSlot(intervals, slots);
      const away = (agent.config.away ?? []).map((period, i) => ({
        ...periodInstants(period, teamZone, `away[${i}]`),
        reason: period.reason ?? '',
      }));
      const hours = slots.map((slot, s): AgentHour => {
        const during = away.find((period) => period.start < slot.end && period.end > slot.start);
        return during
          ? { onMinutes: minutes[s]!, away: during.reason }
          : { onMinutes: minutes[s]! };
      });
      return { agent, team, intervals, minutes, hours };
    });
  });
  const languages = [
    ...new Set([
      ...teams.flatMap(({ team }) => [...team.languages]),
      ...agents.flatMap(({ agent }) => [...agent.languages]),
    ]),
  ].sort();
  const rows = [
    ...REGIONS.map((region) =>
      rowOf(
        'region',
        region,
        teams.filter(({ team }) => team.region === region),
        agents.filter(({ team }) => team.region === region),
        slots,
      ),
    ),
    ...languages.map((language) =>
      rowOf(
        'language',
        language,
        teams.filter(({ team }) => team.languages.has(language)),
        agents.filter(({ agent }) => agent.languages.has(language)),
        slots,
      ),
    ),
  ];
  return {
    zone: zone.name,
    from,
    to,
    slots,
    teams: teams.map(({ team, hours }) => ({
      id: team.id,
      name: team.config.name ?? team.id,
      region: team.region,
      timeZone: team.config.timeZone,
      languages: [...team.languages],
      hours,
    })),
    agents: agents.map(({ agent, team, hours }) => ({
      id: agent.id,
      name: agent.config.name ?? agent.id,
      team: team.id,
      languages: [...agent.languages],
      hours,
    })),
    rows,
  };
}
