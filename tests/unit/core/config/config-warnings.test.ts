import { describe, expect, it } from 'vitest';
import { configWarnings } from '../../../../functions/core/config/config-warnings';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { validateConfig } from '../../../../functions/core/config/validate-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { agent, documentWith, EXAMPLE_YAML, shift, team } from './config-fixtures';

function warningsOf(document: Record<string, unknown>) {
  const result = validateConfig(document, dateHolidaysCalendar);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return configWarnings(result.config);
}

describe('configWarnings — legal, but most likely not meant', () => {
  it('has nothing to say about the example configuration', () => {
    const result = parseConfig(EXAMPLE_YAML, { holidays: dateHolidaysCalendar });
    expect(result.ok && configWarnings(result.config)).toEqual([]);
  });

  it('warns about a shift whose start is its end: 24 hours long', () => {
    expect(
      warningsOf(documentWith({ teams: [team({ shifts: [shift({ end: '08:00' })] })] })),
    ).toEqual([
      {
        path: 'teams[0].shifts[0]',
        message:
          'start and end are both "08:00", which makes a 24-hour shift (to 08:00 the next day); if a shorter one is meant, correct end',
      },
    ]);
    expect(
      warningsOf(
        documentWith({ agents: [agent({ shifts: [shift({ start: '00:00', end: '00:00' })] })] }),
      ),
    ).toEqual([
      {
        path: 'agents[0].shifts[0]',
        message:
          'start and end are both "00:00", which makes a whole-day shift; write end: "24:00" to say so',
      },
    ]);
    expect(
      warningsOf(
        documentWith({ teams: [team({ shifts: [shift({ start: '00:00', end: '24:00' })] })] }),
      ),
    ).toEqual([]);
  });

  it('warns about a team or agent language detection cannot name, saying what routing does', () => {
    const warnings = warningsOf(
      documentWith({
        teams: [team({ languages: ['de', 'tl', 'nb'] })],
        agents: [agent({ languages: ['sw'] })],
      }),
    );
    expect(warnings).toEqual([
      {
        path: 'teams[0].languages[1]',
        message:
          '"tl" (Tagalog) is not a language sunroute detects in text: tickets are Tagalog only when customer.locale says so, and Tagalog text without one is read as the nearest language detected (sunroute detect --languages lists them)',
      },
      {
        path: 'agents[0].languages[0]',
        message: expect.stringMatching(/^"sw" \(Swahili\) is not a language sunroute detects/),
      },
    ]);
  });
});

describe('language codes with a two-letter form', () => {
  it('are refused with the code to write', () => {
    const result = validateConfig(
      documentWith({ teams: [team({ languages: ['fil', 'deu', 'zh-TW', 'japanese'] })] }),
      dateHolidaysCalendar,
    );
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'teams[0].languages[0]: "fil" is not an ISO 639-1 language code: write "tl"',
      'teams[0].languages[1]: "deu" is not an ISO 639-1 language code: write "de"',
      'teams[0].languages[2]: "zh-TW" is not an ISO 639-1 language code: write "zh"',
      'teams[0].languages[3]: "japanese" is not an ISO 639-1 language code',
    ]);
  });
});
