import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  cellDetails,
  cellLevel,
  gapExtent,
  nowPosition,
  rowRuns,
} from '../../../functions/console/src/week/heat-map-model';
import { parseConfig } from '../../../functions/core/config/parse-config';
import { hourlyCoverage } from '../../../functions/core/coverage/hourly-coverage';
import { hourlyCoverageJson } from '../../../functions/core/coverage/hourly-coverage-json';
import { dateHolidaysCalendar } from '../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../functions/core/routing/compiled-config';
import { EXAMPLE_YAML } from '../core/config/config-fixtures';

const parsed = parseConfig(EXAMPLE_YAML, { holidays: dateHolidaysCalendar });
if (!parsed.ok) throw new Error('the example does not validate');
const zone = IANAZone.create('Europe/Berlin');
const from = DateTime.fromISO('2026-12-21', { zone });
const week = hourlyCoverageJson(
  hourlyCoverage(
    compileConfig(parsed.config, dateHolidaysCalendar),
    zone,
    from.toMillis(),
    from.plus({ days: 7 }).toMillis(),
  ),
);
const row = (key: string) => week.rows.find((candidate) => candidate.key === key)!;
const slot = (date: string, time: string) =>
  week.slots.findIndex((candidate) => candidate.date === date && candidate.time === time);
const firstSlots = new Set(week.days.map((day) => day.firstSlot));

describe('the heat map’s model', () => {
  it('shades a gap, part of an hour, and one or more teams', () => {
    expect(cellLevel(week, row('de'), slot('2026-12-22', '03:00'), 'teams')).toBe('gap');
    expect(cellLevel(week, row('de'), slot('2026-12-22', '10:00'), 'teams')).toBe('l1');
    expect(cellLevel(week, row('hi'), slot('2026-12-22', '04:00'), 'teams')).toBe('partial');
    expect(cellLevel(week, row('en'), slot('2026-12-22', '15:00'), 'teams')).toBe('l3');
  });

  it('merges equal neighbouring hours into runs that cover the week and stop at midnight', () => {
    for (const candidate of week.rows) {
      const runs = rowRuns(week, candidate, 'teams', firstSlots);
      expect(runs.reduce((sum, run) => sum + run.length, 0)).toBe(week.slots.length);
      for (const run of runs) {
        for (let s = run.first + 1; s < run.first + run.length; s++) {
          expect(firstSlots.has(s)).toBe(false);
          expect(cellLevel(week, candidate, s, 'teams')).toBe(run.level);
        }
      }
    }
    // Japanese has long stretches alike: far fewer runs than hours.
    expect(rowRuns(week, row('ja'), 'teams', firstSlots).length).toBeLessThan(40);
  });

  it('shades Italian a gap in either unit while its only speaker is away', () => {
    const tuesdayTen = slot('2026-12-22', '10:00');
    expect(cellLevel(week, row('it'), tuesdayTen, 'teams')).toBe('gap');
    expect(cellLevel(week, row('it'), tuesdayTen, 'agents')).toBe('gap');
  });

  it('says who is behind a cell: who can take it, who is off and why, away with its end', () => {
    const italian = cellDetails(week, row('it'), slot('2026-12-22', '10:00'));
    expect(italian).toEqual({
      minutes: 0,
      teams: [
        {
          name: 'EMEA Berlin',
          minutes: 0,
          onMinutes: 60,
          byOverride: false,
          agents: [
            {
              name: 'Luca Rossi',
              minutes: 0,
              off: 'away until Mon 4 Jan 00:00 (Christmas in Milan)',
            },
          ],
        },
      ],
    });
    const eve = cellDetails(week, row('de'), slot('2026-12-24', '14:00'));
    expect(eve.teams[0]).toMatchObject({
      name: 'EMEA Berlin',
      minutes: 0,
      off: 'holiday: Christmas Eve afternoon, back Mon 28 Dec 08:00',
    });
    const german = cellDetails(week, row('de'), slot('2026-12-22', '10:00'));
    expect(
      german.teams[0]!.agents.map(
        (agent) => `${agent.name} ${agent.minutes}${agent.off ? ` ${agent.off}` : ''}`,
      ),
    ).toEqual([
      'Jonas Becker 60',
      'Claire Martin 60',
      'Luca Rossi 0 away until Mon 4 Jan 00:00 (Christmas in Milan)',
      'Anouk de Vries 60',
    ]);
  });

  it('says how a gap crossing the week’s edge really runs, as the CLI does', () => {
    const italian = row('it').gaps[0]!;
    expect(gapExtent(week, italian)).toBe(
      'open since Fri 18 Dec 18:00, open until Mon 4 Jan 08:00',
    );
    const japanese = row('ja').gaps.at(-1)!;
    expect(week.slots.find((candidate) => candidate.start === japanese.start)!.date).toBe(
      '2026-12-25',
    );
    expect(gapExtent(week, japanese)).toBe('open until Mon 28 Dec 01:00');
  });

  it('places "now" inside its hour, and nowhere outside the week', () => {
    const at = Date.parse('2026-12-22T09:30:00Z');
    expect(nowPosition(week, at)).toBeCloseTo(slot('2026-12-22', '10:00') + 0.5);
    expect(nowPosition(week, Date.parse('2027-01-05T00:00:00Z'))).toBeUndefined();
  });
});
