import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { agent, documentWith, shift, team } from './config-fixtures';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

function errorsOf(document: unknown) {
  const result = validateConfig(document, dateHolidaysCalendar);
  return result.ok ? [] : result.errors;
}

const withHolidays = (holidays: unknown[]) => documentWith({ teams: [team({ holidays })] });

const RULES: [string, unknown, string, string][] = [
  [
    'duplicate team id',
    documentWith({ teams: [team(), team({ region: 'NA' })] }),
    'teams[1].id',
    '"berlin" is already the id of teams[0]',
  ],
  [
    'duplicate agent id',
    documentWith({ agents: [agent(), agent({ name: 'Another Jonas' })] }),
    'agents[1].id',
    '"jonas" is already the id of agents[0]',
  ],
  [
    'agent of an unknown team',
    documentWith({ agents: [agent({ team: 'berln' })] }),
    'agents[0].team',
    '"berln" is not the id of a team (teams: berlin)',
  ],
  [
    'holiday with neither date nor country',
    withHolidays([{ name: 'Company day' }]),
    'teams[0].holidays[0]',
    'needs a date (a holiday of the team) or a country (public holidays to import)',
  ],
  [
    'holiday with both date and country',
    withHolidays([{ date: '2026-12-24', country: 'DE' }]),
    'teams[0].holidays[0]',
    'has both a date and a country: list the dated holiday and the import as two entries',
  ],
  [
    'from on an imported holiday',
    withHolidays([{ country: 'DE', from: '13:00' }]),
    'teams[0].holidays[0].from',
    'applies to a dated holiday only, not to imported public holidays',
  ],
  [
    'to on an imported holiday',
    withHolidays([{ country: 'DE', to: '13:00' }]),
    'teams[0].holidays[0].to',
    'applies to a dated holiday only, not to imported public holidays',
  ],
  [
    'subdivision without a country',
    withHolidays([{ date: '2026-12-24', subdivision: 'BE' }]),
    'teams[0].holidays[0].subdivision',
    'needs a country',
  ],
  [
    'holiday ending before it starts',
    withHolidays([{ date: '2026-12-24', from: '14:00', to: '13:00' }]),
    'teams[0].holidays[0].to',
    'the holiday must end after it starts (from 14:00, to 13:00)',
  ],
  [
    'holiday of no length',
    withHolidays([{ date: '2026-12-24', from: '13:00', to: '13:00' }]),
    'teams[0].holidays[0].to',
    'the holiday must end after it starts (from 13:00, to 13:00)',
  ],
  [
    'unknown subdivision',
    withHolidays([{ country: 'DE', subdivision: 'XX' }]),
    'teams[0].holidays[0].subdivision',
    '"XX" is not a subdivision of DE in the holiday data (sunroute holidays --country DE --subdivisions lists them)',
  ],
  [
    'country without holiday data',
    withHolidays([{ country: 'AQ' }]),
    'teams[0].holidays[0].country',
    '"AQ" has no public-holiday data to import',
  ],
  [
    'repeated dated holiday',
    withHolidays([{ date: '2026-12-25' }, { date: '2026-12-25', name: 'Christmas' }]),
    'teams[0].holidays[1]',
    'repeats teams[0].holidays[0] (the same holiday)',
  ],
  [
    'repeated import',
    withHolidays([
      { country: 'DE', subdivision: 'BE' },
      { country: 'DE' },
      { country: 'DE', subdivision: 'BE' },
    ]),
    'teams[0].holidays[2]',
    'repeats teams[0].holidays[0] (the same holiday)',
  ],
  [
    'repeated team shift, days in another order',
    documentWith({
      teams: [team({ shifts: [shift({ days: ['mon', 'tue'] }), shift({ days: ['tue', 'mon'] })] })],
    }),
    'teams[0].shifts[1]',
    'repeats teams[0].shifts[0] (the same days and times)',
  ],
  [
    'repeated agent shift',
    documentWith({ agents: [agent({ shifts: [shift(), shift()] })] }),
    'agents[0].shifts[1]',
    'repeats agents[0].shifts[0] (the same days and times)',
  ],
  [
    'override of no length',
    documentWith({
      teams: [
        team({
          overrides: [{ start: '2026-12-31T18:00', end: '2026-12-31T18:00', onShift: false }],
        }),
      ],
    }),
    'teams[0].overrides[0].end',
    '"2026-12-31T18:00" is not after start "2026-12-31T18:00"',
  ],
  [
    // 18:00+02:00 is 17:00 in Berlin: the offset makes the end earlier than the local start.
    'override whose offset end precedes the local start',
    documentWith({
      teams: [
        team({
          overrides: [{ start: '2026-12-31T18:00', end: '2026-12-31T18:00+02:00', onShift: true }],
        }),
      ],
    }),
    'teams[0].overrides[0].end',
    '"2026-12-31T18:00+02:00" is not after start "2026-12-31T18:00"',
  ],
  [
    'away ending before it starts',
    documentWith({
      agents: [agent({ away: [{ start: '2027-01-09T00:00', end: '2027-01-04T00:00' }] })],
    }),
    'agents[0].away[0].end',
    '"2027-01-04T00:00" is not after start "2027-01-09T00:00"',
  ],
  [
    'repeated override',
    documentWith({
      teams: [
        team({
          overrides: [
            { start: '2026-12-31T18:00', end: '2027-01-01T10:00', onShift: false },
            { start: '2026-12-24T08:00', end: '2026-12-24T12:00', onShift: true },
            { start: '2026-12-31T18:00', end: '2027-01-01T10:00', onShift: false },
          ],
        }),
      ],
    }),
    'teams[0].overrides[2]',
    'repeats teams[0].overrides[0] (the same period)',
  ],
  [
    // 17:00Z is 18:00 in Berlin in winter: the same period, written two ways.
    'override contradicting an earlier one for the same period',
    documentWith({
      teams: [
        team({
          overrides: [
            { start: '2026-12-31T18:00', end: '2027-01-01T10:00', onShift: false },
            { start: '2026-12-31T17:00Z', end: '2027-01-01T10:00', onShift: true },
          ],
        }),
      ],
    }),
    'teams[0].overrides[1]',
    'contradicts teams[0].overrides[0] (the same period, onShift false there): only the later one would apply',
  ],
  [
    'repeated away period',
    documentWith({
      agents: [
        agent({
          away: [
            { start: '2027-01-04T00:00', end: '2027-01-09T00:00' },
            { start: '2027-01-04T00:00', end: '2027-01-09T00:00', reason: 'ski trip' },
          ],
        }),
      ],
    }),
    'agents[0].away[1]',
    'repeats agents[0].away[0] (the same period)',
  ],
  [
    'region key that is not a country',
    documentWith({ regions: { XX: 'EU' } }),
    'regions.XX',
    '"XX" is not an ISO 3166-1 alpha-2 country code',
  ],
  [
    'region key in lower case',
    documentWith({ regions: { mx: 'NA' } }),
    'regions.mx',
    '"mx" is not an ISO 3166-1 alpha-2 country code',
  ],
];

describe('validateConfig — cross-field checks', () => {
  it.each(RULES)('%s', (_name, document, path, message) => {
    expect(errorsOf(document)).toEqual([{ path, message }]);
  });

  it('reads an override in the team zone: 18:00 Berlin to 18:00+00:00 is an hour long', () => {
    const result = validateConfig(
      documentWith({
        teams: [
          team({
            overrides: [{ start: '2026-12-31T18:00', end: '2026-12-31T18:00Z', onShift: true }],
          }),
        ],
      }),
      dateHolidaysCalendar,
    );
    expect(result.ok).toBe(true);
  });

  it('still runs when the fields it reads are broken', () => {
    const errors = errorsOf({
      teams: [team({ timeZone: 'Nowhere/City' }), team({ languages: 'de' })],
      agents: [agent({ team: 'tokyo', maxOpenTickets: -1 })],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'teams[0].timeZone', message: '"Nowhere/City" is not an IANA time zone' },
        { path: 'teams[1].id', message: '"berlin" is already the id of teams[0]' },
        { path: 'agents[0].team', message: '"tokyo" is not the id of a team (teams: berlin)' },
      ]),
    );
  });
});

describe('repetition checks on values that are not text', () => {
  // fast-check found it: an object whose toString is not a function made String() throw, and
  // the validator must answer every input with path-named errors, never an exception.
  const hostile = { toString: false };

  it('reports a shift day that is an object instead of throwing', () => {
    const odd = { days: [hostile], start: '08:00', end: '17:00' };
    const errors = errorsOf(documentWith({ teams: [team({ shifts: [odd, odd] })] }));
    expect(errors.map((error) => error.path)).toContain('teams[0].shifts[0].days[0]');
    expect(errors.some((error) => error.message.startsWith('repeats'))).toBe(false);
  });

  it('reports holidays and overrides with object values instead of throwing', () => {
    const holiday = { date: hostile, name: 'odd' };
    const override = { start: '2026-12-24T08:00', end: '2026-12-24T12:00', onShift: hostile };
    const errors = errorsOf(
      documentWith({
        teams: [
          team({
            holidays: [holiday, holiday],
            overrides: [{ ...override, onShift: true }, override],
          }),
        ],
      }),
    );
    const paths = errors.map((error) => error.path);
    expect(paths).toContain('teams[0].holidays[0].date');
    expect(paths).toContain('teams[0].overrides[1].onShift');
    expect(errors.find((error) => error.path === 'teams[0].overrides[1]')?.message).toBe(
      'contradicts teams[0].overrides[0] (the same period, onShift true there): only the later one would apply',
    );
  });
});
