import type { Report, ReportRow } from './build-report';

interface Column {
  readonly title: string;
  readonly csv: string;
  readonly text: (row: ReportRow) => string;
  readonly value: (row: ReportRow) => number | string | null;
}

/** `42s`, `18m`, `3.5h`, `2.1d`: a duration a support lead reads at a glance. */
export function humanDuration(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
  if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)}h`;
  return `${(seconds / 86_400).toFixed(1)}d`;
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const count = (value: number) => String(value);
const fixed = (value: number | null, digits: number) =>
  value === null ? '–' : value.toFixed(digits);

const COLUMNS: readonly Column[] = [
  { title: 'received', csv: 'received', text: (r) => count(r.received), value: (r) => r.received },
  {
    title: 'ack p50',
    csv: 'ack_p50_seconds',
    text: (r) => humanDuration(r.ackP50Seconds),
    value: (r) => r.ackP50Seconds,
  },
  {
    title: 'ack p90',
    csv: 'ack_p90_seconds',
    text: (r) => humanDuration(r.ackP90Seconds),
    value: (r) => r.ackP90Seconds,
  },
  { title: 'SLA kept', csv: 'sla_kept', text: (r) => percent(r.slaKept), value: (r) => r.slaKept },
  { title: 'resolved', csv: 'resolved', text: (r) => count(r.resolved), value: (r) => r.resolved },
  {
    title: 'res p50',
    csv: 'resolve_p50_seconds',
    text: (r) => humanDuration(r.resolveP50Seconds),
    value: (r) => r.resolveP50Seconds,
  },
  {
    title: 'res p90',
    csv: 'resolve_p90_seconds',
    text: (r) => humanDuration(r.resolveP90Seconds),
    value: (r) => r.resolveP90Seconds,
  },
  { title: 'queued', csv: 'queued', text: (r) => count(r.queued), value: (r) => r.queued },
  {
    title: 'avg wait',
    csv: 'avg_wait_seconds',
    text: (r) => humanDuration(r.avgWaitSeconds),
    value: (r) => r.avgWaitSeconds,
  },
  {
    title: 'handovers/t',
    csv: 'handovers_per_ticket',
    text: (r) => fixed(r.handoversPerTicket, 2),
    value: (r) => r.handoversPerTicket,
  },
  {
    title: 'handover cost',
    csv: 'avg_handover_cost_seconds',
    text: (r) => humanDuration(r.avgHandoverCostSeconds),
    value: (r) => r.avgHandoverCostSeconds,
  },
  {
    title: 'escalated',
    csv: 'escalations',
    text: (r) => count(r.escalations),
    value: (r) => r.escalations,
  },
  {
    title: 'translated',
    csv: 'translated_share',
    text: (r) => percent(r.translatedShare),
    value: (r) => r.translatedShare,
  },
  { title: 'CSAT', csv: 'csat', text: (r) => percent(r.csat), value: (r) => r.csat },
  { title: 'answers', csv: 'surveys', text: (r) => count(r.surveys), value: (r) => r.surveys },
  { title: 'FCR', csv: 'fcr', text: (r) => percent(r.fcr), value: (r) => r.fcr },
  {
    title: 'replied',
    csv: 'first_replies',
    text: (r) => count(r.firstReplies),
    value: (r) => r.firstReplies,
  },
  {
    title: 'reply p50',
    csv: 'first_reply_p50_seconds',
    text: (r) => humanDuration(r.firstReplyP50Seconds),
    value: (r) => r.firstReplyP50Seconds,
  },
  {
    title: 'reply p90',
    csv: 'first_reply_p90_seconds',
    text: (r) => humanDuration(r.firstReplyP90Seconds),
    value: (r) => r.firstReplyP90Seconds,
  },
  {
    title: 'reply SLA',
    csv: 'first_reply_sla_kept',
    text: (r) => percent(r.firstReplySlaKept),
    value: (r) => r.firstReplySlaKept,
  },
];

/** Covered hours per language, after the table: `de  98.0h of 168.0h  58%`. */
function coveredLines(report: Report): string[] {
  const covered = report.coveredHours;
  if (!covered) return ['', 'covered hours: no configuration stored'];
  if (covered.languages.length === 0) return [];
  const width = Math.max(...covered.languages.map((each) => each.language.length));
  return [
    '',
    'Covered hours per language (some team can take a ticket in it, by the calendars):',
    ...covered.languages.map(
      (each) =>
        `${each.language.padEnd(width)}  ${each.coveredHours.toFixed(1).padStart(7)}h of ${covered.periodHours.toFixed(1)}h  ${percent(each.share).padStart(4)}`,
    ),
  ];
}

/** The report as an aligned table: a row per key, then the total, then covered hours. */
export function renderReport(report: Report): string {
  const head = [report.by, ...COLUMNS.map((column) => column.title)];
  const rows = [...report.rows, report.total].map((row) => [
    row.key,
    ...COLUMNS.map((column) => column.text(row)),
  ]);
  const widths = head.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => [...row[index]!].length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!),
      )
      .join('  ')
      .trimEnd();
  const zone = report.by === 'hour' ? `, hours in ${report.zone}` : '';
  const title = `Report by ${report.by}, ${report.from} to ${report.to} (UTC${zone})`;
  const body =
    report.rows.length === 0
      ? ['no tickets in this period']
      : [line(head), ...rows.slice(0, -1).map(line), line(rows.at(-1)!)];
  return `${[title, '', ...body, ...coveredLines(report)].join('\n')}\n`;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: number | string | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One line per key and a `total` line; shares as fractions, durations in seconds. By language,
 * each language's covered hours of the period too.
 */
export function renderReportCsv(report: Report): string {
  const covered = report.by === 'language' && report.coveredHours ? report.coveredHours : undefined;
  const hours = new Map(covered?.languages.map((each) => [each.language, each.coveredHours]));
  const lines = [
    [
      'from',
      'to',
      report.by,
      ...COLUMNS.map((column) => column.csv),
      ...(covered ? ['covered_hours'] : []),
    ],
    ...[...report.rows, report.total].map((row) => [
      report.from,
      report.to,
      row.key,
      ...COLUMNS.map((column) => column.value(row)),
      ...(covered ? [row === report.total ? covered.periodHours : (hours.get(row.key) ?? 0)] : []),
    ]),
  ];
  return lines.map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}
