import type { CalendarStanding } from '../calendar/calendar-standing';
import type { Interval } from '../calendar/interval';
import { intersectIntervals, mergeIntervals } from '../calendar/interval-list';
import { REGIONS, type Region } from '../region/region';
import type { CompiledConfig } from '../routing/compiled-config';
import { complementIntervals } from './complement-intervals';
import { agentsFor, coveredIntervals, teamCoverage, type TicketKind } from './who-can-take';

/**
 * How far past the period a gap that crosses its edge is followed, to say when it really began
 * or ends: a weekend hole seen from Monday 00:00 began on Friday evening.
 */
export const GAP_LOOK_MS = 14 * 86_400_000;

/**
 * Time in which nobody can take a kind of ticket, cut to the period. `since` and `until` are the
 * whole gap's: equal to `start` and `end` inside the period, earlier or later when the gap
 * crosses its edge, null when it runs on for more than `GAP_LOOK_MS` beyond it.
 */
export interface CoverageGap extends Interval {
  readonly since: number | null;
  readonly until: number | null;
}

export interface AgentCoverage {
  readonly id: string;
  /** On shift by the agent's own calendar: shifts, the team's holidays and overrides, not away. */
  readonly intervals: readonly Interval[];
}

/** An agent who speaks a language, where it stands when its team cannot take the language. */
export interface SpeakerStanding {
  readonly id: string;
  readonly standing: CalendarStanding;
}

/** One language of a team: when the team can take it, and when it is on shift but cannot. */
export interface TeamLanguageCoverage {
  readonly language: string;
  readonly intervals: readonly Interval[];
  /** On shift with no agent who speaks the language on shift: the ticket waits in the inbox. */
  readonly uncovered: readonly Interval[];
  /**
   * Why, at the start of the first uncovered stretch: each agent of the team who speaks the
   * language and where it stands then (away until when and why, off shift); empty when none of
   * the team's agents speaks it. Absent when nothing is uncovered.
   */
  readonly why?: { readonly at: number; readonly speakers: readonly SpeakerStanding[] };
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
  readonly byLanguage: readonly TeamLanguageCoverage[];
}

export interface CoverageReport {
  readonly from: number;
  readonly to: number;
  readonly teams: readonly TeamCoverage[];
  /** Per region, the gaps in which no team of that region can take a ticket. */
  readonly regionGaps: Readonly<Record<Region, readonly CoverageGap[]>>;
  /** Per language some team speaks, the gaps in which nobody can take a ticket in it. */
  readonly languageGaps: Readonly<Record<string, readonly CoverageGap[]>>;
  /** The gaps in which nobody at all can take a ticket. */
  readonly gaps: readonly CoverageGap[];
}

/**
 * The gaps of [from, to) for a kind of ticket, each followed past the period's edges (up to
 * `GAP_LOOK_MS`) to find when it really began and ends.
 */
export function coverageGaps(
  compiled: CompiledConfig,
  kind: TicketKind,
  from: number,
  to: number,
): CoverageGap[] {
  const wideFrom = from - GAP_LOOK_MS;
  const wideTo = to + GAP_LOOK_MS;
  const { all } = coveredIntervals(compiled, kind, wideFrom, wideTo);
  return complementIntervals(all, wideFrom, wideTo).flatMap((gap): CoverageGap[] => {
    const start = Math.max(gap.start, from);
    const end = Math.min(gap.end, to);
    if (start >= end) return [];
    return [
      {
        start,
        end,
        since: gap.start === wideFrom ? null : gap.start,
        until: gap.end === wideTo ? null : gap.end,
      },
    ];
  });
}

/**
 * Who can take a ticket in [from, to), capacity aside, and every hour nobody can: per team (on
 * shift, staffed, per language), per region, per language and overall. A team covers a language
 * only while one of its agents who speaks it is on shift, so an agent's time away opens a gap
 * (who-can-take.ts has the rule, and answers per instant why a team cannot).
 */
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
    const languages = [...team.languages].sort();
    const byLanguage = languages.map((language): TeamLanguageCoverage => {
      const covered = teamCoverage(team, { language }, from, to);
      const uncovered = intervals.flatMap((interval) =>
        complementIntervals(intersectIntervals(covered, [interval]), interval.start, interval.end),
      );
      const first = uncovered[0];
      if (!first) return { language, intervals: covered, uncovered };
      const speakers = agentsFor(team, { language }).map((agent) => ({
        id: agent.id,
        standing: agent.calendar.standingAt(first.start),
      }));
      return { language, intervals: covered, uncovered, why: { at: first.start, speakers } };
    });
    return {
      id: team.id,
      name: team.config.name ?? team.id,
      region: team.region,
      timeZone: team.config.timeZone,
      languages,
      intervals,
      agents,
      unstaffed,
      byLanguage,
    };
  });
  const regionGaps = Object.fromEntries(
    REGIONS.map((region) => [region, coverageGaps(compiled, { region }, from, to)]),
  ) as Record<Region, CoverageGap[]>;
  const languages = [...new Set(teams.flatMap((team) => team.languages))].sort();
  const languageGaps = Object.fromEntries(
    languages.map((language) => [language, coverageGaps(compiled, { language }, from, to)]),
  );
  return { from, to, teams, regionGaps, languageGaps, gaps: coverageGaps(compiled, {}, from, to) };
}
