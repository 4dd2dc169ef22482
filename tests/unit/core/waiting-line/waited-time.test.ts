import { describe, expect, it } from 'vitest';
import { NEVER_WAITED, waitAfter } from '../../../../functions/core/waiting-line/waited-time';

const at = (time: string) => Date.parse(`2026-12-22T${time}:00Z`);

describe('waitAfter', () => {
  it('starts a wait when the ticket starts waiting, and keeps its start while it goes on', () => {
    const waiting = waitAfter(NEVER_WAITED, true, at('09:00'));
    expect(waiting).toEqual({ waitingSince: '2026-12-22T09:00:00.000Z', waitedMs: 0 });
    // Handed over from one team's line to another's: still the same wait.
    expect(waitAfter(waiting, true, at('17:00'))).toEqual(waiting);
  });

  it('adds the wait when an agent takes the ticket, and adds up later waits', () => {
    const first = waitAfter(waitAfter(NEVER_WAITED, true, at('09:00')), false, at('09:12'));
    expect(first).toEqual({ waitingSince: null, waitedMs: 12 * 60_000 });
    const second = waitAfter(waitAfter(first, true, at('16:45')), false, at('17:05'));
    expect(second).toEqual({ waitingSince: null, waitedMs: 32 * 60_000 });
  });

  it('changes nothing for a ticket that never waited', () => {
    expect(waitAfter(NEVER_WAITED, false, at('09:00'))).toBe(NEVER_WAITED);
  });
});
