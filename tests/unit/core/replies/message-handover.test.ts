import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../functions/core/config/parse-config';
import { dateHolidaysCalendar } from '../../../../functions/core/holidays/date-holidays-calendar';
import {
  messageHandover,
  type MessagedTicket,
} from '../../../../functions/core/replies/message-handover';
import { compileConfig } from '../../../../functions/core/routing/compiled-config';
import { decideRoute, planRoute } from '../../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { parseTicket } from '../../../../functions/core/ticket/ticket-schema';
import { HANDOVER_TEAMS_YAML } from '../followup/handover-teams';

// Berlin (08–17 UTC) hands over to York (17–23 UTC); Berlin's Ann leaves at 16:00.
const YAML = `${HANDOVER_TEAMS_YAML}agents:
  - { id: ann, email: ann@example.com, team: berlin, shifts: [{ days: [mon, tue, wed, thu, fri], start: "08:00", end: "16:00" }] }
  - { id: ben, email: ben@example.com, team: berlin }
  - { id: yan, email: yan@example.com, team: york }
`;

const parsed = parseConfig(YAML, { holidays: dateHolidaysCalendar });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const compiled = compileConfig(parsed.config, dateHolidaysCalendar);
const at = (time: string, day = 15) =>
  Date.parse(`2026-12-${String(day).padStart(2, '0')}T${time}:00Z`); // the 15th is a Tuesday

function held(agent: string | null, status: MessagedTicket['status'] = 'assigned'): MessagedTicket {
  const parsedTicket = parseTicket({
    id: 'email:order-5521@example.de',
    receivedAt: new Date(at('10:00')).toISOString(),
    body: 'Hello, my order has not arrived.',
    customer: { country: 'DE', email: 'lena@example.de' },
    priority: 'normal',
  });
  if (!parsedTicket.ok) throw new Error('ticket');
  const decision = {
    ...decideRoute(planRoute(compiled, parsedTicket.ticket, at('10:00')), EMPTY_ROUTING_STATE),
    agent,
  };
  return { ticket: parsedTicket.ticket, decision, status, team: decision.team, agent };
}

describe('messageHandover', () => {
  it('leaves the ticket with a holder on shift', () => {
    expect(messageHandover(compiled, held('ben'), at('14:00'))).toBeUndefined();
  });

  it('hands the ticket to the team on shift when its team has gone home', () => {
    const move = messageHandover(compiled, held('ben'), at('19:30'));
    expect(move).toMatchObject({ kind: 'handover', at: at('19:30') });
    expect(decideRoute(move!.plan, EMPTY_ROUTING_STATE)).toMatchObject({
      status: 'assigned',
      team: 'york',
      agent: 'yan',
    });
  });

  it('passes it to a colleague when only the agent has left', () => {
    const move = messageHandover(compiled, held('ann'), at('16:20'));
    expect(decideRoute(move!.plan, EMPTY_ROUTING_STATE)).toMatchObject({
      team: 'berlin',
      agent: 'ben',
    });
  });

  it('hands over within handoffLead of the holder leaving, routed at the moment it leaves', () => {
    expect(messageHandover(compiled, held('ben'), at('16:44'))).toBeUndefined();
    expect(messageHandover(compiled, held('ben'), at('16:50'))).toMatchObject({
      at: at('17:00'),
    });
  });

  it('keeps the promise the customer was given', () => {
    const ticket = held('ben');
    const move = messageHandover(compiled, ticket, at('19:30'))!;
    expect(move.plan.expectedReplyBy).toBe(
      ticket.decision.expectedReplyBy === null
        ? null
        : Date.parse(ticket.decision.expectedReplyBy!),
    );
    expect(move.plan.replyByKept).toBe(true);
  });

  it('moves nothing without an agent holding the ticket, or when it is resolved', () => {
    expect(messageHandover(compiled, held(null), at('19:30'))).toBeUndefined();
    expect(messageHandover(compiled, held('ben', 'queued'), at('19:30'))).toBeUndefined();
    expect(messageHandover(compiled, held('ben', 'resolved'), at('19:30'))).toBeUndefined();
  });

  it('queues the ticket in the waiting team when every team is off shift', () => {
    // Saturday: neither team works, so the ticket waits for York's next shift, without an agent.
    const move = messageHandover(compiled, held('ben'), at('12:00', 19));
    expect(decideRoute(move!.plan, EMPTY_ROUTING_STATE)).toMatchObject({
      status: 'queued',
      team: 'york',
      agent: null,
    });
  });
});
