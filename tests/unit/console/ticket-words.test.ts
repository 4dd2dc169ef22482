import { describe, expect, it } from 'vitest';
import {
  conversationOf,
  durationText,
  expectedReplyByOf,
  replyByText,
  ticketWait,
  waitText,
  whoText,
} from '../../../functions/console/src/tickets/ticket-words';

const NOW = Date.parse('2026-12-22T10:00:00Z');

describe('the tickets pages in words', () => {
  it('adds the current wait to the ended ones', () => {
    const waiting = ticketWait(
      { waitingSince: '2026-12-22T09:48:00.000Z', waitedMs: 5 * 60_000 },
      NOW,
    );
    expect(waiting).toEqual({ waitingSince: '2026-12-22T09:48:00.000Z', waitedMs: 17 * 60_000 });
    expect(waitText(waiting)).toBe('waiting 17 min');
    expect(waitText(ticketWait({ waitedMs: 3 * 3_600_000 + 5 * 60_000 }, NOW))).toBe(
      'waited 3 h 05 min',
    );
    expect(waitText(ticketWait({}, NOW))).toBe('never waited');
    expect(durationText(30_000)).toBe('under a minute');
    expect(durationText(2 * 86_400_000 + 4 * 3_600_000)).toBe('2 d 4 h');
  });

  it('tells a promise, no promise, and a decision from before promises apart', () => {
    expect(expectedReplyByOf({ expectedReplyBy: '2026-12-22T13:15:00.000Z' })).toBe(
      '2026-12-22T13:15:00.000Z',
    );
    expect(
      replyByText(
        expectedReplyByOf({ expectedReplyBy: '2026-12-22T13:15:00.000Z' }),
        'Europe/Berlin',
      ),
    ).toBe('Tue 22 Dec 2026, 14:15 Europe/Berlin (UTC+01:00)');
    expect(replyByText(expectedReplyByOf({ expectedReplyBy: null }), 'UTC')).toBe(
      'nothing promised',
    );
    expect(replyByText(expectedReplyByOf({ reasons: [] }), 'UTC')).toBe('—');
  });

  it('says who acted and through what', () => {
    const at = '2026-12-22T10:00:00.000Z';
    expect(whoText({ event: 'assigned', at })).toBe('the router');
    expect(whoText({ event: 'acknowledged', at, by: 'link', actor: 'jonas.becker' })).toBe(
      'jonas.becker, through the email link',
    );
    expect(whoText({ event: 'resolved', at, by: 'cli', actor: 'ana' })).toBe('ana, with the CLI');
    expect(whoText({ event: 'handed-over', at, by: 'scheduler' })).toBe('the scheduler');
    expect(whoText({ event: 'acknowledged', at, by: 'link' })).toBe('through the email link');
  });

  it('tells the conversation oldest first: the ticket’s own message, then the ones kept after it', () => {
    const record = {
      receivedAt: '2026-12-22T09:14:00Z',
      ticket: { subject: 'Lieferung fehlt', body: 'Wo ist mein Paket?' },
    };
    const messages = [
      {
        sequence: 1,
        from: 'agent',
        agent: 'jonas-becker',
        at: '2026-12-22T10:30:00Z',
        text: 'Morgen.',
      },
      { sequence: 2, from: 'bot', at: '2026-12-22T10:31:00Z', text: 'not a message of ours' },
      { sequence: 3, from: 'customer', at: '2026-12-22T11:05:00Z', text: 'Danke.' },
    ];
    expect(conversationOf(record, messages)).toEqual([
      {
        from: 'customer',
        who: 'the customer',
        at: '2026-12-22T09:14:00Z',
        text: 'Lieferung fehlt\n\nWo ist mein Paket?',
      },
      { from: 'agent', who: 'agent jonas-becker', at: '2026-12-22T10:30:00Z', text: 'Morgen.' },
      { from: 'customer', who: 'the customer', at: '2026-12-22T11:05:00Z', text: 'Danke.' },
    ]);
    expect(conversationOf({}, [])).toEqual([]);
  });
});
