import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffConfig, formatConfigChange } from '../../../../functions/core/config/config-diff';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import type { SunrouteConfig } from '../../../../functions/core/config/config-schema';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';

const EXAMPLE = readFileSync(
  new URL('../../../../examples/sunroute.yaml', import.meta.url),
  'utf8',
);

function example(): SunrouteConfig {
  const parsed = parseConfig(EXAMPLE, { holidays: dateHolidaysCalendar });
  if (!parsed.ok) throw new Error('the example configuration is invalid');
  return parsed.config;
}

function lines(before: SunrouteConfig, after: SunrouteConfig): string[] {
  return diffConfig(before, after).map(formatConfigChange);
}

function team(config: SunrouteConfig, id: string) {
  const found = config.teams.find((entry) => entry.id === id);
  if (!found) throw new Error(`no team ${id} in the example`);
  return found;
}

describe('diffConfig', () => {
  it('finds nothing between a document and itself', () => {
    expect(diffConfig(example(), example())).toEqual([]);
  });

  it('names a changed shift as the old one removed and the new one added, with day ranges', () => {
    const after = example();
    const berlin = team(after, 'emea-berlin');
    const before = structuredClone(after);
    berlin.shifts = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }];
    team(before, 'emea-berlin').shifts = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' },
      { days: ['sat', 'sun'], start: '22:00', end: '06:00' },
    ];
    expect(lines(before, after)).toEqual([
      '- team emea-berlin: shift mon–fri 08:00–17:00',
      '- team emea-berlin: shift sat, sun 22:00–06:00',
      '+ team emea-berlin: shift mon–fri 08:00–18:00',
    ]);
  });

  it('describes dated, partial-day and imported holidays', () => {
    const before = example();
    const after = structuredClone(before);
    team(before, 'tokyo').holidays = [{ country: 'JP' }];
    team(after, 'tokyo').holidays = [
      { country: 'JP', subdivision: '13' },
      { date: '2026-12-31', from: '12:00', name: 'Ōmisoka afternoon' },
      { date: '2027-01-04' },
    ];
    expect(lines(before, after)).toEqual([
      '- team tokyo: public holidays of JP',
      '+ team tokyo: public holidays of JP-13',
      '+ team tokyo: holiday 2026-12-31 12:00–24:00 "Ōmisoka afternoon"',
      '+ team tokyo: holiday 2027-01-04',
    ]);
  });

  it('reports reordered overrides, because the later one wins', () => {
    const before = example();
    const overrides = [
      { start: '2026-12-31T18:00', end: '2027-01-01T10:00', onShift: false },
      { start: '2026-12-31T20:00', end: '2026-12-31T22:00', onShift: true },
    ];
    team(before, 'emea-dublin').overrides = overrides;
    const after = structuredClone(before);
    team(after, 'emea-dublin').overrides = [overrides[1]!, overrides[0]!];
    expect(lines(before, after)).toEqual([
      '~ team emea-dublin: overrides order ' +
        'override 2026-12-31T18:00 → 2027-01-01T10:00 off shift; override 2026-12-31T20:00 → 2026-12-31T22:00 on shift → ' +
        'override 2026-12-31T20:00 → 2026-12-31T22:00 on shift; override 2026-12-31T18:00 → 2027-01-01T10:00 off shift',
    ]);
  });

  it('lists team fields that changed with their old and new values', () => {
    const before = example();
    const after = structuredClone(before);
    team(before, 'india').languages = ['en', 'hi'];
    team(after, 'india').languages = ['en', 'hi', 'ta'];
    team(after, 'india').timeZone = 'Asia/Calcutta';
    expect(lines(before, after)).toEqual([
      '~ team india: timeZone Asia/Kolkata → Asia/Calcutta',
      '~ team india: languages en, hi → en, hi, ta',
    ]);
  });

  it('summarizes added and removed teams and agents, and says what an agent inherits', () => {
    const before = example();
    const after = structuredClone(before);
    after.teams = after.teams.filter((entry) => entry.id !== 'latam');
    after.agents = after.agents.filter((agent) => agent.team !== 'latam');
    after.agents.push({
      id: 'mia.tan',
      team: 'apac-sydney',
      languages: ['en', 'zh'],
      maxOpenTickets: 8,
    });
    const jonas = after.agents.find((agent) => agent.id === 'jonas.becker')!;
    const oldJonas = before.agents.find((agent) => agent.id === 'jonas.becker')!;
    jonas.maxOpenTickets = undefined;
    delete jonas.languages;
    const result = lines(before, after);
    expect(result).toContain('- team latam (NA, America/Sao_Paulo, pt, es, en, 2 shifts)');
    expect(result).toContain('+ agent mia.tan (team apac-sydney, en, zh, max 8 open)');
    expect(result).toContain(
      `~ agent jonas.becker: languages ${oldJonas.languages!.join(', ')} → the team's`,
    );
    expect(result).toContain(
      `~ agent jonas.becker: maxOpenTickets ${oldJonas.maxOpenTickets} → unlimited`,
    );
    for (const removed of before.agents.filter((agent) => agent.team === 'latam'))
      expect(result.some((line) => line.startsWith(`- agent ${removed.id} (team latam`))).toBe(
        true,
      );
  });

  it('reports settings, region overrides and an agent moving team', () => {
    const before = example();
    const after = structuredClone(before);
    after.routing.maxLanguageWait = 'PT3H';
    after.routing.unverifiedSenders = 'flag';
    after.regions = { ...before.regions, TR: 'APAC' };
    after.agents[0]!.team = 'na-west';
    expect(lines(before, after)).toEqual([
      `~ settings: routing.maxLanguageWait ${before.routing.maxLanguageWait} → PT3H`,
      '~ settings: routing.unverifiedSenders isolate → flag',
      '+ settings: regions.TR APAC',
      `~ agent ${after.agents[0]!.id}: team ${before.agents[0]!.team} → na-west`,
    ]);
  });

  it('tells an agent taking own shifts from one following the team', () => {
    const before = example();
    const after = structuredClone(before);
    const agent = after.agents.find((entry) => entry.shifts === undefined)!;
    agent.shifts = [{ days: ['sat', 'sun'], start: '09:00', end: '24:00' }];
    agent.away = [{ start: '2027-01-04T00:00', end: '2027-01-09T00:00', reason: 'ski trip' }];
    expect(lines(before, after)).toEqual([
      `- agent ${agent.id}: the team's shifts`,
      `+ agent ${agent.id}: shift sat, sun 09:00–24:00`,
      `+ agent ${agent.id}: away 2027-01-04T00:00 → 2027-01-09T00:00 "ski trip"`,
    ]);
  });
});
