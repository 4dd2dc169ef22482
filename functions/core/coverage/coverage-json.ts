import type { Interval } from '../calendar/interval';
import type { CoverageReport } from './coverage-report';

const iso = (ms: number) => new Date(ms).toISOString();

function intervalsJson(list: readonly Interval[]) {
  return list.map((interval) => ({
    start: iso(interval.start),
    end: iso(interval.end),
    minutes: Math.round((interval.end - interval.start) / 60_000),
  }));
}

function gapsJson(map: Readonly<Record<string, readonly Interval[]>>) {
  return Object.fromEntries(Object.entries(map).map(([key, list]) => [key, intervalsJson(list)]));
}

/**
 * The report with instants as ISO strings, so it reads like the decisions do: what
 * `sunroute coverage --json` prints and `GET /coverage` answers.
 */
export function coverageJson(report: CoverageReport) {
  return {
    from: iso(report.from),
    to: iso(report.to),
    teams: report.teams.map((team) => ({
      ...team,
      intervals: intervalsJson(team.intervals),
      unstaffed: intervalsJson(team.unstaffed),
      agents: team.agents.map((agent) => ({
        id: agent.id,
        intervals: intervalsJson(agent.intervals),
      })),
    })),
    gaps: {
      byRegion: gapsJson(report.regionGaps),
      byLanguage: gapsJson(report.languageGaps),
      anyTeam: intervalsJson(report.gaps),
    },
  };
}
