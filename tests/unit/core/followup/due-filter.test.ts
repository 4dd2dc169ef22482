import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { dueFilter, type OpenTicketEntry } from '../../../../functions/core/followup/due-filter';
import { followUpAt } from '../../../../functions/core/followup/follow-up-at';
import type { OpenTicket } from '../../../../functions/core/followup/open-ticket';
import { planFollowUp } from '../../../../functions/core/followup/plan-follow-up';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { decideRoute, planRoute } from '../../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { parseTicket, type Priority } from '../../../../functions/core/ticket/ticket-schema';
import { HANDOVER_TEAMS_YAML } from './handover-teams';

// Berlin's Ann leaves an hour before her team; Ben stays with it; York takes over at 17:00.
const YAML = `${HANDOVER_TEAMS_YAML}agents:
  - { id: ann, email: ann@example.com, team: berlin, shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "16:00" }] }
  - { id: ben, email: ben@example.com, team: berlin }
  - { id: yan, email: yan@example.com, team: york }
`;
const parsed = parseConfig(YAML, { holidays: dateHolidaysCalendar });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const compiled = compileConfig(parsed.config, dateHolidaysCalendar);
const at = (time: string) => Date.parse(`2026-12-15T${time}:00Z`); // a Tuesday

function open(routedAt: string, priority: Priority, agent: string | null): OpenTicket {
  const ticket = parseTicket({
    id: 't-1',
    receivedAt: new Date(at(routedAt)).toISOString(),
    body: 'Hello, my order has not arrived.',
    customer: { country: 'DE' },
    priority,
  });
  if (!ticket.ok) throw new Error('ticket');
  const routed = decideRoute(planRoute(compiled, ticket.ticket, at(routedAt)), EMPTY_ROUTING_STATE);
  const decision = routed.status === 'assigned' ? { ...routed, agent } : routed;
  return {
    ticket: ticket.ticket,
    decision,
    status: decision.status,
    team: decision.team,
    agent: decision.agent,
    acknowledgedAt: null,
    escalatedAt: null,
  };
}

/** The index entry the store would list for `ticket`, as the router or scheduler wrote it. */
function entryOf(ticket: OpenTicket): OpenTicketEntry {
  return {
    ticketId: ticket.ticket.id,
    listStatus: ticket.acknowledgedAt === null ? ticket.status : 'acknowledged',
    team: ticket.team!,
    agent: ticket.agent,
    statusSince: ticket.decision.at,
    followUpAt: followUpAt(ticket.decision, ticket.escalatedAt !== null),
    pendingEmails: false,
  };
}

const PRIORITIES: Priority[] = ['urgent', 'high', 'normal', 'low'];
const ROUTED = ['06:00', '09:00', '10:00', '15:50', '16:40', '17:30', '23:30'];
const RUNS = Array.from({ length: 24 * 12 }, (_, n) => at('00:00') + n * 5 * 60_000);

describe('dueFilter', () => {
  it('never leaves out a ticket planFollowUp would act on, in a day of runs every five minutes', () => {
    let checked = 0;
    for (const routedAt of ROUTED) {
      for (const priority of PRIORITIES) {
        for (const agent of ['ann', 'ben', null]) {
          const base = open(routedAt, priority, agent);
          for (const ticket of [base, { ...base, escalatedAt: base.decision.at }]) {
            for (const now of RUNS.filter((run) => run >= Date.parse(base.decision.at))) {
              if (planFollowUp(compiled, ticket, now).length === 0) continue;
              const picked = dueFilter(compiled, now)(entryOf(ticket));
              expect({ routedAt, priority, agent, now, picked }).toMatchObject({ picked: true });
              checked += 1;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('leaves an assigned ticket alone mid-shift until its escalation, and reads it then', () => {
    const ticket = open('10:00', 'high', 'ben');
    expect(dueFilter(compiled, at('10:30'))(entryOf(ticket))).toBe(false);
    expect(dueFilter(compiled, at('11:00'))(entryOf(ticket))).toBe(true);
    const escalated = { ...ticket, escalatedAt: '2026-12-15T11:00:00.000Z' };
    expect(dueFilter(compiled, at('11:05'))(entryOf(escalated))).toBe(false);
    // Within handoffLead of Ann's 16:00, not of Ben's (17:00).
    const anns = { ...escalated, agent: 'ann' };
    expect(dueFilter(compiled, at('15:45'))(entryOf(anns))).toBe(true);
    expect(dueFilter(compiled, at('15:45'))(entryOf(escalated))).toBe(false);
  });

  it('reads an acknowledged ticket only for its pending emails, and any ticket listed before followUpAt was kept', () => {
    const ticket = open('10:00', 'urgent', 'ben');
    const acknowledged = { ...entryOf(ticket), listStatus: 'acknowledged' as const };
    expect(dueFilter(compiled, at('16:50'))(acknowledged)).toBe(false);
    expect(dueFilter(compiled, at('16:50'))({ ...acknowledged, pendingEmails: true })).toBe(true);
    const older = { ...entryOf(ticket), followUpAt: undefined };
    expect(dueFilter(compiled, at('10:01'))(older)).toBe(true);
  });

  it('reads every ticket of a team the configuration no longer has', () => {
    const queued = { ...entryOf(open('06:00', 'low', null)), team: 'gone' };
    expect(queued.listStatus).toBe('queued');
    expect(dueFilter(compiled, at('06:05'))(queued)).toBe(true);
  });
});

describe('followUpAt', () => {
  it('is the earlier of a queued ticket’s start and its reply-by, and its start alone once escalated', () => {
    const queued = open('06:00', 'low', null);
    expect(followUpAt(queued.decision, false)).toBe('2026-12-15T08:00:00.000Z');
    const urgent = open('06:00', 'urgent', null);
    expect(urgent.decision.expectedReplyBy).toBe('2026-12-15T08:15:00.000Z');
    expect(followUpAt(urgent.decision, true)).toBe('2026-12-15T08:00:00.000Z');
    const assigned = open('10:00', 'normal', 'ben');
    expect(followUpAt(assigned.decision, false)).toBe(assigned.decision.expectedReplyBy);
    expect(followUpAt(assigned.decision, true)).toBeNull();
  });

  it('is the routing instant when the decision has no reply-by: looked at until escalated', () => {
    const assigned = open('10:00', 'normal', 'ben');
    const none = { ...assigned.decision, expectedReplyBy: null };
    expect(followUpAt(none, false)).toBe(assigned.decision.at);
    expect(followUpAt({ ...none, expectedReplyBy: undefined }, false)).toBe(assigned.decision.at);
  });
});
