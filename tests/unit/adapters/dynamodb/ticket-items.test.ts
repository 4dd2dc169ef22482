import { describe, expect, it } from 'vitest';
import { routeTicket } from '../../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import {
  OUTBOX_INLINE_LIMIT_BYTES,
  outboxFromItem,
  outboxItem,
  ticketItem,
} from '../../../../functions/adapters/dynamodb/ticket-items';
import { TICKETS_TABLE, TICKET_RETENTION_DAYS } from '../../../../functions/definitions/tables';
import { AT, liveConfig, ticket } from '../../router/router-fixtures';

const live = liveConfig();

describe('ticket items', () => {
  it('use the key and index attributes the table definition declares', () => {
    const item = ticketItem(
      ticket({ threadId: 'conv-1', customer: { id: 'c-1' } }),
      routeTicket(live.compiled, ticket(), AT, EMPTY_ROUTING_STATE),
      AT,
    );
    const declared = [
      TICKETS_TABLE.partitionKey,
      TICKETS_TABLE.sortKey!,
      ...TICKETS_TABLE.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey!]),
    ];
    for (const key of declared)
      expect(typeof (item as Record<string, unknown>)[key.name]).toBe('string');
    expect(item).toMatchObject({
      pk: 'TICKET#T-1',
      sk: 'TICKET',
      teamStatus: 'emea#assigned',
      threadKey: 'conv-1',
      customerKey: 'c-1',
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      [TICKETS_TABLE.ttlAttribute!]: Math.floor(AT / 1000) + TICKET_RETENTION_DAYS * 86_400,
    });
  });

  it('leave a ticket without thread or customer id out of those indexes', () => {
    const item = ticketItem(
      ticket(),
      routeTicket(live.compiled, ticket(), AT, EMPTY_ROUTING_STATE),
      AT,
    );
    expect(item).not.toHaveProperty('threadKey');
    expect(item).not.toHaveProperty('customerKey');
  });

  it('store a large email gzipped and read it back unchanged', () => {
    const message = {
      to: 'ann@example.com',
      subject: 'Ticket',
      text: 'x'.repeat(OUTBOX_INLINE_LIMIT_BYTES),
      html: `<p>${'&lt;'.repeat(OUTBOX_INLINE_LIMIT_BYTES / 4)}</p>`,
    };
    const item = outboxItem('T-1', 1, 'agent', message, { token: 'k', at: AT }, AT);
    expect(item).not.toHaveProperty('text');
    expect(item.sk).toBe('OUTBOX#001');
    expect(outboxFromItem('Tickets', item)).toEqual({
      ticketId: 'T-1',
      sequence: 1,
      recipient: 'agent',
      message,
      sent: false,
      claim: { token: 'k', at: AT },
    });
  });
});
