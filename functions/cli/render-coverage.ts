import { DateTime } from 'luxon';
import type { Interval } from '../core/calendar/interval';
import type { CoverageReport } from '../core/coverage/coverage-report';

function hoursAndMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

function total(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, interval) => sum + interval.end - interval.start, 0);
}

function renderIntervals(intervals: readonly Interval[], zone: string, indent: string): string[] {
  const at = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat('ccc dd LLL HH:mm');
  return intervals.map(
    (i) => `${indent}${at(i.start)} → ${at(i.end)}  ${hoursAndMinutes(i.end - i.start)}`,
  );
}

function renderGaps(
  title: string,
  gaps: Readonly<Record<string, readonly Interval[]>>,
  zone: string,
) {
  const lines = [title];
  for (const [key, intervals] of Object.entries(gaps)) {
    const summary =
      intervals.length === 0
        ? 'always covered'
        : `${intervals.length} gap${intervals.length === 1 ? '' : 's'}, ${hoursAndMinutes(total(intervals))} uncovered`;
    lines.push(`  ${key.padEnd(5)} ${summary}`, ...renderIntervals(intervals, zone, '        '));
  }
  return lines;
}

/** The coverage report as a support lead reads it: teams on shift, then every gap. */
export function renderCoverage(report: CoverageReport, zone: string): string {
  const at = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
  const days = Math.round((report.to - report.from) / 86_400_000);
  const lines = [
    `Coverage ${at(report.from)} → ${at(report.to)} (${days} day${days === 1 ? '' : 's'}, times in ${zone})`,
    '',
    'Teams on shift',
  ];
  for (const team of report.teams) {
    lines.push(
      `  ${team.id} — ${team.name} (${team.region}, ${team.timeZone}; ${team.languages.join(', ')}): ${hoursAndMinutes(total(team.intervals))} on shift`,
      ...renderIntervals(team.intervals, zone, '      '),
    );
    if (team.unstaffed.length > 0) {
      lines.push(
        `    on shift but no agent is (tickets go to the team inbox): ${hoursAndMinutes(total(team.unstaffed))}`,
        ...renderIntervals(team.unstaffed, zone, '      '),
      );
    }
  }
  lines.push(
    '',
    ...renderGaps('Gaps by region (no team of the region on shift)', report.regionGaps, zone),
    '',
    ...renderGaps('Gaps by language (no team speaking it on shift)', report.languageGaps, zone),
    '',
    ...renderGaps('Nobody on shift at all', { all: report.gaps }, zone),
  );
  return `${lines.join('\n')}\n`;
}
