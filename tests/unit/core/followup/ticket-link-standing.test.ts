import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../../../../functions/core/followup/ticket-history';
import { linkStanding } from '../../../../functions/core/followup/ticket-link-standing';

const routed: TicketEvent = {
  event: 'assigned',
  at: '2026-12-15T20:00:00.000Z',
  team: 'na-east',
  agent: 'daniel',
};
const handedOver: TicketEvent = {
  event: 'handed-over',
  at: '2026-12-16T01:00:00.000Z',
  by: 'scheduler',
  team: 'tokyo',
  agent: 'yuki',
};
const bound = (agent: string, assignment: number) =>
  ({ ok: true, kind: 'bound', holder: { agent, assignment } }) as const;
const legacy = { ok: true, kind: 'legacy' } as const;

describe('linkStanding', () => {
  it('lets a bound link act while the ticket is still its agent’s at its assignment', () => {
    expect(
      linkStanding(bound('daniel', 1), { agent: 'daniel', assignment: 1, history: [routed] }),
    ).toEqual({ kind: 'current', holder: { agent: 'daniel', assignment: 1 } });
  });

  it('calls it moved after a handover, to another agent or back to the same one', () => {
    const history = [routed, handedOver];
    expect(linkStanding(bound('daniel', 1), { agent: 'yuki', assignment: 2, history })).toEqual({
      kind: 'moved',
    });
    // Handed back to daniel later: the old email's link is still not the new assignment's.
    expect(linkStanding(bound('daniel', 1), { agent: 'daniel', assignment: 3, history })).toEqual({
      kind: 'moved',
    });
    // Queued for the team inbox: nobody's link applies.
    expect(linkStanding(bound('daniel', 1), { agent: null, assignment: 2, history })).toEqual({
      kind: 'moved',
    });
  });

  it('lets a link of the first format act for the agent of a ticket that never changed hands', () => {
    const history: TicketEvent[] = [
      routed,
      { event: 'escalated', at: '2026-12-15T21:00:00.000Z', by: 'scheduler' },
      { event: 'acknowledged', at: '2026-12-15T21:05:00.000Z', by: 'link' },
    ];
    expect(linkStanding(legacy, { agent: 'daniel', assignment: 0, history })).toEqual({
      kind: 'current',
      holder: { agent: 'daniel', assignment: 0 },
    });
  });

  it('refuses a link of the first format once the ticket changed hands, whoever holds it', () => {
    expect(
      linkStanding(legacy, { agent: 'yuki', assignment: 0, history: [routed, handedOver] }),
    ).toEqual({ kind: 'unbound' });
    const queuedThenAssigned: TicketEvent[] = [
      { event: 'queued', at: routed.at, team: 'tokyo', agent: null },
      { event: 'assigned', at: handedOver.at, by: 'scheduler', team: 'tokyo', agent: 'yuki' },
    ];
    expect(
      linkStanding(legacy, { agent: 'yuki', assignment: 1, history: queuedThenAssigned }),
    ).toEqual({ kind: 'unbound' });
    expect(linkStanding(legacy, { agent: null, assignment: 0, history: [routed] })).toEqual({
      kind: 'unbound',
    });
  });
});
