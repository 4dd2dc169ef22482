import type { Interval } from '../calendar/interval';
import { REGIONS, type Region } from '../region/region';
import type { CompiledConfig } from '../routing/compiled-config';
import { mergeIntervals } from '../calendar/interval-list';
import { complementIntervals } from './complement-intervals';

export interface AgentCoverage {
  readonly id: string;
  readonly intervals: readonly Interval[];
}

export interface TeamCoverage {
  readonly id: string;
  readonly name: string;
  readonly region: Region;
  readonly timeZone: string;
  readonly languages: readonly string[];
  readonly intervals: readonly Interval[];
  readonly agents: readonly AgentCoverage[];
  /** On shift as a team, but none of its agents is: tickets land in the team inbox. */
  readonly unstaffed: readonly Interval[];
}

export interface CoverageReport {
  readonly from: number;
  readonly to: number;
  readonly teams: readonly TeamCoverage[];
  /** Per region, the intervals in which no team of that region is on shift. */
  readonly regionGaps: Readonly<Record<Region, readonly Interval[]>>;
  /** Per language some team speaks, the intervals in which no team speaking it is on shift. */
  readonly languageGaps: Readonly<Record<string, readonly Interval[]>>;
  /** The intervals in which no team at all is on shift. */
  readonly gaps: readonly Interval[];
}

/** Who is on shift in [from, to) and every hour nobody covers, per region and per language. */
export function coverageReport(compiled: CompiledConfig, from: number, to: number): CoverageReport {
  const teams = compiled.teams.map((team): TeamCoverage => {
    const intervals = team.calendar.intervals(from, to);
    const agents = team.agents.map((agent) => ({
      id: agent.id,
      intervals: agent.calendar.intervals(from, to),
    }));
    const staffed = mergeIntervals(agents.flatMap((agent) => agent.intervals));
    const unstaffed = intervals.flatMap((interval) =>
      complementIntervals(staffed, interval.start, interval.end),
    );
    return {
      id: team.id,
      name: team.config.name ?? team.id,
      region: team.region,
      timeZone: team.config.timeZone,
      languages: [...team.languages],
      intervals,
      agents,
      unstaffed,
    };
  });
  const gapsWhere = (matches: (team: TeamCoverage) => boolean) =>
    complementIntervals(
      mergeIntervals(teams.filter(matches).flatMap((team) => team.intervals)),
      from,
      to,
    );
  const regionGaps = Object.fromEntries(
    REGIONS.map((region) => [region, gapsWhere((team) => team.region === region)]),
  ) as Record<Region, Interval[]>;
  const languages = [...new Set(teams.flatMap((team) => team.languages))].sort();
  const languageGaps = Object.fromEntries(
    languages.map((language) => [language, gapsWhere((team) => team.languages.includes(language))]),
  );
  return { from, to, teams, regionGaps, languageGaps, gaps: gapsWhere(() => true) };
}
