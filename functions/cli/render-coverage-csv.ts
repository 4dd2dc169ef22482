import { DateTime } from 'luxon';
import type { Interval } from '../core/calendar/interval';
import type { CoverageGap, CoverageReport } from '../core/coverage/coverage-report';

const COLUMNS = [
  'kind',
  'subject',
  'start',
  'end',
  'minutes',
  'open_before',
  'open_after',
  'since',
  'until',
  'time_zone',
  'local_start',
  'local_end',
] as const;

type Row = Record<(typeof COLUMNS)[number], string>;

const iso = (ms: number) => new Date(ms).toISOString();
const local = (ms: number, zone: string) =>
  DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function intervalRow(kind: string, subject: string, interval: Interval, zone: string): Row {
  return {
    kind,
    subject,
    start: iso(interval.start),
    end: iso(interval.end),
    minutes: String(Math.round((interval.end - interval.start) / 60_000)),
    open_before: '',
    open_after: '',
    since: '',
    until: '',
    time_zone: zone,
    local_start: local(interval.start, zone),
    local_end: local(interval.end, zone),
  };
}

function gapRow(kind: string, subject: string, gap: CoverageGap, zone: string): Row {
  return {
    ...intervalRow(kind, subject, gap, zone),
    open_before: String(gap.since !== gap.start),
    open_after: String(gap.until !== gap.end),
    since: gap.since === null ? '' : iso(gap.since),
    until: gap.until === null ? '' : iso(gap.until),
  };
}

/**
 * The coverage report as one CSV table for a spreadsheet: a row per stretch. `kind` is
 * `on-shift`, `unstaffed` (on shift, no agent), `language-uncovered` (on shift, nobody speaking
 * `subject`'s language: `team/language`) with the team's own zone and local times; then
 * `region-gap`, `language-gap` and `gap` (nobody at all) in `zone`, with `open_before` and
 * `open_after` when the gap crosses the period's edge and `since`/`until` its whole extent
 * (empty past the look-around).
 */
export function renderCoverageCsv(report: CoverageReport, zone: string): string {
  const rows: Row[] = [];
  for (const team of report.teams) {
    for (const interval of team.intervals)
      rows.push(intervalRow('on-shift', team.id, interval, team.timeZone));
    for (const interval of team.unstaffed)
      rows.push(intervalRow('unstaffed', team.id, interval, team.timeZone));
    for (const entry of team.byLanguage)
      for (const interval of entry.uncovered)
        rows.push(
          intervalRow(
            'language-uncovered',
            `${team.id}/${entry.language}`,
            interval,
            team.timeZone,
          ),
        );
  }
  for (const [region, gaps] of Object.entries(report.regionGaps))
    for (const gap of gaps) rows.push(gapRow('region-gap', region, gap, zone));
  for (const [language, gaps] of Object.entries(report.languageGaps))
    for (const gap of gaps) rows.push(gapRow('language-gap', language, gap, zone));
  for (const gap of report.gaps) rows.push(gapRow('gap', 'all', gap, zone));
  const lines = [
    COLUMNS.join(','),
    ...rows.map((row) => COLUMNS.map((c) => field(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
