import type { Zone } from 'luxon';
import { compileCalendar, type Calendar } from '../calendar/compile-calendar';
import type { CalendarStanding } from '../calendar/calendar-standing';
import type { Interval } from '../calendar/interval';
import { mergeIntervals } from '../calendar/interval-list';
import type { HolidayCalendar } from '../holidays/holiday-calendar';
import { REGIONS, type Region } from '../region/region';
import type { CompiledConfig } from '../routing/compiled-config';
import { coverageGaps, type CoverageGap } from './coverage-report';
import { localHourSlots, type HourSlot } from './hour-slots';
import { teamServes, teamTakers, type TicketKind } from './who-can-take';

/** Where a calendar stands while it is off shift: why (holiday by name, override, away, no shift). */
export type OffStanding = Extract<CalendarStanding, { readonly onShift: false }>;

/** A team's or agent's calendar in one hour. */
export interface CalendarHour {
  /** Minutes of the hour on shift (0 when off the whole hour). */
  readonly onMinutes: number;
  /** Some of the on-shift time comes from an `onShift: true` override, not a shift. */
  readonly byOverride: boolean;
  /** Why it is off for some of the hour, at the first such instant a shift would have run. */
  readonly off?: OffStanding;
}

export interface HourlyTeam {
  readonly id: string;
  readonly name: string;
  readonly region: Region;
  readonly timeZone: string;
  readonly languages: readonly string[];
  /** One per slot. */
  readonly hours: readonly CalendarHour[];
}

export interface HourlyAgent {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  /** The languages the agent takes tickets in: its own, else its team's. */
  readonly languages: readonly string[];
  /** One per slot: the agent's own calendar (own shifts, the team's holidays and overrides, away). */
  readonly hours: readonly CalendarHour[];
}

/** A team or agent of a row, and the minutes of each slot in which it can take the row's ticket. */
export interface RowTaker {
  /** Index into `teams` or `agents`. */
  readonly index: number;
  readonly minutes: readonly number[];
}

/** A row of the grid: who can take a ticket of one region or one language, hour by hour. */
export interface CoverageRow {
  readonly kind: 'region' | 'language';
  /** `EU`, `de`. */
  readonly key: string;
  /** Minutes of each slot in which someone can take the ticket: below the slot's length is a gap. */
  readonly minutes: readonly number[];
  /** Per slot, how many teams can take the ticket for some of it. */
  readonly teamCounts: readonly number[];
  /** Per slot, how many agents would: on shift, speaking the language, while their team is. */
  readonly agentCounts: readonly number[];
  /** Every team that serves the row (its region; speaks its language), in configuration order. */
  readonly teams: readonly RowTaker[];
  /** Every agent of those teams who speaks the row's language. */
  readonly agents: readonly RowTaker[];
  /** The gaps, as `sunroute coverage` reports them: followed past the week's edges. */
  readonly gaps: readonly CoverageGap[];
}

export interface HourlyCoverage {
  readonly zone: string;
  readonly from: number;
  readonly to: number;
  readonly slots: readonly HourSlot[];
  readonly teams: readonly HourlyTeam[];
  readonly agents: readonly HourlyAgent[];
  /** The three regions, then every language a team speaks, alphabetically (as the CLI lists). */
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

/**
 * A calendar hour by hour: minutes on, time added by an override (on where the weekly shifts
 * alone are not), and its standing where it is off, read where a shift would have run if any (a
 * holiday or an override says more than "no shift").
 */
function calendarHours(
  calendar: Calendar,
  shifts: Calendar,
  slots: readonly HourSlot[],
  from: number,
  to: number,
): CalendarHour[] {
  const on = calendar.intervals(from, to);
  const weekly = shifts.intervals(from, to);
  const minutes = minutesPerSlot(on, slots);
  return slots.map((slot, s): CalendarHour => {
    const off = offParts(on, slot);
    const onParts = offParts(off, slot);
    const byOverride = firstOverlap(onParts, offParts(weekly, slot)) !== undefined;
    if (off.length === 0) return { onMinutes: minutes[s]!, byOverride };
    const at = firstOverlap(off, weekly) ?? off[0]!.start;
    const standing = calendar.standingAt(at);
    return standing.onShift
      ? { onMinutes: minutes[s]!, byOverride }
      : { onMinutes: minutes[s]!, byOverride, off: standing };
  });
}

/**
 * Hour by hour over [from, to) in the lead's `zone`, per region and per language: who can take a
 * ticket, by the rule `sunroute coverage` reports (who-can-take.ts: a team on shift counts only
 * while one of its agents who speaks the language is), with the same gaps. Beside the rows, each
 * team's and agent's own hours: on shift, or off and why (a holiday by name, an override, away
 * with its end, no shift), so a cell can say who is behind it.
 */
export function hourlyCoverage(
  compiled: CompiledConfig,
  zone: Zone,
  from: number,
  to: number,
): HourlyCoverage {
  const slots = localHourSlots(zone, from, to);
  const holidays: HolidayCalendar = compiled.holidays;
  const teamIndex = new Map(compiled.teams.map((team, index) => [team.id, index]));
  const agentIndex = new Map(
    compiled.teams.flatMap((team) => team.agents).map((agent, index) => [agent.id, index]),
  );
  const teams = compiled.teams.map((team): HourlyTeam => ({
    id: team.id,
    name: team.config.name ?? team.id,
    region: team.region,
    timeZone: team.config.timeZone,
    languages: [...team.languages].sort(),
    hours: calendarHours(
      team.calendar,
      compileCalendar({ timeZone: team.config.timeZone, shifts: team.config.shifts }, holidays),
      slots,
      from,
      to,
    ),
  }));
  const agents = compiled.teams.flatMap((team) =>
    team.agents.map((agent): HourlyAgent => ({
      id: agent.id,
      name: agent.config.name ?? agent.id,
      team: team.id,
      languages: [...agent.languages].sort(),
      hours: calendarHours(
        agent.calendar,
        compileCalendar(
          { timeZone: team.config.timeZone, shifts: agent.config.shifts ?? team.config.shifts },
          holidays,
        ),
        slots,
        from,
        to,
      ),
    })),
  );

  const row = (kind: CoverageRow['kind'], key: string, ticket: TicketKind): CoverageRow => {
    const rowTeams: RowTaker[] = [];
    const rowAgents: RowTaker[] = [];
    const all: Interval[] = [];
    for (const team of compiled.teams) {
      if (!teamServes(team, ticket)) continue;
      const takers = teamTakers(team, ticket, from, to);
      rowTeams.push({
        index: teamIndex.get(team.id)!,
        minutes: minutesPerSlot(takers.intervals, slots),
      });
      all.push(...takers.intervals);
      for (const { agent, intervals } of takers.agents) {
        rowAgents.push({
          index: agentIndex.get(agent.id)!,
          minutes: minutesPerSlot(intervals, slots),
        });
      }
    }
    const count = (list: readonly RowTaker[]) =>
      slots.map((_, s) => list.reduce((sum, item) => sum + (item.minutes[s]! > 0 ? 1 : 0), 0));
    return {
      kind,
      key,
      minutes: minutesPerSlot(mergeIntervals(all), slots),
      teamCounts: count(rowTeams),
      agentCounts: count(rowAgents),
      teams: rowTeams,
      agents: rowAgents,
      gaps: coverageGaps(compiled, ticket, from, to),
    };
  };

  const languages = [...new Set(compiled.teams.flatMap((team) => [...team.languages]))].sort();
  return {
    zone: zone.name,
    from,
    to,
    slots,
    teams,
    agents,
    rows: [
      ...REGIONS.map((region) => row('region', region, { region })),
      ...languages.map((language) => row('language', language, { language })),
    ],
  };
}
