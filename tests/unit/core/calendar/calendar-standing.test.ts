// Why a team or agent is off shift, as a lead names it: the holiday, the override, the time away.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { EXAMPLE_YAML } from '../config/config-fixtures';

const parsed = parseConfig(EXAMPLE_YAML, { holidays: dateHolidaysCalendar });
if (!parsed.ok) throw new Error('the example configuration does not validate');
const demo = compileConfig(parsed.config, dateHolidaysCalendar);
const team = (id: string) => demo.teamsById.get(id)!.calendar;
const agent = (id: string) => demo.agentsById.get(id)!.calendar;
const at = Date.parse;

describe('Calendar.standingAt', () => {
  it('is on shift until the shift ends', () => {
    expect(team('emea-berlin').standingAt(at('2026-12-22T09:00:00Z'))).toEqual({
      onShift: true,
      until: at('2026-12-22T17:00:00Z'),
    });
  });

  it('names an imported public holiday and when the team is back', () => {
    expect(team('emea-berlin').standingAt(at('2026-12-25T10:00:00Z'))).toEqual({
      onShift: false,
      cause: { kind: 'holiday', name: 'Christmas Day', until: at('2026-12-25T23:00:00Z') },
      nextStart: at('2026-12-28T07:00:00Z'),
    });
  });

  it('names a dated holiday of the team’s own', () => {
    expect(team('emea-berlin').standingAt(at('2026-12-24T14:00:00Z'))).toMatchObject({
      onShift: false,
      cause: {
        kind: 'holiday',
        name: 'Christmas Eve afternoon',
        until: at('2026-12-24T23:00:00Z'),
      },
    });
  });

  it('says an override closes the team, and until when', () => {
    expect(team('tokyo').standingAt(at('2026-12-30T02:00:00Z'))).toEqual({
      onShift: false,
      cause: { kind: 'override', until: at('2027-01-03T15:00:00Z') },
      nextStart: at('2027-01-04T00:00:00Z'),
    });
  });

  it('gives an agent’s time away its reason and end', () => {
    expect(agent('luca.rossi').standingAt(at('2026-12-22T09:00:00Z'))).toEqual({
      onShift: false,
      cause: { kind: 'away', reason: 'Christmas in Milan', until: at('2027-01-03T23:00:00Z') },
      nextStart: at('2027-01-04T07:00:00Z'),
    });
  });

  it('calls a weekend a day without a shift, holiday or not', () => {
    // 26 December is a public holiday in Berlin, but a Saturday: the team does not work anyway.
    expect(team('emea-berlin').standingAt(at('2026-12-26T10:00:00Z'))).toMatchObject({
      onShift: false,
      cause: { kind: 'no-shift' },
    });
  });

  it('agrees with isOnShift everywhere, and a cause always spans the instant', () => {
    const calendars = [
      ...demo.teams.map((t) => t.calendar),
      ...[...demo.agentsById.values()].map((a) => a.calendar),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: calendars.length - 1 }),
        fc.integer({ min: at('2026-12-01T00:00:00Z'), max: at('2027-02-01T00:00:00Z') }),
        (index, instant) => {
          const calendar = calendars[index]!;
          const standing = calendar.standingAt(instant);
          expect(standing.onShift).toBe(calendar.isOnShift(instant));
          if (!standing.onShift && standing.cause.kind !== 'no-shift')
            expect(standing.cause.until).toBeGreaterThan(instant);
        },
      ),
      { numRuns: 300 },
    );
  });
});
