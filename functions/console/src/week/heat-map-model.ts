// What the heat map shows, computed from `GET /coverage/week` without the DOM, so it can be
// tested and the component stays a plain rendering of it.
import type { HourlyCoverageJson } from '../../../core/coverage/hourly-coverage-json';
import type { OffReason } from '../../../core/coverage/team-off-reason';

export type Week = HourlyCoverageJson;
export type Row = Week['rows'][number];
/** Whether cells count teams (the routing unit) or agents (who would actually answer). */
export type Unit = 'teams' | 'agents';

/** A cell's shade: nobody, someone for part of the hour, or one, two, three or more. */
export type Level = 'gap' | 'partial' | 'l1' | 'l2' | 'l3';

export function cellCount(row: Row, slot: number, unit: Unit): number {
  return (unit === 'teams' ? row.teams : row.agents)[slot]!;
}

export function cellLevel(week: Week, row: Row, slot: number, unit: Unit): Level {
  const minutes = (unit === 'teams' ? row.teamMinutes : row.agentMinutes)[slot]!;
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

export function offReasonText(reason: OffReason): string {
  switch (reason.kind) {
    case 'holiday':
      return `holiday: ${reason.name}`;
    case 'override':
      return `override: off ${reason.start} → ${reason.end} (team's local time)`;
    case 'no-shift':
      return 'no shift at this hour';
  }
}

function teamsOf(week: Week, row: Row) {
  return week.teams.filter((team) =>
    row.kind === 'region' ? team.region === row.key : team.languages.includes(row.key),
  );
}

function agentsOf(week: Week, row: Row) {
  if (row.kind === 'language') return week.agents.filter((a) => a.languages.includes(row.key));
  const teams = new Set(teamsOf(week, row).map((team) => team.id));
  return week.agents.filter((agent) => teams.has(agent.team));
}

export interface CellDetails {
  readonly onShift: readonly { name: string; minutes: number; byOverride: boolean }[];
  readonly off: readonly { name: string; reason: string; minutes: number }[];
  readonly agents: readonly { name: string; team: string; minutes: number }[];
  readonly away: readonly { name: string; reason: string }[];
}

/** Who is behind a cell: teams on shift and off (with why), agents on shift and away. */
export function cellDetails(week: Week, row: Row, slot: number): CellDetails {
  const length = week.slots[slot]!.minutes;
  const teams = teamsOf(week, row);
  const agents = agentsOf(week, row);
  return {
    onShift: teams
      .filter((team) => team.onMinutes[slot]! > 0)
      .map((team) => ({
        name: team.name,
        minutes: team.onMinutes[slot]!,
        byOverride: team.byOverride[slot]!,
      })),
    off: teams.flatMap((team) => {
      const reason = team.off[slot];
      return reason
        ? [
            {
              name: team.name,
              reason: offReasonText(reason),
              minutes: length - team.onMinutes[slot]!,
            },
          ]
        : [];
    }),
    agents: agents
      .filter((agent) => agent.onMinutes[slot]! > 0)
      .map((agent) => ({ name: agent.name, team: agent.team, minutes: agent.onMinutes[slot]! })),
    away: agents.flatMap((agent) => {
      const reason = agent.away[slot];
      return reason === null || reason === undefined
        ? []
        : [{ name: agent.name, reason: reason || 'no reason given' }];
    }),
  };
}

/** Runs of consecutive slots in which nobody of the row covers any minute: the week's gaps. */
export function gapRuns(row: Row, unit: Unit): { first: number; last: number }[] {
  const minutes = unit === 'teams' ? row.teamMinutes : row.agentMinutes;
  const runs: { first: number; last: number }[] = [];
  minutes.forEach((value, slot) => {
    if (value > 0) return;
    const last = runs[runs.length - 1];
    if (last && last.last === slot - 1) last.last = slot;
    else runs.push({ first: slot, last: slot });
  });
  return runs;
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
