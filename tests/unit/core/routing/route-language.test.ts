// How the customer's language reaches routing when the text alone does not say it: short
// messages read with the customer's country and locale, text with no letters, and the language
// codes that name one language twice (nb/no, fil/tl).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageModel } from '../../../../functions/core/language/language-model';
import { routeTicket } from '../../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { at, compileTeams, ticket } from './routing-fixtures';

beforeAll(async () => {
  await loadLanguageModel();
});

// NA East (New York, 09:00–17:00, en + es) has an English-only and a Spanish-only agent.
const NA_AGENTS = `
agents:
  - { id: sam, team: na-east, languages: [en] }
  - { id: lucia, team: na-east, languages: [es] }
`;
const NEW_YORK_MORNING = at('2026-12-15T15:00:00Z');

describe('routing a short message', () => {
  it("gives a Mexican customer's hola to the Spanish-speaking agent", () => {
    const decision = routeTicket(
      compileTeams(NA_AGENTS),
      ticket({ body: 'hola', customer: { country: 'MX' } }),
      NEW_YORK_MORNING,
      EMPTY_ROUTING_STATE,
    );
    expect(decision).toMatchObject({
      team: 'na-east',
      agent: 'lucia',
      language: { code: 'es', source: 'text' },
    });
  });

  it('routes a ticket of digits only by the locale, or the default language', () => {
    const compiled = compileTeams(NA_AGENTS);
    const withLocale = routeTicket(
      compiled,
      ticket({ body: '#4711 / 12345', customer: { locale: 'es-MX' } }),
      NEW_YORK_MORNING,
      EMPTY_ROUTING_STATE,
    );
    expect(withLocale.language).toEqual({ code: 'es', source: 'locale', confidence: 0 });
    expect(withLocale.agent).toBe('lucia');
    const bare = routeTicket(
      compiled,
      ticket({ body: '#4711 / 12345' }),
      NEW_YORK_MORNING,
      EMPTY_ROUTING_STATE,
    );
    expect(bare.language).toEqual({ code: 'en', source: 'default', confidence: 0 });
    expect(bare.agent).toBe('sam');
  });
});

describe('language codes that name one language twice', () => {
  const NORDIC = `
  - id: oslo
    region: EU
    timeZone: Europe/Oslo
    languages: [nb]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "17:00" }]
  - id: manila
    region: APAC
    timeZone: Asia/Manila
    languages: [tl]
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "17:00" }]
agents:
  - { id: ingrid, team: oslo }
  - { id: jose, team: manila, languages: [tl, en] }
`;

  it('routes Norwegian text to a team that lists nb', () => {
    const decision = routeTicket(
      compileTeams(NORDIC.replace('languages: [tl]', 'languages: [tl]')),
      ticket({ body: 'Hei, bestillingen min har ikke kommet ennå. Kan dere sjekke det?' }),
      at('2026-12-15T10:00:00Z'),
      EMPTY_ROUTING_STATE,
    );
    expect(decision).toMatchObject({
      team: 'oslo',
      agent: 'ingrid',
      language: { code: 'no' },
      step: 1,
    });
  });

  it('routes a tl-PH or fil-PH customer to the team that lists tl', () => {
    const compiled = compileTeams(NORDIC.replace('languages: [tl]', 'languages: [tl]'));
    for (const locale of ['tl-PH', 'fil-PH']) {
      const decision = routeTicket(
        compiled,
        ticket({ body: 'Salamat po', customer: { locale, country: 'PH' } }),
        at('2026-12-15T03:00:00Z'),
        EMPTY_ROUTING_STATE,
      );
      expect(decision).toMatchObject({
        team: 'manila',
        agent: 'jose',
        language: { code: 'tl', source: 'locale' },
      });
    }
  });
});
