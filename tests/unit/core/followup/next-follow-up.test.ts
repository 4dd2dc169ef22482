import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import {
  needsFullListing,
  scheduleAfterListing,
  type ListingSchedule,
} from '../../../../functions/core/followup/listing-schedule';
import { nextFollowUpAt } from '../../../../functions/core/followup/next-follow-up';
import type { OpenTicket } from '../../../../functions/core/followup/open-ticket';
import { planFollowUp } from '../../../../functions/core/followup/plan-follow-up';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { decideRoute, planRoute } from '../../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { parseTicket, type Priority } from '../../../../functions/core/ticket/ticket-schema';
import { HANDOVER_TEAMS_YAML } from './handover-teams';

const compile = (agents: string) => {
  const parsed = parseConfig(`${HANDOVER_TEAMS_YAML}agents:\n${agents}`, {
    holidays: dateHolidaysCalendar,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return compileConfig(parsed.config, dateHolidaysCalendar);
};
const ANN = (end: string) =>
  `  - { id: ann, email: ann@example.com, team: berlin, shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "${end}" }] }\n`;
const OTHERS = `  - { id: ben, email: ben@example.com, team: berlin }
  - { id: yan, email: yan@example.com, team: york }
`;
// Berlin's Ann leaves an hour before her team; Ben stays with it; York takes over at 17:00.
const compiled = compile(ANN('16:00') + OTHERS);
// The same, saved later: Ann leaves at 12:00 instead.
const shorter = compile(ANN('12:00') + OTHERS);
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

const PRIORITIES: Priority[] = ['urgent', 'high', 'normal', 'low'];
const ROUTED = ['06:00', '09:00', '10:00', '15:50', '16:40', '17:30', '23:30'];
const RUNS = Array.from({ length: 24 * 12 }, (_, n) => at('00:00') + n * 5 * 60_000);

/** Every ticket of the day, as written when routed and as written after its escalation. */
function tickets(): { ticket: OpenTicket; writtenAt: number }[] {
  return ROUTED.flatMap((routedAt) =>
    PRIORITIES.flatMap((priority) =>
      ['ann', 'ben', null].flatMap((agent) => {
        const base = open(routedAt, priority, agent);
        const writtenAt = Date.parse(base.decision.at);
        return [
          { ticket: base, writtenAt },
          { ticket: { ...base, escalatedAt: base.decision.at }, writtenAt },
        ];
      }),
    ),
  );
}

describe('nextFollowUpAt', () => {
  it('is never later than a run planFollowUp acts at, in a day of runs every five minutes', () => {
    let checked = 0;
    for (const { ticket, writtenAt } of tickets()) {
      const due = nextFollowUpAt(compiled, ticket, writtenAt);
      for (const now of RUNS.filter((run) => run >= writtenAt)) {
        if (planFollowUp(compiled, ticket, now).length === 0) continue;
        expect({ ticket: ticket.ticket.receivedAt, agent: ticket.agent, now, due }).toMatchObject({
          due: expect.any(String),
        });
        expect(Date.parse(due!)).toBeLessThanOrEqual(now);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('is the handover’s lead before the holder leaves, or the escalation, whichever comes first', () => {
    const anns = open('10:00', 'low', 'ann');
    expect(nextFollowUpAt(compiled, anns, at('10:00'))).toBe('2026-12-15T15:45:00.000Z');
    const bens = open('10:00', 'high', 'ben');
    expect(nextFollowUpAt(compiled, bens, at('10:00'))).toBe(bens.decision.expectedReplyBy);
    const escalated = { ...bens, escalatedAt: '2026-12-15T11:00:00.000Z' };
    expect(nextFollowUpAt(compiled, escalated, at('11:00'))).toBe('2026-12-15T16:45:00.000Z');
  });

  it('is none for an acknowledged ticket and for one routed to no team', () => {
    const ticket = open('10:00', 'urgent', 'ben');
    expect(
      nextFollowUpAt(compiled, { ...ticket, acknowledgedAt: at('10:05').toString() }, at('10:05')),
    ).toBeNull();
    expect(nextFollowUpAt(compiled, { ...ticket, team: null }, at('10:05'))).toBeNull();
  });

  it('is at once for a ticket of a team the configuration no longer has', () => {
    const queued = { ...open('06:00', 'low', null), team: 'gone' };
    expect(nextFollowUpAt(compiled, queued, at('06:05'))).toBe('2026-12-15T06:05:00.000Z');
  });
});

describe('the listing schedule', () => {
  it('lists everything at the first run, after a change, and when a listing asked for comes', () => {
    const schedule: ListingSchedule = { configVersion: 2, listings: [at('13:45')] };
    expect(needsFullListing(undefined, 2, at('10:00'))).toBe(true);
    expect(needsFullListing(schedule, 3, at('10:00'))).toBe(true);
    expect(needsFullListing(schedule, 2, at('10:00'))).toBe(false);
    expect(needsFullListing(schedule, 2, at('13:45'))).toBe(true);
  });

  it('asks for a listing when a change brings a holder’s handover forward, and the run after', () => {
    const after = scheduleAfterListing({
      schedule: { configVersion: 1, listings: [] },
      version: 2,
      current: shorter,
      previous: [compiled],
      now: at('10:00'),
      refreshMs: 60_000,
    });
    expect(after).toEqual({ configVersion: 2, listings: [at('10:01'), at('11:45')] });
    // Back to the longer shift: nothing comes earlier, only the run after the change lists all.
    const back = scheduleAfterListing({
      schedule: { configVersion: 2, listings: [at('11:45')] },
      version: 3,
      current: compiled,
      previous: [shorter],
      now: at('10:30'),
      refreshMs: 60_000,
    });
    expect(back).toEqual({ configVersion: 3, listings: [at('10:31'), at('11:45')] });
  });

  it('finds a ticket written before a change at the first run the plan acts at', () => {
    let checked = 0;
    const change = at('09:32');
    const runs = RUNS.filter((run) => run > change);
    // The first run after the change lists every open ticket and makes the schedule.
    const schedule = scheduleAfterListing({
      schedule: { configVersion: 1, listings: [] },
      version: 2,
      current: shorter,
      previous: [compiled],
      now: runs[0]!,
      refreshMs: 60_000,
    });
    const listsAll = (run: number) =>
      run === runs[0] ||
      schedule.listings.some((instant) => instant > run - 300_000 && instant <= run);
    for (const { ticket, writtenAt } of tickets().filter((t) => t.writtenAt <= change)) {
      const due = nextFollowUpAt(compiled, ticket, writtenAt);
      const first = runs.find((run) => planFollowUp(shorter, ticket, run).length > 0);
      if (first === undefined) continue;
      const indexed = due !== null && Date.parse(due) <= first;
      expect({ agent: ticket.agent, first, indexed, listed: listsAll(first) }).not.toMatchObject({
        indexed: false,
        listed: false,
      });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(40);
  });
});
