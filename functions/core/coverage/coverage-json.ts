import { DateTime } from 'luxon';
import type { CalendarStanding } from '../calendar/calendar-standing';
import type { Interval } from '../calendar/interval';
import type { CoverageGap, CoverageReport } from './coverage-report';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
const minutes = (interval: Interval) => Math.round((interval.end - interval.start) / 60_000);

function intervalsJson(list: readonly Interval[]) {
  return list.map((interval) => ({
    start: iso(interval.start),
    end: iso(interval.end),
    minutes: minutes(interval),
  }));
}

/** A team's intervals also on its own wall clock (`2026-12-21T08:00`), as its shifts are written. */
function localIntervalsJson(list: readonly Interval[], timeZone: string) {
  const local = (ms: number) =>
    DateTime.fromMillis(ms, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
  return list.map((interval) => ({
    start: iso(interval.start),
    end: iso(interval.end),
    minutes: minutes(interval),
    localStart: local(interval.start),
    localEnd: local(interval.end),
  }));
}

/**
 * A gap, with when it really began and ends (`since`, `until`; null past the look-around) and
 * whether it crosses the period's start or end.
 */
export function gapsJson(list: readonly CoverageGap[]) {
  return list.map((gap) => ({
    start: iso(gap.start),
    end: iso(gap.end),
    minutes: minutes(gap),
    openBefore: gap.since !== gap.start,
    openAfter: gap.until !== gap.end,
    since: isoOrNull(gap.since),
    until: isoOrNull(gap.until),
  }));
}

function gapMapJson(map: Readonly<Record<string, readonly CoverageGap[]>>) {
  return Object.fromEntries(Object.entries(map).map(([key, list]) => [key, gapsJson(list)]));
}

/** A calendar's standing with instants as ISO strings. */
export function standingJson(standing: CalendarStanding) {
  if (standing.onShift) return { onShift: true, until: iso(standing.until) };
  const { cause } = standing;
  return {
    onShift: false,
    cause: cause.kind === 'no-shift' ? cause : { ...cause, until: iso(cause.until) },
    nextStart: isoOrNull(standing.nextStart),
  };
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
      id: team.id,
      name: team.name,
      region: team.region,
      timeZone: team.timeZone,
      languages: team.languages,
      intervals: localIntervalsJson(team.intervals, team.timeZone),
      unstaffed: localIntervalsJson(team.unstaffed, team.timeZone),
      agents: team.agents.map((agent) => ({
        id: agent.id,
        intervals: localIntervalsJson(agent.intervals, team.timeZone),
      })),
      byLanguage: Object.fromEntries(
        team.byLanguage.map((entry) => [
          entry.language,
          {
            intervals: intervalsJson(entry.intervals),
            uncovered: intervalsJson(entry.uncovered),
            ...(entry.why
              ? {
                  why: {
                    at: iso(entry.why.at),
                    speakers: entry.why.speakers.map((speaker) => ({
                      id: speaker.id,
                      standing: standingJson(speaker.standing),
                    })),
                  },
                }
              : {}),
          },
        ]),
      ),
    })),
    gaps: {
      byRegion: gapMapJson(report.regionGaps),
      byLanguage: gapMapJson(report.languageGaps),
      anyTeam: gapsJson(report.gaps),
    },
  };
}
