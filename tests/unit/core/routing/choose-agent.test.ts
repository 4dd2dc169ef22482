import { describe, expect, it } from 'vitest';
import { chooseAgent } from '../../../../functions/core/routing/choose-agent';
import type { RoutingState } from '../../../../functions/core/routing/routing-state';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { at, compileTeams } from './routing-fixtures';

const AGENTS = `
agents:
  - { id: anna, name: Anna, email: anna@example.com, team: eu-berlin, languages: [de, en], maxOpenTickets: 3 }
  - { id: ben, name: Ben, email: ben@example.com, team: eu-berlin, languages: [en], maxOpenTickets: 3 }
  - id: clara
    name: Clara
    email: clara@example.com
    team: eu-berlin
    languages: [de]
    maxOpenTickets: 3
    shifts: [{ days: [mon, tue, wed, thu, fri], start: "13:00", end: "17:00" }]
  - id: dieter
    name: Dieter
    email: dieter@example.com
    team: eu-berlin
    languages: [de]
    maxOpenTickets: 3
    away: [{ start: "2026-12-14T00:00", end: "2026-12-19T00:00" }]
  - { id: tomo, name: Tomo, email: tomo@example.com, team: apac-tokyo, languages: [ja], maxOpenTickets: 2 }
`;

const compiled = compileTeams(AGENTS);
const berlin = compiled.teamsById.get('eu-berlin')!;
// Tue 11:00 Berlin: Anna and Ben on shift, Clara (afternoons) off, Dieter away all week.
const TUESDAY_11 = at('2026-12-15T10:00:00Z');
// Tue 15:00 Berlin: Clara on too.
const TUESDAY_15 = at('2026-12-15T14:00:00Z');

function state(partial: Partial<RoutingState>): RoutingState {
  return { ...EMPTY_ROUTING_STATE, ...partial };
}

describe('chooseAgent — agent choice (docs/routing.md)', () => {
  it('prefers eligible agents who speak the language', () => {
    const choice = chooseAgent(berlin, 'de', {}, EMPTY_ROUTING_STATE, TUESDAY_11);
    expect(choice.agent?.id).toBe('anna');
    expect(choice.rule).toBe('only-eligible');
    expect(Object.fromEntries(choice.candidates.map((c) => [c.agent.id, c.standing]))).toEqual({
      anna: 'eligible',
      ben: 'language',
      clara: 'off-shift',
      dieter: 'off-shift',
    });
  });

  it('keeps the ticket for the team inbox when its only eligible agents cannot read it', () => {
    // Anna speaks German but is full; Ben is free but speaks only English.
    const loaded = state({ agents: { anna: { openTickets: 3 } } });
    const choice = chooseAgent(berlin, 'de', {}, loaded, TUESDAY_11);
    expect(choice.agent).toBeNull();
    expect(choice.rule).toBe('none-eligible');
    expect(choice.candidates.find((c) => c.agent.id === 'anna')?.standing).toBe('at-capacity');
    expect(choice.candidates.find((c) => c.agent.id === 'ben')?.standing).toBe('language');
  });

  it('considers every eligible agent when nobody in the team speaks the language', () => {
    const loaded = state({ agents: { anna: { openTickets: 1 } } });
    const choice = chooseAgent(berlin, 'fr', {}, loaded, TUESDAY_11);
    expect(choice).toMatchObject({ agent: { id: 'ben' }, rule: 'fewest-open' });
    expect(choice.candidates.every((c) => c.standing !== 'language')).toBe(true);
  });

  it('takes configuration order between equally loaded, never-assigned agents', () => {
    const choice = chooseAgent(berlin, 'en', {}, EMPTY_ROUTING_STATE, TUESDAY_11);
    expect(choice.agent?.id).toBe('anna');
    expect(choice.rule).toBe('config-order');
  });

  it('takes the agent with the fewest open tickets', () => {
    const loaded = state({ agents: { anna: { openTickets: 2 }, ben: { openTickets: 1 } } });
    const choice = chooseAgent(berlin, 'en', {}, loaded, TUESDAY_11);
    expect(choice.agent?.id).toBe('ben');
    expect(choice.rule).toBe('fewest-open');
  });

  it('breaks equal load by the least recent assignment; never assigned counts as least recent', () => {
    const recent = state({
      agents: {
        anna: { openTickets: 1, lastAssignedAt: at('2026-12-15T09:00:00Z') },
        ben: { openTickets: 1, lastAssignedAt: at('2026-12-15T08:00:00Z') },
      },
    });
    expect(chooseAgent(berlin, 'en', {}, recent, TUESDAY_11)).toMatchObject({
      agent: { id: 'ben' },
      rule: 'least-recent',
    });
    const never = state({
      agents: { anna: { openTickets: 1 }, ben: { openTickets: 1, lastAssignedAt: 0 } },
    });
    expect(chooseAgent(berlin, 'en', {}, never, TUESDAY_11).agent?.id).toBe('anna');
  });

  it('keeps a thread with its agent when that agent is eligible, whatever the load', () => {
    const sticky = state({
      agents: { clara: { openTickets: 2 } },
      threads: { 'conv-1': 'clara' },
    });
    const choice = chooseAgent(berlin, 'de', { threadId: 'conv-1' }, sticky, TUESDAY_15);
    expect(choice.agent?.id).toBe('clara');
    expect(choice.rule).toBe('sticky-thread');
  });

  it('keeps a customer with their agent when the thread has none', () => {
    const sticky = state({
      agents: { clara: { openTickets: 2 } },
      customers: { 'c-9': 'clara' },
    });
    const choice = chooseAgent(
      berlin,
      'de',
      { threadId: 'other', customerId: 'c-9' },
      sticky,
      TUESDAY_15,
    );
    expect(choice).toMatchObject({ agent: { id: 'clara' }, rule: 'sticky-customer' });
  });

  it('does not stick to an agent who is off shift or full', () => {
    const offShift = state({ threads: { 'conv-1': 'clara' } });
    expect(chooseAgent(berlin, 'de', { threadId: 'conv-1' }, offShift, TUESDAY_11).agent?.id).toBe(
      'anna',
    );
    const full = state({ agents: { clara: { openTickets: 3 } }, threads: { 'conv-1': 'clara' } });
    expect(chooseAgent(berlin, 'de', { threadId: 'conv-1' }, full, TUESDAY_15).agent?.id).toBe(
      'anna',
    );
  });

  it('respects away periods and lets the agent back after them', () => {
    const monday = at('2026-12-21T10:00:00Z');
    const loaded = state({ agents: { anna: { openTickets: 1 } } });
    expect(chooseAgent(berlin, 'de', {}, loaded, TUESDAY_11).agent?.id).toBe('anna');
    expect(chooseAgent(berlin, 'de', {}, loaded, monday).agent?.id).toBe('dieter');
  });

  it('assigns to the team (no agent) when nobody is eligible', () => {
    const full = state({ agents: { anna: { openTickets: 3 }, ben: { openTickets: 5 } } });
    const choice = chooseAgent(berlin, 'de', {}, full, TUESDAY_11);
    expect(choice.agent).toBeNull();
    expect(choice.rule).toBe('none-eligible');
  });
});
