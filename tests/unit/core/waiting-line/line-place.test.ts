import { describe, expect, it } from 'vitest';
import { isWaiting, linePlace } from '../../../../functions/core/waiting-line/line-place';
import { ticket } from '../../router/router-fixtures';

const WAITING = { team: 'emea', agent: null };

/** The ids of tickets in the order their places sort. */
function order(...tickets: { id: string; place: string }[]): string[] {
  return [...tickets].sort((a, b) => (a.place < b.place ? -1 : 1)).map((t) => t.id);
}

function placed(extra: Record<string, unknown>, decision: object = WAITING) {
  const t = ticket(extra);
  return { id: t.id, place: linePlace(t, { ...WAITING, ...decision })!.order };
}

describe('the waiting line', () => {
  it('holds tickets with a team and no agent, and no others', () => {
    expect(isWaiting({ team: 'emea', agent: null })).toBe(true);
    expect(isWaiting({ team: 'emea', agent: 'ann' })).toBe(false);
    expect(isWaiting({ team: null, agent: null })).toBe(false);
    expect(linePlace(ticket(), { team: 'emea', agent: 'ann' })).toBeNull();
    expect(linePlace(ticket(), WAITING)).toMatchObject({ team: 'emea' });
  });

  it('puts higher priorities first, whenever they arrived', () => {
    expect(
      order(
        placed({ id: 'low', priority: 'low', receivedAt: '2026-12-22T08:00:00Z' }),
        placed({ id: 'normal', priority: 'normal', receivedAt: '2026-12-22T08:30:00Z' }),
        placed({ id: 'urgent', priority: 'urgent', receivedAt: '2026-12-22T09:50:00Z' }),
        placed({ id: 'high', priority: 'high', receivedAt: '2026-12-22T09:00:00Z' }),
      ),
    ).toEqual(['urgent', 'high', 'normal', 'low']);
  });

  it('orders one priority by the earliest reply-by, then by arrival', () => {
    expect(
      order(
        placed(
          { id: 'late-deadline', receivedAt: '2026-12-22T08:00:00Z' },
          { expectedReplyBy: '2026-12-22T15:00:00Z' },
        ),
        placed(
          { id: 'early-deadline', receivedAt: '2026-12-22T09:00:00Z' },
          { expectedReplyBy: '2026-12-22T12:00:00Z' },
        ),
        placed(
          { id: 'no-deadline', receivedAt: '2026-12-22T07:00:00Z' },
          { expectedReplyBy: null },
        ),
        placed(
          { id: 'same-deadline-later', receivedAt: '2026-12-22T09:30:00Z' },
          { expectedReplyBy: '2026-12-22T12:00:00Z' },
        ),
      ),
    ).toEqual(['early-deadline', 'same-deadline-later', 'late-deadline', 'no-deadline']);
  });

  it('waits by the receipt time when the decision has no reply-by, and reads offsets as instants', () => {
    expect(
      order(
        placed({ id: 'berlin-0930', receivedAt: '2026-12-22T10:30:00+01:00' }),
        placed({ id: 'utc-0915', receivedAt: '2026-12-22T09:15:00Z' }),
        placed({ id: 'tokyo-0900', receivedAt: '2026-12-22T18:00:00+09:00' }),
      ),
    ).toEqual(['tokyo-0900', 'utc-0915', 'berlin-0930']);
  });

  it('never ties: the ticket id decides between equal tickets', () => {
    const [a, b] = [placed({ id: 'T-a' }), placed({ id: 'T-b' })];
    expect(a.place).not.toBe(b.place);
    expect(order(b, a)).toEqual(['T-a', 'T-b']);
  });
});
