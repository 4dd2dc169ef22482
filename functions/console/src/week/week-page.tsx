import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import type { WeekCoverage } from '../api/admin-types';
import { useApp } from '../ui/app-context';
import { ErrorNote, PageTitle } from '../ui/page';
import { useResource } from '../ui/use-resource';
import { addWeeks, formatDate, mondayOf } from '../ui/zone';
import { HeatMap, rowLabel } from './heat-map';
import { gapExtent, nowPosition, shortInstant, type Unit } from './heat-map-model';

/** The week's gaps per row, as `sunroute coverage` lists them, edges followed past the week. */
function GapList({ week }: { week: WeekCoverage }) {
  const rows = week.rows.filter((row) => row.gaps.length > 0);
  if (rows.length === 0) return <p>No gaps: every hour of every row has someone.</p>;
  const at = (iso: string) => shortInstant(iso, week.zone);
  const length = (minutes: number) =>
    `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return (
    <ul class="gap-list">
      {rows.map((row) => (
        <li key={`${row.kind}-${row.key}`}>
          <strong>{rowLabel(row)}</strong>:{' '}
          {row.gaps
            .map((gap) => {
              const extent = gapExtent(week, gap);
              return `${at(gap.start)} – ${at(gap.end)} (${length(gap.minutes)}${extent ? `; ${extent}` : ''})`;
            })
            .join('; ')}
        </li>
      ))}
    </ul>
  );
}

/**
 * A week (this one, or the seven days from `from` at `#/week/2026-12-21`): the heat map of who
 * could take a ticket, hour by hour.
 */
export function WeekPage({ from }: { from?: string }) {
  const { api, zone } = useApp();
  const [, navigate] = useLocation();
  const monday = from ?? mondayOf(zone);
  const [unit, setUnit] = useState<Unit>('teams');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const [week] = useResource(
    () => api.get<WeekCoverage>('/coverage/week', { from: monday, zone }),
    [monday, zone],
  );
  const data = week.value;
  return (
    <section>
      <PageTitle>Week from {formatDate(monday)}</PageTitle>
      <div class="toolbar" role="group" aria-label="Week">
        <button type="button" onClick={() => navigate(`/week/${addWeeks(monday, -1)}`)}>
          ← Previous week
        </button>
        <button type="button" onClick={() => navigate('/')}>
          This week
        </button>
        <button type="button" onClick={() => navigate(`/week/${addWeeks(monday, 1)}`)}>
          Next week →
        </button>
        <fieldset class="segmented">
          <legend>Count</legend>
          {(['teams', 'agents'] as const).map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name="unit"
                value={choice}
                checked={unit === choice}
                onChange={() => setUnit(choice)}
              />
              {choice}
            </label>
          ))}
        </fieldset>
      </div>
      <p class="hint">
        Hours in <strong>{zone}</strong> (change it at the top). Each cell counts the {unit} who can
        take a ticket of that region or language in that hour: a team counts while one of its agents
        who speaks the language is on shift, as <code>sunroute coverage</code> reports. Hover or use
        the arrow keys for who can take it and why the others cannot.
        {data ? ` Configuration version ${data.version}.` : ''}
      </p>
      <Legend />
      {week.state === 'failed' ? <ErrorNote error={week.error} /> : null}
      {data ? (
        <div aria-busy={week.state === 'loading'}>
          <HeatMap week={data} unit={unit} now={nowPosition(data, now)} />
          <h2>Gaps this week</h2>
          <p class="hint">
            Times in {data.zone}. A gap that crosses the start or the end of the week says when it
            really began or ends.
          </p>
          <GapList week={data} />
        </div>
      ) : week.state === 'loading' ? (
        <p>Loading the week…</p>
      ) : null}
    </section>
  );
}

function Legend() {
  return (
    <ul class="legend" aria-label="Legend">
      <li>
        <span class="hm-cell gap" aria-hidden="true" /> nobody can take it
      </li>
      <li>
        <span class="hm-cell partial" aria-hidden="true" /> part of the hour
      </li>
      <li>
        <span class="hm-cell l1" aria-hidden="true" /> 1
      </li>
      <li>
        <span class="hm-cell l2" aria-hidden="true" /> 2
      </li>
      <li>
        <span class="hm-cell l3" aria-hidden="true" /> 3 or more
      </li>
    </ul>
  );
}
