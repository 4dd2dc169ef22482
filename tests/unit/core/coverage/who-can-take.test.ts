// The question behind every coverage hour, per instant: who can take a ticket of this language
// or region, and why each other team cannot (what a console's week heat map shows).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { coveredIntervals, whoCanTakeAt } from '../../../../functions/core/coverage/who-can-take';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { EXAMPLE_YAML } from '../config/config-fixtures';

const parsed = parseConfig(EXAMPLE_YAML, { holidays: dateHolidaysCalendar });
if (!parsed.ok) throw new Error('the example configuration does not validate');
const demo = compileConfig(parsed.config, dateHolidaysCalendar);
const at = Date.parse;
const team = (teams: ReturnType<typeof whoCanTakeAt>, id: string) =>
  teams.find((entry) => entry.id === id)!;

describe('whoCanTakeAt', () => {
  it('names the agents who can take a German ticket on a Tuesday morning in Berlin', () => {
    const teams = whoCanTakeAt(demo, { language: 'de' }, at('2026-12-22T10:00:00Z'));
    const berlin = team(teams, 'emea-berlin');
    expect(berlin.unable).toBeNull();
    expect(berlin.agents.filter((agent) => agent.canTake).map((agent) => agent.id)).toEqual([
      'jonas.becker',
      'claire.martin',
      'anouk.devries',
    ]);
    expect(team(teams, 'emea-dublin').unable).toEqual({ kind: 'language' });
  });

  it('says Berlin cannot take Italian while Luca, its one speaker, is away', () => {
    const berlin = team(
      whoCanTakeAt(demo, { language: 'it' }, at('2026-12-22T10:00:00Z')),
      'emea-berlin',
    );
    expect(berlin.standing.onShift).toBe(true);
    expect(berlin.unable).toEqual({ kind: 'no-agent' });
    expect(berlin.agents.filter((agent) => agent.speaks)).toEqual([
      {
        id: 'luca.rossi',
        speaks: true,
        canTake: false,
        standing: {
          onShift: false,
          cause: { kind: 'away', until: at('2027-01-03T23:00:00Z'), reason: 'Christmas in Milan' },
          nextStart: at('2027-01-04T07:00:00Z'),
        },
      },
    ]);
  });

  it('says which holiday or override keeps a team off shift', () => {
    const christmas = whoCanTakeAt(demo, { region: 'EU' }, at('2026-12-25T10:00:00Z'));
    expect(team(christmas, 'emea-berlin')).toMatchObject({
      unable: { kind: 'off-shift' },
      standing: { onShift: false, cause: { kind: 'holiday', name: 'Christmas Day' } },
    });
    expect(team(christmas, 'tokyo').unable).toEqual({ kind: 'region' });
    const newYear = whoCanTakeAt(demo, { language: 'ja' }, at('2026-12-30T02:00:00Z'));
    expect(team(newYear, 'tokyo')).toMatchObject({
      unable: { kind: 'off-shift' },
      standing: { onShift: false, cause: { kind: 'override', until: at('2027-01-03T15:00:00Z') } },
    });
  });

  it('reads language codes as routing does (nb is no)', () => {
    const teams = whoCanTakeAt(demo, { language: 'nb' }, at('2026-12-22T10:00:00Z'));
    expect(teams.every((entry) => entry.unable?.kind === 'language')).toBe(true);
  });
});

describe('coveredIntervals', () => {
  it('gives each serving team’s stretches and their union', () => {
    const { all, byTeam } = coveredIntervals(
      demo,
      { language: 'fr' },
      at('2026-12-22T00:00:00Z'),
      at('2026-12-23T00:00:00Z'),
    );
    expect([...byTeam.keys()]).toEqual(['na-east', 'emea-berlin', 'emea-dublin']);
    expect(byTeam.get('emea-berlin')).toEqual([
      { start: at('2026-12-22T07:00:00Z'), end: at('2026-12-22T17:00:00Z') },
    ]);
    // New York's late evening (until 01:00Z), Berlin 07–17Z, Dublin 09–18Z, New York from 13Z
    expect(all).toEqual([
      { start: at('2026-12-22T00:00:00Z'), end: at('2026-12-22T01:00:00Z') },
      { start: at('2026-12-22T07:00:00Z'), end: at('2026-12-23T00:00:00Z') },
    ]);
  });
});
