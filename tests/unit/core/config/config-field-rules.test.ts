import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { agent, documentWith, shift, team } from './config-fixtures';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

const ID_RULE =
  'is not an id (letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit)';
const LOCAL_DATE_TIME =
  'is not a local date-time (YYYY-MM-DDTHH:MM, optionally with an offset or Z)';
const DURATION = 'is not an ISO-8601 duration (e.g. PT15M, PT4H, P1D)';

function errorsOf(document: unknown) {
  const result = validateConfig(document, dateHolidaysCalendar);
  return result.ok ? [] : result.errors;
}

const withShift = (fields: Record<string, unknown>) =>
  documentWith({ teams: [team({ shifts: [shift(fields)] })] });
const withHoliday = (holiday: Record<string, unknown>) =>
  documentWith({ teams: [team({ holidays: [holiday] })] });
const withOverride = (fields: Record<string, unknown>) =>
  documentWith({
    teams: [
      team({
        overrides: [
          { start: '2026-12-31T18:00', end: '2027-01-01T10:00', onShift: false, ...fields },
        ],
      }),
    ],
  });
const withAgent = (fields: Record<string, unknown>) => documentWith({ agents: [agent(fields)] });

// Each row breaks exactly one field of an otherwise valid document, so the whole error list is
// that one error: a rule that also fired elsewhere, or not at all, fails the row.
const FIELD_RULES: [string, unknown, string, string][] = [
  // times
  [
    'end 25:00',
    withShift({ end: '25:00' }),
    'teams[0].shifts[0].end',
    '"25:00" is not a time (HH:MM, 00:00–24:00)',
  ],
  [
    'start 24:00 (end only)',
    withShift({ start: '24:00' }),
    'teams[0].shifts[0].start',
    '"24:00" is not a time (HH:MM, 00:00–23:59)',
  ],
  [
    'start without leading zero',
    withShift({ start: '8:00' }),
    'teams[0].shifts[0].start',
    '"8:00" is not a time (HH:MM, 00:00–23:59)',
  ],
  [
    'start 12:60',
    withShift({ start: '12:60' }),
    'teams[0].shifts[0].start',
    '"12:60" is not a time (HH:MM, 00:00–23:59)',
  ],
  [
    'end as a number',
    withShift({ end: 1700 }),
    'teams[0].shifts[0].end',
    'must be text, not number 1700',
  ],
  [
    'holiday from 12:60',
    withHoliday({ date: '2026-12-24', from: '12:60' }),
    'teams[0].holidays[0].from',
    '"12:60" is not a time (HH:MM, 00:00–23:59)',
  ],
  [
    'holiday to 24:30',
    withHoliday({ date: '2026-12-24', to: '24:30' }),
    'teams[0].holidays[0].to',
    '"24:30" is not a time (HH:MM, 00:00–24:00)',
  ],
  // weekdays and empty days
  [
    'weekday spelt out',
    withShift({ days: ['monday'] }),
    'teams[0].shifts[0].days[0]',
    '"monday" is not one of mon, tue, wed, thu, fri, sat, sun',
  ],
  [
    'weekday capitalised',
    withShift({ days: ['mon', 'Tue'] }),
    'teams[0].shifts[0].days[1]',
    '"Tue" is not one of mon, tue, wed, thu, fri, sat, sun',
  ],
  ['no days', withShift({ days: [] }), 'teams[0].shifts[0].days', 'must name at least one day'],
  [
    'a day listed twice',
    withShift({ days: ['mon', 'tue', 'mon'] }),
    'teams[0].shifts[0].days[2]',
    '"mon" is already listed at days[0]',
  ],
  [
    'days not a list',
    withShift({ days: 'mon' }),
    'teams[0].shifts[0].days',
    'must be a list, not "mon"',
  ],
  // dates
  [
    'date 30 February',
    withHoliday({ date: '2026-02-30' }),
    'teams[0].holidays[0].date',
    '"2026-02-30" is not a date (YYYY-MM-DD)',
  ],
  [
    'date day first',
    withHoliday({ date: '24.12.2026' }),
    'teams[0].holidays[0].date',
    '"24.12.2026" is not a date (YYYY-MM-DD)',
  ],
  // local date-times
  [
    'date-time with a space',
    withOverride({ start: '2026-12-31 18:00' }),
    'teams[0].overrides[0].start',
    `"2026-12-31 18:00" ${LOCAL_DATE_TIME}`,
  ],
  [
    'date-time date only',
    withOverride({ end: '2027-01-01' }),
    'teams[0].overrides[0].end',
    `"2027-01-01" ${LOCAL_DATE_TIME}`,
  ],
  [
    'date-time hour 25',
    withOverride({ end: '2027-01-01T25:00' }),
    'teams[0].overrides[0].end',
    `"2027-01-01T25:00" ${LOCAL_DATE_TIME}`,
  ],
  [
    'away start invalid',
    withAgent({ away: [{ start: 'next monday', end: '2027-01-09T00:00' }] }),
    'agents[0].away[0].start',
    `"next monday" ${LOCAL_DATE_TIME}`,
  ],
  [
    'onShift as text',
    withOverride({ onShift: 'no' }),
    'teams[0].overrides[0].onShift',
    'must be true or false, not "no"',
  ],
  [
    'onShift missing',
    documentWith({
      teams: [team({ overrides: [{ start: '2026-12-31T18:00', end: '2027-01-01T10:00' }] })],
    }),
    'teams[0].overrides[0].onShift',
    'is required',
  ],
  // durations
  [
    'negative duration',
    documentWith({ routing: { maxLanguageWait: '-PT1H' } }),
    'routing.maxLanguageWait',
    `"-PT1H" ${DURATION}`,
  ],
  [
    'duration in words',
    documentWith({ routing: { handoffLead: '15 minutes' } }),
    'routing.handoffLead',
    `"15 minutes" ${DURATION}`,
  ],
  [
    'unverified-sender policy that does not exist',
    documentWith({ routing: { unverifiedSenders: 'trust' } }),
    'routing.unverifiedSenders',
    '"trust" is not one of isolate, flag',
  ],
  [
    'ack duration without T',
    documentWith({ routing: { ackWithin: { urgent: 'P15M0H' } } }),
    'routing.ackWithin.urgent',
    `"P15M0H" ${DURATION}`,
  ],
  // zones, languages, countries, regions
  [
    'unknown zone',
    documentWith({ teams: [team({ timeZone: 'Europe/Berlinn' })] }),
    'teams[0].timeZone',
    '"Europe/Berlinn" is not an IANA time zone',
  ],
  [
    'offset as zone',
    documentWith({ teams: [team({ timeZone: 'CET+1' })] }),
    'teams[0].timeZone',
    '"CET+1" is not an IANA time zone',
  ],
  [
    'three-letter language',
    documentWith({ teams: [team({ languages: ['de', 'eng'] })] }),
    'teams[0].languages[1]',
    '"eng" is not an ISO 639-1 language code: write "en"',
  ],
  [
    'no languages',
    documentWith({ teams: [team({ languages: [] })] }),
    'teams[0].languages',
    'must list at least one language',
  ],
  [
    'agent language',
    withAgent({ languages: ['de-DE'] }),
    'agents[0].languages[0]',
    '"de-DE" is not an ISO 639-1 language code: write "de"',
  ],
  [
    'agent without languages',
    withAgent({ languages: [] }),
    'agents[0].languages',
    'must list at least one language',
  ],
  [
    'default language',
    documentWith({ defaultLanguage: 'english' }),
    'defaultLanguage',
    '"english" is not an ISO 639-1 language code',
  ],
  [
    'unknown country',
    withHoliday({ country: 'XX' }),
    'teams[0].holidays[0].country',
    '"XX" is not an ISO 3166-1 alpha-2 country code',
  ],
  [
    'country lower case',
    withHoliday({ country: 'de' }),
    'teams[0].holidays[0].country',
    '"de" is not an ISO 3166-1 alpha-2 country code',
  ],
  [
    'team region',
    documentWith({ teams: [team({ region: 'EMEA' })] }),
    'teams[0].region',
    '"EMEA" is not one of NA, EU, APAC',
  ],
  [
    'team region missing',
    documentWith({ teams: [team({ region: undefined })] }),
    'teams[0].region',
    'is required',
  ],
  [
    'default region',
    documentWith({ defaultRegion: 'LATAM' }),
    'defaultRegion',
    '"LATAM" is not one of NA, EU, APAC',
  ],
  [
    'regions value',
    documentWith({ regions: { MX: 'LATAM' } }),
    'regions.MX',
    '"LATAM" is not one of NA, EU, APAC',
  ],
  [
    'regions as a list',
    documentWith({ regions: ['MX'] }),
    'regions',
    'must be an object, not a list',
  ],
  // emails and ids
  [
    'team email',
    documentWith({ teams: [team({ email: 'emea at example.com' })] }),
    'teams[0].email',
    '"emea at example.com" is not an email address',
  ],
  [
    'agent email without domain dot',
    withAgent({ email: 'jonas@localhost' }),
    'agents[0].email',
    '"jonas@localhost" is not an email address',
  ],
  [
    'team id with a space',
    documentWith({ teams: [team({ id: 'emea berlin' })], agents: [] }),
    'teams[0].id',
    `"emea berlin" ${ID_RULE}`,
  ],
  [
    'agent id with a leading dash',
    withAgent({ id: '-jonas' }),
    'agents[0].id',
    `"-jonas" ${ID_RULE}`,
  ],
  [
    'id of 65 characters',
    withAgent({ id: 'a'.repeat(65) }),
    'agents[0].id',
    `"${'a'.repeat(65)}" ${ID_RULE}`,
  ],
  ['agent without team', withAgent({ team: undefined }), 'agents[0].team', 'is required'],
  // maxOpenTickets
  [
    'maxOpenTickets 0',
    withAgent({ maxOpenTickets: 0 }),
    'agents[0].maxOpenTickets',
    'must be at least 1',
  ],
  [
    'maxOpenTickets fraction',
    withAgent({ maxOpenTickets: 2.5 }),
    'agents[0].maxOpenTickets',
    'must be a whole number, not number 2.5',
  ],
  [
    'maxOpenTickets as text',
    withAgent({ maxOpenTickets: '10' }),
    'agents[0].maxOpenTickets',
    'must be a number, not "10"',
  ],
  // names
  [
    'empty team name',
    documentWith({ teams: [team({ name: '' })] }),
    'teams[0].name',
    'must not be empty',
  ],
  [
    'empty subdivision',
    withHoliday({ country: 'DE', subdivision: '' }),
    'teams[0].holidays[0].subdivision',
    'must not be empty',
  ],
  // shapes
  ['teams missing', { agents: [] }, 'teams', 'is required'],
  ['teams not a list', { teams: 'berlin' }, 'teams', 'must be a list, not "berlin"'],
  ['team null', { teams: [null] }, 'teams[0]', 'must be an object, not null'],
  ['routing null', documentWith({ routing: null }), 'routing', 'must be an object, not null'],
  ['document a number', 42, '$', 'must be an object, not number 42'],
];

describe('validateConfig — one error per field rule, at its exact path', () => {
  it.each(FIELD_RULES)('%s', (_name, document, path, message) => {
    expect(errorsOf(document)).toEqual([{ path, message }]);
  });

  it('accepts 24:00 as a shift end and as a holiday end', () => {
    const result = validateConfig(
      documentWith({
        teams: [
          team({
            shifts: [shift({ start: '18:00', end: '24:00' })],
            holidays: [{ date: '2026-12-24', from: '13:00', to: '24:00' }],
          }),
        ],
      }),
      dateHolidaysCalendar,
    );
    expect(result.ok).toBe(true);
  });

  it('accepts date-times with seconds, an offset or Z', () => {
    const result = validateConfig(
      withOverride({ start: '2026-12-31T18:00:00+01:00', end: '2027-01-01T09:00Z' }),
      dateHolidaysCalendar,
    );
    expect(result).toMatchObject({ ok: true });
  });
});

const UNKNOWN_KEYS: [string, unknown, string][] = [
  ['root', documentWith({ routnig: {} }), 'routnig'],
  ['routing', documentWith({ routing: { maxWait: 'PT1H' } }), 'routing.maxWait'],
  [
    'ackWithin',
    documentWith({ routing: { ackWithin: { critical: 'PT5M' } } }),
    'routing.ackWithin.critical',
  ],
  ['team (shfits)', documentWith({ teams: [team({ shfits: [] })] }), 'teams[0].shfits'],
  ['shift', withShift({ until: '17:00' }), 'teams[0].shifts[0].until'],
  ['holiday', withHoliday({ date: '2026-12-25', until: '12:00' }), 'teams[0].holidays[0].until'],
  ['override', withOverride({ reason: 'party' }), 'teams[0].overrides[0].reason'],
  ['agent (shfits)', withAgent({ shfits: [] }), 'agents[0].shfits'],
  ['agent shift', withAgent({ shifts: [shift({ day: 'mon' })] }), 'agents[0].shifts[0].day'],
  [
    'away',
    withAgent({ away: [{ start: '2026-12-21T00:00', end: '2026-12-23T00:00', why: 'x' }] }),
    'agents[0].away[0].why',
  ],
];

describe('validateConfig — unknown keys are refused at every level', () => {
  it.each(UNKNOWN_KEYS)('%s', (_level, document, path) => {
    expect(errorsOf(document)).toEqual([{ path, message: 'is not a known field' }]);
  });
});
