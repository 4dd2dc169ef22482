// The report's measures as the page shows them: the columns of the table, which measures a chart
// can draw, and names for the groups. Measures the API adds later get a column of their own,
// read off their name, so a newer API never breaks an older console.
import type { Report, ReportRow } from '../../../core/reports/build-report';
import { humanDuration } from '../../../core/reports/render-report';
import { languageName, REGION_NAMES } from '../ui/names';

export type { Report, ReportRow };

export type MeasureKind = 'count' | 'duration' | 'share' | 'ratio';

export interface Measure {
  /** The row's field. */
  readonly field: string;
  readonly title: string;
  readonly kind: MeasureKind;
}

/** The measures every report has, in the order a lead reads them (the CLI's columns). */
export const MEASURES: readonly Measure[] = [
  { field: 'received', title: 'Tickets', kind: 'count' },
  { field: 'ackP50Seconds', title: 'Acknowledge p50', kind: 'duration' },
  { field: 'ackP90Seconds', title: 'Acknowledge p90', kind: 'duration' },
  { field: 'slaKept', title: 'SLA kept', kind: 'share' },
  { field: 'resolved', title: 'Resolved', kind: 'count' },
  { field: 'resolveP50Seconds', title: 'Resolve p50', kind: 'duration' },
  { field: 'resolveP90Seconds', title: 'Resolve p90', kind: 'duration' },
  { field: 'queued', title: 'Queued', kind: 'count' },
  { field: 'avgWaitSeconds', title: 'Average wait', kind: 'duration' },
  { field: 'handovers', title: 'Handovers', kind: 'count' },
  { field: 'handoversPerTicket', title: 'Handovers per ticket', kind: 'ratio' },
  { field: 'avgHandoverCostSeconds', title: 'Handover cost', kind: 'duration' },
  { field: 'escalations', title: 'Escalations', kind: 'count' },
  { field: 'translatedShare', title: 'Translated', kind: 'share' },
  { field: 'csat', title: 'CSAT', kind: 'share' },
  { field: 'surveys', title: 'CSAT answers', kind: 'count' },
  { field: 'fcr', title: 'FCR', kind: 'share' },
  { field: 'firstReplies', title: 'First replies', kind: 'count' },
  { field: 'firstReplyP50Seconds', title: 'First reply p50', kind: 'duration' },
  { field: 'firstReplyP90Seconds', title: 'First reply p90', kind: 'duration' },
  { field: 'firstReplySlaKept', title: 'First reply kept promise', kind: 'share' },
];

const KNOWN = new Set(['key', 'acknowledged', 'avgScore', ...MEASURES.map((m) => m.field)]);

/** `reopenP50Seconds` → `Reopen p50`. */
function titleOf(field: string): string {
  const words = field
    .replace(/Seconds$|Share$/, '')
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindOf(field: string): MeasureKind {
  if (field.endsWith('Seconds')) return 'duration';
  if (/(Share|Kept|Rate)$/.test(field)) return 'share';
  return 'count';
}

/**
 * The known measures, then every numeric field the API answers beyond them (a measure added
 * since this console was built), in the order the total row has them.
 */
export function measuresOf(report: Report): Measure[] {
  const extra = Object.entries(report.total)
    .filter(([field, value]) => !KNOWN.has(field) && (typeof value === 'number' || value === null))
    .map(([field]): Measure => ({
      field,
      title: titleOf(field),
      kind: kindOf(field),
    }));
  return [...MEASURES, ...extra];
}

/** A row's value of a measure; null when the row has none (no answers, a field it lacks). */
export function valueOf(row: ReportRow, measure: Measure): number | null {
  const value = (row as unknown as Record<string, unknown>)[measure.field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A measure's value as the table and the charts write it: `42%`, `3.5h`, `0.12`, `17`. */
export function formatMeasure(value: number | null, measure: Measure): string {
  if (value === null) return '–';
  switch (measure.kind) {
    case 'duration':
      return humanDuration(value);
    case 'share':
      return `${Math.round(value * 100)}%`;
    case 'ratio':
      return value.toFixed(2);
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
}

export const GROUPINGS = [
  { by: 'team', label: 'Team' },
  { by: 'agent', label: 'Agent' },
  { by: 'language', label: 'Language' },
  { by: 'region', label: 'Region' },
  { by: 'channel', label: 'Channel' },
  { by: 'priority', label: 'Priority' },
  { by: 'hour', label: 'Hour of the week' },
] as const;

export type Grouping = (typeof GROUPINGS)[number]['by'];

/** Names of teams and agents by id, from the live configuration. */
export type Names = ReadonlyMap<string, string>;

/** A group's key as a lead reads it: a team's name, `de · German`, `Europe, Africa, …`. */
export function groupLabel(by: Grouping, key: string, names: Names): string {
  if (key === '-') return by === 'agent' ? 'no agent (team inbox)' : `no ${by}`;
  switch (by) {
    case 'team':
    case 'agent':
      return names.get(key) ?? key;
    case 'language':
      return `${key} · ${languageName(key)}`;
    case 'region':
      return REGION_NAMES[key] ? `${key} · ${REGION_NAMES[key]}` : key;
    default:
      return key;
  }
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * The rows of an hour-of-week report (`Mon 09`) as a week: one list of 24 hours per weekday,
 * Monday first, null for an hour without tickets.
 */
export function hourOfWeekGrid(rows: readonly ReportRow[]): (ReportRow | null)[][] {
  const grid = WEEKDAYS.map(() => Array.from({ length: 24 }, (): ReportRow | null => null));
  for (const row of rows) {
    const match = /^(\w{3}) (\d{2})$/.exec(row.key);
    const day = match ? WEEKDAYS.indexOf(match[1] as (typeof WEEKDAYS)[number]) : -1;
    const hour = match ? Number(match[2]) : -1;
    if (day >= 0 && hour >= 0 && hour < 24) grid[day]![hour] = row;
  }
  return grid;
}
