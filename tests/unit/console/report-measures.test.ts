import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../functions/core/reports/build-report';
import { DateTime } from 'luxon';
import {
  formatMeasure,
  groupLabel,
  hourOfWeekGrid,
  measuresOf,
  MEASURES,
  valueOf,
  type Report,
} from '../../../functions/console/src/reports/report-measures';
import { periodQuery } from '../../../functions/console/src/reports/report-period';

const measure = (field: string) => MEASURES.find((each) => each.field === field)!;

function report(
  by: 'team' | 'hour',
  cells: { hour: string; value: string; counters: Record<string, number> }[],
): Report {
  return buildReport(
    {
      from: DateTime.fromISO('2026-12-21T00:00:00Z', { zone: 'UTC' }),
      to: DateTime.fromISO('2026-12-28T00:00:00Z', { zone: 'UTC' }),
      by,
      zone: 'Europe/Berlin',
    },
    cells,
  );
}

describe('the Reports page’s measures', () => {
  it('writes each measure as a lead reads it, and “–” where there is nothing to measure', () => {
    expect(formatMeasure(0.846, measure('csat'))).toBe('85%');
    expect(formatMeasure(5400, measure('ackP50Seconds'))).toBe('1.5h');
    expect(formatMeasure(0.125, measure('handoversPerTicket'))).toBe('0.13');
    expect(formatMeasure(17, measure('received'))).toBe('17');
    expect(formatMeasure(null, measure('fcr'))).toBe('–');
  });

  it('gives a measure the API added later a column of its own, read off its name', () => {
    const base = report('team', [
      { hour: '2026-12-22T09', value: 'emea', counters: { received: 2 } },
    ]);
    const newer = {
      ...base,
      total: { ...base.total, reopenP50Seconds: 600, coveredShare: 0.5, label: 'x' },
    } as Report;
    const added = measuresOf(newer).slice(MEASURES.length);
    expect(added).toEqual([
      {
        field: 'reopenP50Seconds',
        title: 'Reopen p50',
        kind: 'duration',
      },
      { field: 'coveredShare', title: 'Covered', kind: 'share' },
    ]);
    expect(formatMeasure(valueOf(newer.total, added[0]!), added[0]!)).toBe('10m');
    // A row without the field (an older cell) shows nothing, not an error.
    expect(valueOf(newer.rows[0]!, added[0]!)).toBeNull();
    expect(measuresOf(base)).toEqual(MEASURES);
  });

  it('lays the hours of the week out Monday first, hours in the zone the API was asked for', () => {
    const hours = report('hour', [
      // 08:00 UTC is 09:00 in Berlin; Sunday 23:00 UTC is Monday 00:00 there.
      { hour: '2026-12-22T08', value: '*', counters: { received: 3 } },
      { hour: '2026-12-27T23', value: '*', counters: { received: 1 } },
    ]);
    const grid = hourOfWeekGrid(hours.rows);
    expect(grid).toHaveLength(7);
    expect(grid[1]![9]?.received).toBe(3);
    expect(grid[0]![0]?.received).toBe(1);
    expect(grid.flat().filter(Boolean)).toHaveLength(2);
  });

  it('names groups: teams and agents by name, languages and regions in words, none as such', () => {
    const names = new Map([['emea-berlin', 'EMEA Berlin']]);
    expect(groupLabel('team', 'emea-berlin', names)).toBe('EMEA Berlin');
    expect(groupLabel('team', 'gone-team', names)).toBe('gone-team');
    expect(groupLabel('language', 'de', names)).toBe('de · German');
    expect(groupLabel('region', 'APAC', names)).toBe('APAC · Asia-Pacific');
    expect(groupLabel('agent', '-', names)).toBe('no agent (team inbox)');
  });

  it('asks for the last days up to now, or whole dates in the lead’s zone', () => {
    const now = Date.parse('2026-12-02T07:30:00Z');
    expect(periodQuery({ kind: 'last', days: 7 }, 'Europe/Berlin', now)).toEqual({
      from: '2026-11-25T07:30:00Z',
    });
    expect(
      periodQuery({ kind: 'dates', from: '2026-11-01', to: '2026-11-30' }, 'Europe/Berlin', now),
    ).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(
      periodQuery({ kind: 'dates', from: '2026-11-30', to: '2026-11-01' }, 'UTC', now),
    ).toBeNull();
    expect(periodQuery({ kind: 'dates', from: '2026-11-01', to: '' }, 'UTC', now)).toBeNull();
  });
});
