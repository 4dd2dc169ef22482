import { useEffect, useMemo, useState } from 'preact/hooks';
import { renderReportCsv } from '../../../core/reports/render-report';
import { documentEntries } from '../calendars/document-entries';
import { useApp } from '../ui/app-context';
import { SelectField, TextField } from '../ui/fields';
import { formatInstant } from '../ui/format-instant';
import { ErrorNote, PageTitle } from '../ui/page';
import { useResource } from '../ui/use-resource';
import { BarChart } from './bar-chart';
import { HourOfWeek } from './hour-of-week';
import { LAST_DAYS, periodQuery, type Period } from './report-period';
import {
  formatMeasure,
  groupLabel,
  GROUPINGS,
  measuresOf,
  MEASURES,
  valueOf,
  type Grouping,
  type Measure,
  type Names,
  type Report,
} from './report-measures';

const STORAGE_KEY = 'sunroute.console.reportChoice';

interface Choice {
  readonly period: Period;
  readonly by: Grouping;
  /** The measure the chart draws. */
  readonly chart: string;
}

const DEFAULT_CHOICE: Choice = { period: { kind: 'last', days: 7 }, by: 'team', chart: 'received' };

function savedChoice(): Choice {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Choice | null;
    return saved && saved.period && saved.by ? saved : DEFAULT_CHOICE;
  } catch {
    return DEFAULT_CHOICE;
  }
}

/** Offers the report as the CLI's `--csv` writes it: a file a spreadsheet opens as it is. */
function downloadCsv(report: Report) {
  const url = URL.createObjectURL(new Blob([renderReportCsv(report)], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `sunroute-report-by-${report.by}-${report.from.slice(0, 10)}-${report.to.slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function PeriodPicker({
  period,
  zone,
  onChange,
}: {
  period: Period;
  zone: string;
  onChange: (period: Period) => void;
}) {
  const dates = period.kind === 'dates' ? period : { from: '', to: '' };
  const invalid = period.kind === 'dates' && period.from && period.to && period.to < period.from;
  return (
    <>
      <SelectField
        path="report.period"
        label="Period"
        value={period.kind === 'last' ? String(period.days) : 'dates'}
        onChange={(value) =>
          onChange(
            value === 'dates'
              ? { kind: 'dates', from: dates.from, to: dates.to }
              : { kind: 'last', days: Number(value) as (typeof LAST_DAYS)[number] },
          )
        }
        options={[
          ...LAST_DAYS.map((days) => ({ value: String(days), label: `last ${days} days` })),
          { value: 'dates', label: 'from … to …' },
        ]}
      />
      {period.kind === 'dates' ? (
        <>
          <TextField
            path="report.from"
            label={`From (${zone})`}
            type="date"
            value={period.from}
            onChange={(from) => onChange({ ...period, from })}
          />
          <TextField
            path="report.to"
            label={`To, included (${zone})`}
            type="date"
            value={period.to}
            error={invalid ? 'must not be before From' : undefined}
            onChange={(to) => onChange({ ...period, to })}
          />
        </>
      ) : null}
    </>
  );
}

/**
 * The measures of a period per team, agent, language, region, channel, priority or hour of the
 * week (`GET /reports`): a chart of one measure, the table of all of them, and the CSV.
 */
export function ReportsPage() {
  const { api, zone } = useApp();
  const [choice, setChoice] = useState<Choice>(savedChoice);
  const [asOf, setAsOf] = useState(() => Date.now());
  useEffect(() => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(choice)), [choice]);
  const query = periodQuery(choice.period, zone, asOf);
  const [names] = useResource(async (): Promise<Names> => {
    const { text } = await api.config();
    const { teams, agents } = documentEntries(text);
    return new Map(
      [...teams, ...agents].map(({ entry }) => [
        entry.id,
        typeof entry.name === 'string' ? entry.name : entry.id,
      ]),
    );
  }, []);
  const [report, reload] = useResource<Report | undefined>(
    () =>
      query
        ? api.get<Report>('/reports', { ...query, by: choice.by, zone })
        : Promise.resolve(undefined),
    [query?.from, query?.to, choice.by, zone],
  );
  const data = report.value;
  const measures = useMemo(() => (data ? measuresOf(data) : [...MEASURES]), [data]);
  const chart = measures.find((measure) => measure.field === choice.chart) ?? MEASURES[0]!;
  const grouping = GROUPINGS.find((each) => each.by === choice.by)!;
  const nameMap = names.value ?? new Map<string, string>();
  const label = (key: string) => groupLabel(choice.by, key, nameMap);
  const span = data
    ? `${formatInstant(data.from, zone)} to ${formatInstant(data.to, zone)}`
    : undefined;

  return (
    <section>
      <PageTitle>Reports</PageTitle>
      <form
        class="toolbar"
        aria-label="Report"
        onSubmit={(event) => {
          event.preventDefault();
          setAsOf(Date.now());
          reload();
        }}
      >
        <PeriodPicker
          period={choice.period}
          zone={zone}
          onChange={(period) => {
            setChoice({ ...choice, period });
            setAsOf(Date.now());
          }}
        />
        <SelectField
          path="report.by"
          label="Group by"
          value={choice.by}
          onChange={(by) => setChoice({ ...choice, by: by as Grouping })}
          options={GROUPINGS.map((each) => ({ value: each.by, label: each.label }))}
        />
        <SelectField
          path="report.chart"
          label="Chart"
          value={chart.field}
          onChange={(field) => setChoice({ ...choice, chart: field })}
          options={measures.map((measure) => ({ value: measure.field, label: measure.title }))}
        />
        <div class="actions">
          <button type="submit">Refresh</button>
          <button
            type="button"
            disabled={!data || data.rows.length === 0}
            onClick={() => data && downloadCsv(data)}
          >
            Download CSV
          </button>
        </div>
      </form>
      <p class="hint">
        Times in <strong>{zone}</strong> (change it at the top); a period of dates runs from the
        first day’s midnight to the end of the last day there. Each event counts in the hour it
        happened, for the team and agent that held the ticket then; CSAT and FCR count where the
        ticket was resolved. FCR of the last seven days is provisional: a customer may still come
        back. The CSV is what <code>sunroute report --csv</code> writes.
      </p>
      {names.state === 'failed' ? <ErrorNote error={names.error} /> : null}
      {report.state === 'failed' ? <ErrorNote error={report.error} /> : null}
      {query === null ? <p>Pick both dates, the first not after the last.</p> : null}
      {data && query && report.state !== 'failed' ? (
        <div aria-busy={report.state === 'loading'} aria-live="polite">
          {data.rows.length === 0 ? (
            <p class="note" role="status">
              No tickets in this period ({span}): nothing arrived, was acknowledged, resolved or
              answered a survey.
            </p>
          ) : (
            <>
              <Totals report={data} span={span!} />
              {data.by === 'hour' ? (
                <HourOfWeek
                  id="report-chart"
                  caption={`${chart.title} by hour of the week, hours in ${data.zone}; ${span}. Darker is more; an empty hour had no tickets.`}
                  rows={data.rows}
                  measure={chart}
                />
              ) : (
                <BarChart
                  id="report-chart"
                  caption={`${chart.title} by ${grouping.label.toLowerCase()}, ${span}`}
                  bars={data.rows.map((row) => ({ label: label(row.key), row }))}
                  measure={chart}
                  groupTitle={grouping.label}
                />
              )}
              <MeasuresTable
                report={data}
                measures={measures}
                groupTitle={grouping.label}
                label={label}
                span={span!}
              />
            </>
          )}
        </div>
      ) : report.state === 'loading' && query ? (
        <p>Loading the report…</p>
      ) : null}
    </section>
  );
}

function Totals({ report, span }: { report: Report; span: string }) {
  const measure = (field: string) => MEASURES.find((each) => each.field === field)!;
  const show = (field: string) =>
    formatMeasure(valueOf(report.total, measure(field)), measure(field));
  return (
    <dl class="facts compact" aria-label={`Totals, ${span}`}>
      <dt>Tickets</dt>
      <dd>
        {report.total.received} received, {report.total.resolved} resolved
      </dd>
      <dt>Acknowledged within</dt>
      <dd>
        {show('ackP50Seconds')} (p50), {show('ackP90Seconds')} (p90); SLA kept {show('slaKept')}
      </dd>
      <dt>CSAT</dt>
      <dd>
        {show('csat')} of {report.total.surveys} answers
      </dd>
      <dt>FCR</dt>
      <dd>{show('fcr')}</dd>
    </dl>
  );
}

function MeasuresTable({
  report,
  measures,
  groupTitle,
  label,
  span,
}: {
  report: Report;
  measures: readonly Measure[];
  groupTitle: string;
  label: (key: string) => string;
  span: string;
}) {
  return (
    <>
      <p class="hint">
        Durations in seconds (s), minutes (m), hours (h) or days (d); “–” where there is nothing to
        measure (no acknowledgements, no answers).
      </p>
      <div class="table-scroll">
        <table class="table report-table">
          <caption>
            Every measure by {groupTitle.toLowerCase()}
            {report.by === 'hour' ? ` (hours in ${report.zone})` : ''}
            <span class="visually-hidden">, {span}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{groupTitle}</th>
              {measures.map((measure) => (
                <th scope="col" key={measure.field}>
                  {measure.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{label(row.key)}</th>
                {measures.map((measure) => (
                  <td key={measure.field}>{formatMeasure(valueOf(row, measure), measure)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All tickets</th>
              {measures.map((measure) => (
                <td key={measure.field}>
                  {formatMeasure(valueOf(report.total, measure), measure)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
