// What the heat map shows, computed from `GET /coverage/week` without the DOM, so it can be
// tested and the component stays a plain rendering of it. Who can take a ticket is the server's
// answer (the rule `sunroute coverage` applies); this module only shades, groups and words it.
import { DateTime } from 'luxon';
import type {
  HourlyCoverageJson,
  OffStandingJson,
} from '../../../core/coverage/hourly-coverage-json';

export type Week = HourlyCoverageJson;
export type Row = Week['rows'][number];
export type Gap = Row['gaps'][number];
/** Whether cells count teams (the routing unit) or agents (who would actually answer). */
export type Unit = 'teams' | 'agents';

/** A cell's shade: nobody, someone for part of the hour, or one, two, three or more. */
export type Level = 'gap' | 'partial' | 'l1' | 'l2' | 'l3';

export function cellCount(row: Row, slot: number, unit: Unit): number {
  return (unit === 'teams' ? row.teamCounts : row.agentCounts)[slot]!;
}

/**
 * The shade depends on the unit only through the count: a team can take a ticket exactly while
 * one of its agents can, so a gap is the same gap whether teams or agents are counted.
 */
export function cellLevel(week: Week, row: Row, slot: number, unit: Unit): Level {
  const minutes = row.minutes[slot]!;
  if (minutes === 0) return 'gap';
  if (minutes < week.slots[slot]!.minutes) return 'partial';
  const count = cellCount(row, slot, unit);
  return count >= 3 ? 'l3' : count === 2 ? 'l2' : 'l1';
}

/** A stretch of equal cells in one row, drawn as one grid cell spanning its hours. */
export interface Run {
  readonly first: number;
  readonly length: number;
  readonly level: Level;
  readonly count: number;
}

/**
 * A row's cells as runs: neighbouring hours with the same shade and count merge, but never across
 * midnight, where a day's border is drawn. A week has a few dozen runs per row rather than 168
 * cells, which is what keeps the grid quick to lay out.
 */
export function rowRuns(week: Week, row: Row, unit: Unit, firstSlots: ReadonlySet<number>): Run[] {
  const runs: Run[] = [];
  week.slots.forEach((_, s) => {
    const level = cellLevel(week, row, s, unit);
    const count = cellCount(row, s, unit);
    const last = runs[runs.length - 1];
    if (last && !firstSlots.has(s) && last.level === level && last.count === count) {
      runs[runs.length - 1] = { ...last, length: last.length + 1 };
    } else {
      runs.push({ first: s, length: 1, level, count });
    }
  });
  return runs;
}

/** `Mon 4 Jan 00:00`: an instant in the lead's zone (the zone is named where the text is shown). */
export function shortInstant(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat('ccc d LLL HH:mm');
}

/** Why a team or agent is off, as a lead would say it: the holiday's name, away until when. */
export function offText(off: OffStandingJson, zone: string): string {
  const back =
    off.nextStart === null ? 'no shift ahead' : `back ${shortInstant(off.nextStart, zone)}`;
  const { cause } = off;
  switch (cause.kind) {
    case 'away':
      return `away until ${shortInstant(cause.until, zone)}${cause.reason ? ` (${cause.reason})` : ''}`;
    case 'holiday':
      return `holiday: ${cause.name ?? 'a public holiday'}, ${back}`;
    case 'override':
      return `off by an override until ${shortInstant(cause.until, zone)}, ${back}`;
    case 'no-shift':
      return `no shift, ${back}`;
  }
}

export interface AgentLine {
  readonly name: string;
  /** Minutes of the hour the agent can take the ticket. */
  readonly minutes: number;
  /** Why the agent is off for some of the hour, in words; absent when on shift all of it. */
  readonly off?: string;
}

export interface TeamLine {
  readonly name: string;
  /** Minutes of the hour the team can take the ticket (0: it cannot). */
  readonly minutes: number;
  /** Minutes of the hour the team is on shift. */
  readonly onMinutes: number;
  readonly byOverride: boolean;
  /** Why the team is off for some of the hour, in words. */
  readonly off?: string;
  /** The team's agents who speak the row's language: who can take it, who is off and why. */
  readonly agents: readonly AgentLine[];
}

export interface CellDetails {
  /** Minutes of the hour in which someone can take the ticket. */
  readonly minutes: number;
  readonly teams: readonly TeamLine[];
}

/** Who is behind a cell: every team of the row and its agents, who can take a ticket, who not and why. */
export function cellDetails(week: Week, row: Row, slot: number): CellDetails {
  const off = (index: number | null | undefined) =>
    index === null || index === undefined ? undefined : offText(week.offs[index]!, week.zone);
  return {
    minutes: row.minutes[slot]!,
    teams: row.teams.map((taker) => {
      const team = week.teams[taker.index]!;
      const teamOff = off(team.off[slot]);
      return {
        name: team.name,
        minutes: taker.minutes[slot]!,
        onMinutes: team.onMinutes[slot]!,
        byOverride: team.byOverride[slot]!,
        ...(teamOff ? { off: teamOff } : {}),
        agents: row.agents
          .filter((agent) => week.agents[agent.index]!.team === team.id)
          .map((taker): AgentLine => {
            const agent = week.agents[taker.index]!;
            const agentOff = off(agent.off[slot]);
            return {
              name: agent.name,
              minutes: taker.minutes[slot]!,
              ...(agentOff ? { off: agentOff } : {}),
            };
          }),
      };
    }),
  };
}

/** How a gap that crosses the week's edge really runs, as `sunroute coverage` says it. */
export function gapExtent(week: Week, gap: Gap): string {
  const zone = week.zone;
  const parts = [
    gap.openBefore
      ? gap.since === null
        ? `open for over ${week.gapLookDays} days before`
        : `open since ${shortInstant(gap.since, zone)}`
      : '',
    gap.openAfter
      ? gap.until === null
        ? `still open ${week.gapLookDays} days after`
        : `open until ${shortInstant(gap.until, zone)}`
      : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** Where `now` falls in the grid, in slots from its start (2.5 is half-way through the third). */
export function nowPosition(week: Week, now: number): number | undefined {
  const index = week.slots.findIndex(
    (slot) => Date.parse(slot.start) <= now && now < Date.parse(slot.end),
  );
  if (index < 0) return undefined;
  const slot = week.slots[index]!;
  const start = Date.parse(slot.start);
  return index + (now - start) / (Date.parse(slot.end) - start);
}
