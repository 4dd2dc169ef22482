import { DateTime } from 'luxon';
import type { CalendarStanding } from '../core/calendar/calendar-standing';
import type { Interval } from '../core/calendar/interval';
import type {
  CoverageGap,
  CoverageReport,
  TeamCoverage,
  TeamLanguageCoverage,
} from '../core/coverage/coverage-report';
import { GAP_LOOK_MS } from '../core/coverage/coverage-report';

function hoursAndMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

function total(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, interval) => sum + interval.end - interval.start, 0);
}

const day = (ms: number, zone: string) =>
  DateTime.fromMillis(ms, { zone }).toFormat('ccc dd LLL HH:mm');

/** `(Mon 08:00–18:00 Europe/Berlin)`: an interval on a team's own clock, as its shifts are written. */
function localSpan(interval: Interval, zone: string): string {
  const start = DateTime.fromMillis(interval.start, { zone });
  const end = DateTime.fromMillis(interval.end, { zone });
  const nextMidnight = start.startOf('day').plus({ days: 1 });
  let endText: string;
  if (end.hasSame(start, 'day')) endText = end.toFormat('HH:mm');
  else if (end.equals(nextMidnight)) endText = '24:00';
  else endText = end.toFormat('ccc HH:mm');
  return `(${start.toFormat('ccc HH:mm')}–${endText} ${zone})`;
}

function renderIntervals(
  intervals: readonly Interval[],
  zone: string,
  indent: string,
  teamZone?: string,
): string[] {
  return intervals.map(
    (i) =>
      `${indent}${day(i.start, zone)} → ${day(i.end, zone)}  ${hoursAndMinutes(i.end - i.start)}` +
      (teamZone === undefined ? '' : `  ${localSpan(i, teamZone)}`),
  );
}

/** What a gap that crosses the period's edge really spans. */
function gapExtent(gap: CoverageGap, zone: string): string {
  if (gap.since === gap.start && gap.until === gap.end) return '';
  const lookDays = GAP_LOOK_MS / 86_400_000;
  const since =
    gap.since === gap.start
      ? ''
      : gap.since === null
        ? `open for over ${lookDays} days before`
        : `open since ${day(gap.since, zone)}`;
  const until =
    gap.until === gap.end
      ? ''
      : gap.until === null
        ? `still open ${lookDays} days after`
        : `open until ${day(gap.until, zone)}`;
  const whole =
    gap.since !== null && gap.until !== null
      ? `; ${hoursAndMinutes(gap.until - gap.since)} in all`
      : '';
  return `  (${[since, until].filter(Boolean).join(', ')}${whole})`;
}

function renderGaps(
  title: string,
  gaps: Readonly<Record<string, readonly CoverageGap[]>>,
  zone: string,
): string[] {
  const lines = [title];
  for (const [key, list] of Object.entries(gaps)) {
    const summary =
      list.length === 0
        ? 'always covered'
        : `${list.length} gap${list.length === 1 ? '' : 's'}, ${hoursAndMinutes(total(list))} uncovered`;
    lines.push(
      `  ${key.padEnd(5)} ${summary}`,
      ...list.map(
        (gap) =>
          `        ${day(gap.start, zone)} → ${day(gap.end, zone)}  ${hoursAndMinutes(gap.end - gap.start)}${gapExtent(gap, zone)}`,
      ),
    );
  }
  return lines;
}

/** An agent's standing in words, on its team's clock. */
function standingWords(standing: CalendarStanding, zone: string): string {
  if (standing.onShift) return `on shift until ${day(standing.until, zone)}`;
  const back =
    standing.nextStart === null ? 'no shift ahead' : `back ${day(standing.nextStart, zone)}`;
  const { cause } = standing;
  switch (cause.kind) {
    case 'away':
      return `away until ${day(cause.until, zone)}${cause.reason ? ` (${cause.reason})` : ''}`;
    case 'holiday':
      return `off for ${cause.name ?? 'a holiday'}, ${back}`;
    case 'override':
      return `off by an override, ${back}`;
    case 'no-shift':
      return `off shift, ${back}`;
  }
}

/** Why a team on shift cannot take a language: who speaks it and where they are. */
function languageNote(team: TeamCoverage, entry: TeamLanguageCoverage): string | undefined {
  if (!entry.why) return undefined;
  const speakers =
    entry.why.speakers.length === 0
      ? 'none of its agents speaks it'
      : entry.why.speakers
          .map((speaker) => `${speaker.id} ${standingWords(speaker.standing, team.timeZone)}`)
          .join('; ');
  const all =
    total(entry.uncovered) === total(team.intervals)
      ? 'all of it'
      : hoursAndMinutes(total(entry.uncovered));
  return `    ${entry.language}: on shift but nobody speaking it is, ${all} — from ${day(entry.why.at, team.timeZone)} ${team.timeZone}: ${speakers}`;
}

function renderTeam(team: TeamCoverage, zone: string): string[] {
  const languages = team.byLanguage
    .map((entry) =>
      entry.intervals.length === 0
        ? `${entry.language} none`
        : `${entry.language} ${hoursAndMinutes(total(entry.intervals))}`,
    )
    .join(', ');
  const lines = [
    `  ${team.id} — ${team.name} (${team.region}, ${team.timeZone}; ${team.languages.join(', ')}): ${hoursAndMinutes(total(team.intervals))} on shift`,
    ...renderIntervals(team.intervals, zone, '      ', team.timeZone),
    `    can take, by language: ${languages}`,
  ];
  for (const entry of team.byLanguage) {
    const note = languageNote(team, entry);
    if (note) lines.push(note);
  }
  if (team.unstaffed.length > 0) {
    lines.push(
      `    on shift but no agent is (tickets go to the team inbox): ${hoursAndMinutes(total(team.unstaffed))}`,
      ...renderIntervals(team.unstaffed, zone, '      ', team.timeZone),
    );
  }
  return lines;
}

/** The coverage report as a support lead reads it: who can take tickets, then every gap. */
export function renderCoverage(report: CoverageReport, zone: string): string {
  const at = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
  const days = Math.round((report.to - report.from) / 86_400_000);
  const lines = [
    `Coverage ${at(report.from)} → ${at(report.to)} (${days} day${days === 1 ? '' : 's'}, times in ${zone})`,
    'A team can take a ticket while it is on shift and one of its agents who speaks the language is (capacity aside).',
    '',
    'Teams',
    ...report.teams.flatMap((team) => renderTeam(team, zone)),
    '',
    ...renderGaps(
      'Gaps by region (no team of the region can take a ticket)',
      report.regionGaps,
      zone,
    ),
    '',
    ...renderGaps(
      'Gaps by language (nobody who speaks it can take a ticket)',
      report.languageGaps,
      zone,
    ),
    '',
    ...renderGaps('Nobody can take a ticket at all', { all: report.gaps }, zone),
  ];
  return `${lines.join('\n')}\n`;
}
