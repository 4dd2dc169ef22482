import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import type { OpenTicket } from '../../../../functions/core/followup/open-ticket';
import {
  holderLeavesAt,
  planFollowUp,
  type FollowUp,
} from '../../../../functions/core/followup/plan-follow-up';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import {
  decideRoute,
  planRoute,
  type RoutePlan,
} from '../../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { parseTicket } from '../../../../functions/core/ticket/ticket-schema';
import { HANDOVER_TEAMS_YAML } from './handover-teams';

// The two teams; Berlin's agent Ann leaves an hour early.
const YAML = `${HANDOVER_TEAMS_YAML}agents:
  - { id: ann, email: ann@example.com, team: berlin, shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "16:00" }] }
  - { id: ben, email: ben@example.com, team: berlin }
  - { id: yan, email: yan@example.com, team: york }
`;

const parsed = parseConfig(YAML, { holidays: dateHolidaysCalendar });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const compiled = compileConfig(parsed.config, dateHolidaysCalendar);
const at = (time: string) => Date.parse(`2026-12-15T${time}:00Z`); // a Tuesday

function open(
  agent: string | null,
  routedAt: string,
  extra: Partial<OpenTicket> = {},
  priority = 'low',
): OpenTicket {
  const parsedTicket = parseTicket({
    id: 't-1',
    receivedAt: new Date(at(routedAt)).toISOString(),
    body: 'Hello, my order has not arrived.',
    customer: { country: 'DE' },
    priority,
  });
  if (!parsedTicket.ok) throw new Error('ticket');
  const decision = {
    ...decideRoute(planRoute(compiled, parsedTicket.ticket, at(routedAt)), EMPTY_ROUTING_STATE),
    agent,
  };
  return {
    ticket: parsedTicket.ticket,
    decision,
    status: 'assigned',
    team: decision.team,
    agent,
    acknowledgedAt: null,
    escalatedAt: null,
    ...extra,
  };
}

/** The route plan of a handover or a queued start. */
function planOf(step: FollowUp | undefined): RoutePlan {
  if (!step || step.kind === 'escalate') throw new Error(`not a move: ${JSON.stringify(step)}`);
  return step.plan;
}

describe('planFollowUp', () => {
  it('does nothing while the holder has more than handoffLead left', () => {
    expect(planFollowUp(compiled, open('ben', '10:00'), at('16:44'))).toEqual([]);
  });

  it('hands over from handoffLead before the team leaves, routed at the moment it leaves, to another team', () => {
    const [step] = planFollowUp(compiled, open('ben', '10:00'), at('16:45'));
    expect(step).toMatchObject({ kind: 'handover', at: at('17:00') });
    const decision = decideRoute(planOf(step), EMPTY_ROUTING_STATE);
    expect(decision).toMatchObject({ team: 'york', agent: 'yan', status: 'assigned' });
  });

  it('passes the ticket to a colleague when only the agent leaves', () => {
    const [step] = planFollowUp(compiled, open('ann', '10:00'), at('15:50'));
    expect(step).toMatchObject({ kind: 'handover', at: at('16:00') });
    const decision = decideRoute(planOf(step), EMPTY_ROUTING_STATE);
    expect(decision).toMatchObject({ team: 'berlin', agent: 'ben' });
  });

  it('reads a ticket just handed over from the moment it was routed, not from before its shift', () => {
    const handed = open('yan', '17:00');
    expect(handed.team).toBe('york');
    expect(holderLeavesAt(compiled, handed, at('16:50'))).toBe(at('23:00'));
    expect(planFollowUp(compiled, handed, at('16:50'))).toEqual([]);
  });

  it('hands over at once when the holder is already off shift (a missed run)', () => {
    const [step] = planFollowUp(compiled, open('ben', '10:00'), at('17:30'));
    expect(step).toMatchObject({ kind: 'handover', at: at('17:30') });
  });

  it('starts a queued ticket at queuedUntil, inside its team, and not a moment before', () => {
    const queued = open(null, '06:00', { status: 'queued' });
    expect(queued.decision).toMatchObject({ status: 'queued', team: 'berlin' });
    expect(queued.decision.queuedUntil).toBe('2026-12-15T08:00:00.000Z');
    expect(planFollowUp(compiled, queued, at('07:55'))).toEqual([]);
    const [step] = planFollowUp(compiled, queued, at('08:00'));
    expect(step).toMatchObject({ kind: 'assign-queued' });
    const decision = decideRoute(planOf(step), EMPTY_ROUTING_STATE);
    expect(decision).toMatchObject({ status: 'assigned', team: 'berlin', agent: 'ann' });
  });

  it('escalates once past ackWithin, after the move so the new holder’s inbox hears of it', () => {
    const urgent = open('ben', '16:40', {}, 'urgent');
    expect(planFollowUp(compiled, urgent, at('16:50')).map((step) => step.kind)).toEqual([
      'handover',
    ]);
    expect(planFollowUp(compiled, urgent, at('16:55')).map((step) => step.kind)).toEqual([
      'handover',
      'escalate',
    ]);
    const escalated = { ...urgent, escalatedAt: '2026-12-15T16:55:00.000Z' };
    expect(planFollowUp(compiled, escalated, at('16:55')).map((step) => step.kind)).toEqual([
      'handover',
    ]);
  });

  it('leaves an acknowledged ticket alone, however late', () => {
    const acked = open('ben', '10:00', { acknowledgedAt: '2026-12-15T10:05:00.000Z' }, 'urgent');
    expect(planFollowUp(compiled, acked, at('16:59'))).toEqual([]);
  });

  it('keeps the ticket when no other team exists to take it', () => {
    const single = compileConfig(
      {
        ...parsed.config,
        teams: [parsed.config.teams[0]!],
        agents: parsed.config.agents.slice(0, 2),
      },
      dateHolidaysCalendar,
    );
    expect(planFollowUp(single, open('ben', '10:00'), at('16:50'))).toEqual([]);
  });

  describe('a team removed from the configuration', () => {
    // Berlin is gone; Ben now works for York, Ann left the company.
    const withoutBerlin = compileConfig(
      {
        ...parsed.config,
        teams: [parsed.config.teams[1]!],
        agents: [{ ...parsed.config.agents[1]!, team: 'york' }, parsed.config.agents[2]!],
      },
      dateHolidaysCalendar,
    );

    it('hands its assigned tickets over now, even while their agent is on shift elsewhere', () => {
      const [step] = planFollowUp(withoutBerlin, open('ben', '10:00'), at('10:30'));
      expect(step).toMatchObject({ kind: 'handover', at: at('10:30') });
      expect(planOf(step).choice).toMatchObject({ team: { id: 'york' } });
      expect(planFollowUp(withoutBerlin, open('ann', '10:00'), at('10:30'))[0]).toMatchObject({
        kind: 'handover',
      });
    });

    it('hands its queued tickets over now instead of waiting for a shift that never comes', () => {
      const queued = open(null, '06:00', { status: 'queued' });
      const [step] = planFollowUp(withoutBerlin, queued, at('06:30'));
      expect(step).toMatchObject({ kind: 'handover', at: at('06:30') });
      expect(planOf(step).choice).toMatchObject({ team: { id: 'york' } });
    });

    it('leaves a ticket someone acknowledged with them', () => {
      const acked = open('ben', '10:00', { acknowledgedAt: '2026-12-15T10:05:00.000Z' });
      expect(planFollowUp(withoutBerlin, acked, at('10:30'))).toEqual([]);
    });
  });
});
