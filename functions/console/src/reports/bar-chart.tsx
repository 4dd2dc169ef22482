import type { ReportRow } from '../../../core/reports/build-report';
import { formatMeasure, valueOf, type Measure } from './report-measures';

interface Bar {
  readonly label: string;
  readonly row: ReportRow;
}

/**
 * One bar per group for one measure, longest for the largest value. Each bar is a small SVG in
 * a grid row beside its label and value, so labels stay text that wraps at phone width; the
 * drawing is hidden from screen readers, which get the same numbers as a table below it.
 */
export function BarChart({
  id,
  caption,
  bars,
  measure,
  groupTitle,
}: {
  id: string;
  caption: string;
  bars: readonly Bar[];
  measure: Measure;
  groupTitle: string;
}) {
  const values = bars.map((bar) => valueOf(bar.row, measure));
  const max = Math.max(0, ...values.map((value) => value ?? 0));
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div class="bars" aria-hidden="true">
        {bars.map((bar, index) => {
          const value = values[index] ?? null;
          const width = max > 0 && value !== null ? (value / max) * 100 : 0;
          return (
            <div class="bar-row" key={bar.row.key}>
              <span class="bar-label" title={bar.label}>
                {bar.label}
              </span>
              <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none">
                <rect class="bar-track" x="0" y="0" width="100" height="10" />
                {value === null ? null : (
                  <rect class="bar-fill" x="0" y="0" width={Math.max(width, 0.5)} height="10" />
                )}
              </svg>
              <span class="bar-value">{formatMeasure(value, measure)}</span>
            </div>
          );
        })}
      </div>
      <details>
        <summary>The chart’s numbers as a table</summary>
        <div class="table-scroll">
          <table class="table compact">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{groupTitle}</th>
                <th scope="col">{measure.title}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar, index) => (
                <tr key={bar.row.key}>
                  <th scope="row">{bar.label}</th>
                  <td>{formatMeasure(values[index] ?? null, measure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
