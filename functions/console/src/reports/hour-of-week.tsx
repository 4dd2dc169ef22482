import type { ReportRow } from '../../../core/reports/build-report';
import { formatMeasure, hourOfWeekGrid, valueOf, WEEKDAYS, type Measure } from './report-measures';

const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Five shades, the darkest for the largest value; the text on each keeps 4.5:1. */
function shade(value: number | null, max: number): string {
  if (value === null) return 'how-none';
  if (max <= 0) return 'how-l1';
  return `how-l${Math.min(4, 1 + Math.floor((value / max) * 4))}`;
}

/**
 * A measure over the hours of the week: a table with a row per weekday and a column per hour
 * (in the lead's zone), each cell shaded by its value and writing it, so it reads as a chart and
 * is the table a screen reader walks.
 */
export function HourOfWeek({
  id,
  caption,
  rows,
  measure,
}: {
  id: string;
  caption: string;
  rows: readonly ReportRow[];
  measure: Measure;
}) {
  const grid = hourOfWeekGrid(rows);
  const max = Math.max(0, ...rows.map((row) => valueOf(row, measure) ?? 0));
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <div class="table-scroll">
        <table class="table how">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <td />
              {HOURS.map((hour) => (
                <th scope="col" key={hour}>
                  {hour}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((hours, day) => (
              <tr key={WEEKDAYS[day]}>
                <th scope="row">
                  <abbr title={DAY_NAMES[day]}>{WEEKDAYS[day]}</abbr>
                </th>
                {hours.map((row, hour) => {
                  const value = row ? valueOf(row, measure) : null;
                  return (
                    <td key={hour} class={shade(value, max)}>
                      {row ? formatMeasure(value, measure) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
