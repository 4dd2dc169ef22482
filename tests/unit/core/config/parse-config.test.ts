import { describe, expect, it } from 'vitest';
import {
  detectConfigFormat,
  MAX_ALIAS_COUNT,
  parseConfig,
} from '../../../../functions/core/config/parse-config';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { ROUTING_DEFAULTS } from '../../../../functions/core/config/config-schema';
import { EXAMPLE_YAML, agent, documentWith, team } from './config-fixtures';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

describe('parseConfig — YAML and JSON text', () => {
  it('reports a YAML syntax error with its line and column, at $', () => {
    const result = parseConfig('teams:\n  - id: berlin\n   region: EU\n', {
      holidays: dateHolidaysCalendar,
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'line 3, column 1: Sequence item without - indicator' }],
    });
  });

  it('reads anchors shared between teams, and refuses an alias bomb instead of expanding it', () => {
    const shared = `teams:
  - id: berlin
    region: EU
    timeZone: Europe/Berlin
    languages: [de]
    shifts: &weekdays [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "17:00" }]
  - id: dublin
    region: EU
    timeZone: Europe/Dublin
    languages: [en]
    shifts: *weekdays
`;
    const parsed = parseConfig(shared, { holidays: dateHolidaysCalendar });
    expect(parsed.ok && parsed.config.teams[1]!.shifts).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' },
    ]);
    const laughs = Array.from({ length: 7 }, (_, level) =>
      level === 0
        ? 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'
        : `l${level}: &l${level} [${Array(9)
            .fill(`*l${level - 1}`)
            .join(', ')}]`,
    ).join('\n');
    expect(parseConfig(`${laughs}\nteams: []\n`, { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          message: `line 2, column 10: aliases expand to more than ${MAX_ALIAS_COUNT} copies; write the values out instead`,
        },
      ],
    });
  });

  it('refuses tabs as indentation, naming the line and the fix', () => {
    expect(parseConfig('teams:\n\t- id: berlin\n', { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          message: 'line 2, column 1: a tab indents this line; YAML indents with spaces only',
        },
      ],
    });
  });

  it('answers one tab in the example with one line, not the parser’s cascade', () => {
    const lines = EXAMPLE_YAML.split('\n');
    const at = lines.findIndex((line) => line === '  - id: emea-berlin');
    lines[at] = `\t${lines[at]!.slice(2)}`;
    const result = parseConfig(lines.join('\n'), { holidays: dateHolidaysCalendar });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: '$',
        message: expect.stringMatching(
          new RegExp(
            `^line ${at + 1}, column 1: a tab indents this line; YAML indents with spaces only \\(the parser found \\d+ more problems after it\\)$`,
          ),
        ),
      },
    ]);
  });

  it('refuses an alias bomb in bounded time, at the first alias', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, previous] of [...'bcdefghi'].map((c, i) => [c, 'abcdefgh'[i]])) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const started = Date.now();
    const result = parseConfig(`${levels.join('\n')}\nteams: []\n`, {
      holidays: dateHolidaysCalendar,
    });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: '$',
        message:
          'line 2, column 8: aliases expand to more than 100 copies; write the values out instead',
      },
    ]);
    // 9^9 strings if expanded; refused long before (a generous bound for a busy machine).
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses bytes that are not text in one short line', () => {
    const elf = '\u007fELF\u0002\u0001\u0001\u0000'.padEnd(5000, '\u0000');
    expect(parseConfig(elf, { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          message:
            'line 1, column 1: the control character U+007F: a configuration is YAML or JSON text, saved as UTF-8',
        },
      ],
    });
    const latin1 = 'teams:\n  - id: z\ufffdrich\n';
    expect(parseConfig(latin1, { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          message:
            'line 2, column 10: a byte that is not UTF-8: a configuration is YAML or JSON text, saved as UTF-8',
        },
      ],
    });
  });

  it('quotes a long value only in part', () => {
    const long = 'x'.repeat(5000);
    const result = parseConfig(`teams:\n  - id: ${long}\n`, { holidays: dateHolidaysCalendar });
    const error = result.ok ? undefined : result.errors.find((e) => e.path === 'teams[0].id');
    expect(error?.message).toMatch(/^"x{80}…" \(5000 characters\) is not an id/);
    expect(error!.message.length).toBeLessThan(250);
  });

  it('refuses a configuration without teams, saying why', () => {
    expect(parseConfig('teams: []', { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [
        {
          path: 'teams',
          message: 'lists no team: add at least one, or tickets have nowhere to go',
        },
      ],
    });
  });

  it('refuses a key written twice instead of keeping the last', () => {
    expect(parseConfig('teams: []\nteams: []\n', { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'line 2, column 1: Map keys must be unique' }],
    });
  });

  it('reads JSON', () => {
    const json = JSON.stringify(documentWith());
    const result = parseConfig(json, { holidays: dateHolidaysCalendar });
    expect(result.ok && result.config.teams[0]?.id).toBe('berlin');
  });

  it('reports broken JSON with line and column', () => {
    const result = parseConfig('{\n  "teams": [\n}', { holidays: dateHolidaysCalendar });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) {
        expect(error.path).toBe('$');
        expect(error.message).toMatch(/^line 3, column 1: /);
      }
    }
  });

  it('holds a document that starts like JSON to JSON, naming line and column', () => {
    // YAML would read this trailing comma; a JSON reader of the stored document would not.
    expect(parseConfig('{\n  "teams": [],\n}', { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [
        {
          path: '$',
          message: 'line 3, column 1: not valid JSON: Expected double-quoted property name',
        },
      ],
    });
  });

  it('refuses a JSON key written twice, which JSON.parse would let through', () => {
    expect(parseConfig('{"teams": [], "teams": []}', { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'line 1, column 15: Map keys must be unique' }],
    });
  });

  it('takes the format when it is given instead of guessing it', () => {
    const flowYaml = '{teams: []}';
    expect(detectConfigFormat(flowYaml)).toBe('json');
    expect(parseConfig(flowYaml, { holidays: dateHolidaysCalendar, format: 'yaml' })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: 'teams' })],
    });
    expect(parseConfig(flowYaml, { holidays: dateHolidaysCalendar }).ok).toBe(false);
    expect(parseConfig('teams: []', { holidays: dateHolidaysCalendar, format: 'json' })).toEqual({
      ok: false,
      errors: [{ path: '$', message: "not valid JSON: Unexpected token 'e'" }],
    });
  });

  it('detects JSON after a byte-order mark and leading blank lines', () => {
    expect(detectConfigFormat('\uFEFF\n  {"teams": []}')).toBe('json');
    expect(detectConfigFormat('# comment\n{"teams": []}')).toBe('yaml');
    const json = JSON.stringify(documentWith());
    expect(parseConfig(`\uFEFF${json}`, { holidays: dateHolidaysCalendar }).ok).toBe(true);
  });

  it('reports an empty file as a missing document', () => {
    expect(parseConfig('', { holidays: dateHolidaysCalendar })).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'must be an object, not null' }],
    });
  });

  it('accepts the example configuration', () => {
    const result = parseConfig(EXAMPLE_YAML, { holidays: dateHolidaysCalendar });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) {
      expect(result.config.teams).toHaveLength(8);
      expect(result.config.agents.length).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('validateConfig — the document as a whole', () => {
  it('reports every problem at once: five problems, five errors', () => {
    const result = validateConfig(
      {
        defaultRegion: 'LATAM',
        teams: [
          team({ timeZone: 'Europe/Berlinn', shfits: [] }),
          team({ id: 'munich', shifts: [{ days: ['mon'], start: '08:00', end: '25:00' }] }),
        ],
        agents: [agent({ team: 'dublin' })],
      },
      dateHolidaysCalendar,
    );
    expect(result.ok ? [] : result.errors).toEqual(
      expect.arrayContaining([
        { path: 'defaultRegion', message: '"LATAM" is not one of NA, EU, APAC' },
        { path: 'teams[0].timeZone', message: '"Europe/Berlinn" is not an IANA time zone' },
        { path: 'teams[0].shfits', message: 'is not a known field' },
        {
          path: 'teams[1].shifts[0].end',
          message: '"25:00" is not a time (HH:MM, 00:00–24:00)',
        },
        {
          path: 'agents[0].team',
          message: '"dublin" is not the id of a team (teams: berlin, munich)',
        },
      ]),
    );
    expect(result.ok ? 0 : result.errors.length).toBe(5);
  });

  it('fills the documented defaults', () => {
    const result = validateConfig({ teams: [team()] }, dateHolidaysCalendar);
    expect(result).toEqual({
      ok: true,
      config: {
        defaultLanguage: 'en',
        defaultRegion: 'NA',
        routing: {
          maxLanguageWait: 'PT0H',
          handoffLead: 'PT15M',
          ackWithin: { urgent: 'PT15M', high: 'PT1H', normal: 'PT4H', low: 'PT24H' },
        },
        teams: [team()],
        agents: [],
      },
    });
  });

  it('fills the routing defaults field by field', () => {
    const result = validateConfig(
      documentWith({ routing: { maxLanguageWait: 'PT2H', ackWithin: { urgent: 'PT10M' } } }),
      dateHolidaysCalendar,
    );
    expect(result.ok && result.config.routing).toEqual({
      maxLanguageWait: 'PT2H',
      handoffLead: ROUTING_DEFAULTS.handoffLead,
      ackWithin: { ...ROUTING_DEFAULTS.ackWithin, urgent: 'PT10M' },
    });
  });

  it('does not share the default objects between documents', () => {
    const first = validateConfig(documentWith(), dateHolidaysCalendar);
    const second = validateConfig(documentWith(), dateHolidaysCalendar);
    expect(first.ok && second.ok && first.config.routing !== second.config.routing).toBe(true);
    expect(ROUTING_DEFAULTS.ackWithin.urgent).toBe('PT15M');
  });

  it('keeps values as written', () => {
    const written = documentWith({
      teams: [
        team({
          shifts: [{ days: ['sat'], start: '22:00', end: '06:00' }],
          holidays: [{ date: '2026-12-24', from: '13:00', name: 'Christmas Eve afternoon' }],
          overrides: [
            { start: '2026-12-31T18:00:00+01:00', end: '2027-01-01T10:00', onShift: false },
          ],
        }),
      ],
      regions: { MX: 'NA' },
      routing: { maxLanguageWait: 'P0D', handoffLead: 'PT0.5H' },
    });
    const result = validateConfig(written, dateHolidaysCalendar);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.teams).toEqual(written.teams);
      expect(result.config.regions).toEqual({ MX: 'NA' });
      expect(result.config.routing.maxLanguageWait).toBe('P0D');
      expect(result.config.routing.handoffLead).toBe('PT0.5H');
    }
  });
});
