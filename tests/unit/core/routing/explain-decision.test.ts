// The decision's reasons as a support lead reads them: the holiday by name, time away with its
// end and reason, capacity "no limit" rather than "of Infinity", languages by name and code.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { loadLanguageModel } from '../../../../functions/core/language/language-model';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { routeTicket } from '../../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { EXAMPLE_YAML } from '../config/config-fixtures';
import { at, compileTeams, ticket } from './routing-fixtures';

beforeAll(async () => {
  await loadLanguageModel();
});

const parsed = parseConfig(EXAMPLE_YAML, { holidays: dateHolidaysCalendar });
if (!parsed.ok) throw new Error('the example configuration does not validate');
const demo = compileConfig(parsed.config, dateHolidaysCalendar);

const ITALIAN = ticket({
  subject: 'Ordine non arrivato',
  body: 'Buongiorno, il mio ordine non è ancora arrivato. Potete controllare per favore?',
  customer: { country: 'IT' },
});

describe('reasons', () => {
  it('say which agent is away, until when and why, and who speaks the language', () => {
    const decision = routeTicket(demo, ITALIAN, at('2026-12-22T10:00:00Z'), EMPTY_ROUTING_STATE);
    expect(decision).toMatchObject({ team: 'emea-berlin', agent: null });
    expect(decision.reasons).toEqual(
      expect.arrayContaining([
        'team emea-berlin: on shift until 2026-12-22T17:00:00Z (Tue 18:00 Europe/Berlin), speaks Italian (it), region EU',
        'no agent of emea-berlin who speaks Italian (it) is on shift with free capacity: assigned to the team inbox support-emea@parcelwise.example',
        'agent luca.rossi: passed over, away until 2027-01-03T23:00:00Z (Mon 00:00 Europe/Berlin): Christmas in Milan',
        'agent jonas.becker: passed over, does not speak Italian (it)',
        "language Italian (it): detected in the customer's text (confidence 1.00)",
      ]),
    );
  });

  it('name the holiday that closes a team', () => {
    const decision = routeTicket(demo, ITALIAN, at('2026-12-25T10:00:00Z'), EMPTY_ROUTING_STATE);
    expect(decision.reasons).toContain(
      'team emea-berlin: passed over, off for Christmas Day until 2026-12-28T07:00:00Z (Mon 08:00 Europe/Berlin), speaks Italian (it), region EU; met step 6 but comes on shift later',
    );
  });

  it('say an override closes a team', () => {
    const japanese = ticket({ body: 'ご注文の商品がまだ届いていません。確認していただけますか？' });
    const decision = routeTicket(demo, japanese, at('2026-12-30T02:00:00Z'), EMPTY_ROUTING_STATE);
    expect(decision.reasons).toContain(
      'team tokyo: passed over, off shift by an override until 2027-01-04T00:00:00Z (Mon 09:00 Asia/Tokyo), speaks Japanese (ja), region APAC',
    );
  });

  it('name a language no team speaks: "does not speak Uzbek (uz)"', () => {
    const uzbek = ticket({
      body: 'Assalomu alaykum, buyurtmam hali ham yetib kelmadi. Iltimos, yordam bering.',
    });
    const decision = routeTicket(demo, uzbek, at('2026-12-22T10:00:00Z'), EMPTY_ROUTING_STATE);
    expect(decision.needsTranslation).toBe(true);
    expect(decision.reasons).toContain(
      `needs translation: team ${decision.team} does not speak Uzbek (uz)`,
    );
    expect(decision.reasons.join('\n')).not.toMatch(/speaks no /);
  });

  it('say "no limit" for an agent without maxOpenTickets', () => {
    const compiled = compileTeams(`
agents:
  - { id: anna, team: eu-berlin, languages: [de] }
  - { id: jonas, team: eu-berlin, languages: [de], maxOpenTickets: 5 }
`);
    const german = ticket({
      body: 'Hallo, meine Bestellung ist nicht angekommen. Bitte helfen Sie mir.',
    });
    const state = {
      agents: { anna: { openTickets: 4 }, jonas: { openTickets: 5 } },
      threads: {},
      customers: {},
    };
    const decision = routeTicket(compiled, german, at('2026-12-15T10:00:00Z'), state);
    expect(decision.agent).toBe('anna');
    expect(decision.reasons).toEqual(
      expect.arrayContaining([
        'agent anna: the only eligible agent, 4 open, no limit, speaks German (de)',
        'agent jonas: passed over, at capacity (5 of 5 open)',
      ]),
    );
    expect(decision.reasons.join('\n')).not.toContain('Infinity');
  });
});
