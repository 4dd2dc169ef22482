import { describe, expect, it } from 'vitest';
import type { CompiledConfig } from '../../../../functions/core/routing/compiled-config';
import { coveringTeams, expectedReplyBy } from '../../../../functions/core/routing/reply-by';
import type { Priority } from '../../../../functions/core/ticket/ticket-schema';
import { compileTeams, compileYaml, TEAMS_YAML } from './routing-fixtures';

const compiled = compileTeams();

function replyBy(
  config: CompiledConfig,
  team: string | null,
  language: string,
  iso: string,
  priority: Priority = 'normal',
): string | null {
  const ms = expectedReplyBy(config, {
    team: team === null ? null : config.teamsById.get(team)!,
    language,
    priority,
    at: Date.parse(iso),
  });
  return ms === null ? null : new Date(ms).toISOString();
}

// The fixture's teams, in winter: Berlin 07–16Z (de, en), Dublin 09–18Z (en, fr), New York
// 14–22Z (en, es), Tokyo 00–09Z (ja, en), Seoul 00–09Z (ko), all Monday to Friday.
describe('expectedReplyBy', () => {
  it('is ackWithin after the decision while a team speaking the language stays on shift', () => {
    expect(replyBy(compiled, 'eu-berlin', 'de', '2026-12-15T10:00:00Z')).toBe(
      '2026-12-15T14:00:00.000Z',
    );
  });

  it('stops counting at the end of the shift and goes on at the next start', () => {
    // One hour on Tuesday, three from Berlin's 08:00 on Wednesday.
    expect(replyBy(compiled, 'eu-berlin', 'de', '2026-12-15T15:00:00Z')).toBe(
      '2026-12-16T10:00:00.000Z',
    );
    // Friday 16:30 in Berlin: half an hour left, the rest on Monday.
    expect(replyBy(compiled, 'eu-berlin', 'de', '2026-12-18T15:30:00Z')).toBe(
      '2026-12-21T10:30:00.000Z',
    );
  });

  it('counts hours in which several teams overlap once, following the sun', () => {
    // English from Tuesday 15:00Z: seven hours until New York leaves at 22:00Z, then from
    // Tokyo's start at 00:00Z Wednesday one team or another is on shift until 22:00Z: the other
    // seventeen hours end at 17:00Z, however many teams were on shift at once.
    expect(replyBy(compiled, 'na-east', 'en', '2026-12-15T15:00:00Z', 'low')).toBe(
      '2026-12-16T17:00:00.000Z',
    );
  });

  it('counts the decision’s team even when it does not speak the language', () => {
    // Korean on Saturday, queued for Tokyo with a translation flag: Tokyo and Seoul both start
    // Monday 00:00Z; without Tokyo the answer would be the same, so give Seoul a holiday.
    const seoulOff = compileYaml(
      TEAMS_YAML.replace(
        'languages: [ko]',
        'languages: [ko]\n    holidays: [{ date: "2026-12-21" }, { date: "2026-12-22" }]',
      ),
    );
    expect(replyBy(seoulOff, 'apac-tokyo', 'ko', '2026-12-19T12:00:00Z')).toBe(
      '2026-12-21T04:00:00.000Z',
    );
    expect(replyBy(seoulOff, null, 'ko', '2026-12-19T12:00:00Z')).toBe('2026-12-23T04:00:00.000Z');
    expect(
      coveringTeams(seoulOff, seoulOff.teamsById.get('apac-tokyo')!, 'ko').map((t) => t.id),
    ).toEqual(['apac-tokyo', 'apac-seoul']);
  });

  it('skips holidays: Christmas in Berlin moves a German ticket to the next working day', () => {
    const christmas = compileYaml(
      TEAMS_YAML.replace(
        'languages: [de, en]',
        'languages: [de, en]\n    holidays: [{ date: "2026-12-24" }, { date: "2026-12-25", name: Christmas Day }]',
      ),
    );
    // Wednesday 23rd, one hour before the shift ends; Thursday and Friday are holidays, then the
    // weekend: the other three hours from Monday 28th, 08:00 Berlin.
    expect(replyBy(christmas, 'eu-berlin', 'de', '2026-12-23T15:00:00Z')).toBe(
      '2026-12-28T10:00:00.000Z',
    );
  });

  it('counts an override that adds a shift, and one that takes it away', () => {
    const saturday = compileYaml(
      TEAMS_YAML.replace(
        'languages: [de, en]',
        'languages: [de, en]\n    overrides: [{ start: "2026-12-19T10:00", end: "2026-12-19T12:00", onShift: true }, { start: "2026-12-21T00:00", end: "2026-12-21T12:00", onShift: false }]',
      ),
    );
    // Two hours on Saturday; Monday morning is off until 12:00 Berlin, then two more hours.
    expect(replyBy(saturday, 'eu-berlin', 'de', '2026-12-19T08:00:00Z')).toBe(
      '2026-12-21T13:00:00.000Z',
    );
  });

  it('is null when the covered time does not add up within 14 days', () => {
    const longWait = compileYaml(
      `${TEAMS_YAML.replace('maxLanguageWait: PT0H', 'maxLanguageWait: PT0H\n  ackWithin: { low: P12D }')}`,
    );
    // Twelve days of covered time need far more than 14 days of nine-hour weekdays.
    expect(replyBy(longWait, 'eu-berlin', 'de', '2026-12-15T10:00:00Z', 'low')).toBeNull();
    // A language nobody speaks, with no team chosen: nothing covers it at all.
    expect(replyBy(compiled, null, 'fi', '2026-12-15T10:00:00Z')).toBeNull();
  });

  it('is the decision’s instant when nothing is to be waited for (PT0S)', () => {
    const now = compileYaml(
      TEAMS_YAML.replace(
        'maxLanguageWait: PT0H',
        'maxLanguageWait: PT0H\n  ackWithin: { urgent: PT0S }',
      ),
    );
    expect(replyBy(now, 'eu-berlin', 'de', '2026-12-19T12:00:00Z', 'urgent')).toBe(
      '2026-12-19T12:00:00.000Z',
    );
  });
});
