import { describe, expect, it } from 'vitest';
import { chooseTeam } from '../../../../functions/core/routing/choose-team';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { at, compileTeams, compileYaml, TEAMS_YAML } from './routing-fixtures';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

// Tue 2026-12-15 10:00Z: Berlin (11:00, until 16:00Z) and Dublin (10:00, until 18:00Z) are on;
// New York (05:00) and Tokyo/Seoul (19:00) are off.
const TUESDAY_MORNING_EU = at('2026-12-15T10:00:00Z');

describe('chooseTeam — the six team steps (docs/routing.md)', () => {
  const compiled = compileTeams();

  it.each([
    // [language, region, at, step, team, status, queuedUntil, needsTranslation]
    ['de', 'EU', TUESDAY_MORNING_EU, 1, 'eu-berlin', 'assigned', null, false],
    // both EU teams speak en: Dublin is on shift two hours longer
    ['en', 'EU', TUESDAY_MORNING_EU, 1, 'eu-dublin', 'assigned', null, false],
    // a German customer in North America: no NA team speaks de, Berlin does (follow the sun)
    ['de', 'NA', TUESDAY_MORNING_EU, 2, 'eu-berlin', 'assigned', null, false],
    ['fr', 'APAC', TUESDAY_MORNING_EU, 2, 'eu-dublin', 'assigned', null, false],
    // 01:00Z: only Tokyo and Seoul are on; nobody speaks pt → the customer's region
    ['pt', 'APAC', at('2026-12-15T01:00:00Z'), 4, 'apac-tokyo', 'assigned', null, true],
    // Japanese at 10:00Z: no ja team on, none in APAC on → any team, longest remaining
    ['ja', 'APAC', TUESDAY_MORNING_EU, 5, 'eu-dublin', 'assigned', null, true],
    // Saturday: nobody on shift; Tokyo and Seoul both start Mon 00:00Z, soonest of all
    [
      'ko',
      'EU',
      at('2026-12-19T12:00:00Z'),
      6,
      'apac-seoul',
      'queued',
      '2026-12-21T00:00:00.000Z',
      false,
    ],
    [
      'ja',
      'EU',
      at('2026-12-19T12:00:00Z'),
      6,
      'apac-tokyo',
      'queued',
      '2026-12-21T00:00:00.000Z',
      false,
    ],
    // German on Saturday: Tokyo and Seoul tie on start and neither speaks de nor is in EU →
    // config order; Berlin starts later (07:00Z)
    [
      'de',
      'EU',
      at('2026-12-19T12:00:00Z'),
      6,
      'apac-tokyo',
      'queued',
      '2026-12-21T00:00:00.000Z',
      true,
    ],
  ] as const)(
    '%s from %s at %s → step %s, %s',
    (language, region, when, step, team, status, queuedUntil, needsTranslation) => {
      const choice = chooseTeam(compiled, language, region, when);
      expect(choice).not.toBeNull();
      expect({
        step: choice!.step,
        team: choice!.team.id,
        status: choice!.status,
        queuedUntil: iso(choice!.queuedUntil),
        needsTranslation: choice!.needsTranslation,
      }).toEqual({ step, team, status, queuedUntil, needsTranslation });
    },
  );

  it('step 3 queues for a team speaking the language when it starts within maxLanguageWait', () => {
    // Tokyo starts Wed 09:00 JST = Wed 00:00Z, 14 h after Tue 10:00Z
    const waiting = compileTeams('', 'maxLanguageWait: PT14H');
    const choice = chooseTeam(waiting, 'ja', 'APAC', TUESDAY_MORNING_EU)!;
    expect(choice.step).toBe(3);
    expect(choice.team.id).toBe('apac-tokyo');
    expect(choice.status).toBe('queued');
    expect(iso(choice.queuedUntil)).toBe('2026-12-16T00:00:00.000Z');
    expect(choice.needsTranslation).toBe(false);
  });

  it('step 3 is skipped when the wait would be longer than maxLanguageWait', () => {
    const waiting = compileTeams('', 'maxLanguageWait: PT13H59M');
    const choice = chooseTeam(waiting, 'ja', 'APAC', TUESDAY_MORNING_EU)!;
    expect(choice.step).toBe(5);
    expect(choice.team.id).toBe('eu-dublin');
  });

  it('step 3 prefers the customer’s region among teams starting at the same instant', () => {
    // Tokyo and Seoul both speak ko here and both start Wed 00:00Z; Seoul is listed after Tokyo
    const yaml = TEAMS_YAML.replace('languages: [ja, en]', 'languages: [ja, en, ko]')
      .replace('maxLanguageWait: PT0H', 'maxLanguageWait: PT20H')
      .replace(/(id: apac-seoul[\s\S]*?)region: APAC/, '$1region: EU');
    const choice = chooseTeam(compileYaml(yaml), 'ko', 'EU', TUESDAY_MORNING_EU)!;
    expect(choice.step).toBe(3);
    expect(choice.team.id).toBe('apac-seoul');
  });

  it('on-shift ties with equal remaining time go to configuration order', () => {
    const twin = TEAMS_YAML.concat(`
  - id: eu-dublin-2
    name: EU Dublin 2
    region: EU
    timeZone: Europe/London
    languages: [en, fr]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "09:00", end: "18:00" }]
`);
    const choice = chooseTeam(compileYaml(twin), 'fr', 'EU', TUESDAY_MORNING_EU)!;
    expect(choice.team.id).toBe('eu-dublin');
  });

  it('returns null for a compiled configuration without teams (validation refuses one)', () => {
    const { config } = compileTeams();
    const none = compileConfig({ ...config, teams: [], agents: [] }, dateHolidaysCalendar);
    expect(chooseTeam(none, 'en', 'EU', TUESDAY_MORNING_EU)).toBeNull();
  });
});
