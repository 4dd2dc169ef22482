import { describe, expect, it } from 'vitest';
import { routeTicket } from '../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { outboxEmailFor } from '../../../functions/shared/outbox-email';
import { AT, CONFIG_YAML, liveConfig, ticket } from '../router/router-fixtures';

const live = liveConfig();
// The fixture without the agent who has no address.
const CAT = '  - { id: cat, team: emea }\n';
const CONFIG_WITHOUT_CAT = CONFIG_YAML.replace(CAT, '');

describe('outboxEmailFor', () => {
  it('writes to the chosen agent', () => {
    const decision = routeTicket(live.compiled, ticket(), AT, EMPTY_ROUTING_STATE);
    expect(decision.agent).toBe('ann');
    const email = outboxEmailFor({
      ticket: ticket(),
      decision,
      config: live.config,
      now: AT,
      followUp: false,
    });
    expect(email).toMatchObject({
      kind: 'email',
      recipient: 'agent',
      message: { to: 'ann@example.com' },
    });
  });

  it('writes to the team inbox when no agent is free', () => {
    const full = {
      agents: { ann: { openTickets: 2 }, bob: { openTickets: 2 } },
      threads: {},
      customers: {},
    };
    expect(CONFIG_YAML).toContain(CAT);
    const noCat = liveConfig(CONFIG_WITHOUT_CAT);
    const decision = routeTicket(noCat.compiled, ticket(), AT, full);
    expect(decision).toMatchObject({ status: 'assigned', agent: null });
    const email = outboxEmailFor({
      ticket: ticket(),
      decision,
      config: noCat.config,
      now: AT,
      followUp: false,
    });
    expect(email).toMatchObject({
      kind: 'email',
      recipient: 'team',
      message: { to: 'emea@example.com' },
    });
  });

  it('writes to the team inbox when the ticket is queued', () => {
    const saturday = Date.parse('2026-12-26T12:00:00Z');
    const decision = routeTicket(live.compiled, ticket(), saturday, EMPTY_ROUTING_STATE);
    expect(decision.status).toBe('queued');
    const email = outboxEmailFor({
      ticket: ticket(),
      decision,
      config: live.config,
      now: saturday,
      followUp: false,
    });
    expect(email).toMatchObject({ kind: 'email', recipient: 'team' });
  });

  it('says why there is no email when the agent has no address', () => {
    const busy = {
      agents: { ann: { openTickets: 2 }, bob: { openTickets: 2 } },
      threads: {},
      customers: {},
    };
    const decision = routeTicket(live.compiled, ticket(), AT, busy);
    expect(decision.agent).toBe('cat');
    const email = outboxEmailFor({
      ticket: ticket(),
      decision,
      config: live.config,
      now: AT,
      followUp: false,
    });
    expect(email).toMatchObject({ kind: 'unrenderable', error: { field: 'agents[2].email' } });
  });
});
