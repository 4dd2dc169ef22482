import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { routeTicket } from '../../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../../functions/core/routing/routing-state';
import { RETENTION_DEFAULTS } from '../../../../functions/core/config/config-schema';
import { readableItem } from '../../../../functions/adapters/dynamodb/readable-item';
import {
  autoReplyItem,
  decisionFromItem,
  identifierItems,
  outboxFromItem,
  outboxItem,
  ticketItem,
} from '../../../../functions/adapters/dynamodb/ticket-items';
import { TICKET_INDEXES, TICKETS_TABLE } from '../../../../functions/definitions/tables';
import { AT, liveConfig, ticket } from '../../router/router-fixtures';

const live = liveConfig();

describe('ticket items', () => {
  it('use the key and index attributes the table definition declares', () => {
    const item = ticketItem(
      ticket({ threadId: 'conv-1', customer: { id: 'c-1' } }),
      routeTicket(live.compiled, ticket(), AT, EMPTY_ROUTING_STATE),
      AT,
    );
    // An assigned ticket is in every index but the waiting line (its identifiers are items of
    // their own).
    const declared = [
      TICKETS_TABLE.partitionKey,
      TICKETS_TABLE.sortKey!,
      ...TICKETS_TABLE.globalIndexes
        .filter(
          (index) =>
            index.indexName !== TICKET_INDEXES.byLine &&
            index.indexName !== TICKET_INDEXES.byIdentifier,
        )
        .flatMap((index) =>
          index.sortKey ? [index.partitionKey, index.sortKey] : [index.partitionKey],
        ),
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
      [TICKETS_TABLE.ttlAttribute!]: Math.floor(AT / 1000) + 400 * 86_400,
      surveyRetentionDays: 400,
    });
  });

  it('put a ticket without an agent in its team’s line, keyed as byLine declares, from the moment it was routed', () => {
    const saturday = Date.parse('2026-12-26T10:00:00Z');
    const waiting = ticket({ priority: 'high', receivedAt: '2026-12-26T10:59:00+01:00' });
    const decision = routeTicket(live.compiled, waiting, saturday, EMPTY_ROUTING_STATE);
    expect(decision).toMatchObject({
      status: 'queued',
      team: 'emea',
      agent: null,
      expectedReplyBy: '2026-12-28T08:00:00.000Z',
    });
    const item = ticketItem(waiting, decision, saturday);
    const byLine = TICKETS_TABLE.globalIndexes.find(
      (index) => index.indexName === TICKET_INDEXES.byLine,
    )!;
    expect(item).toMatchObject({
      [byLine.partitionKey.name]: 'emea#0',
      // priority high, then the reply-by in UTC (Monday 08:00 in Berlin, an hour of the team's
      // shift later: high), arrival, id
      [byLine.sortKey!.name]: `1#${decision.expectedReplyBy}#2026-12-26T09:59:00.000Z#T-1`,
      waitingSince: new Date(saturday).toISOString(),
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

  it('store an email packed, large or small, and read it back unchanged', () => {
    const message = {
      to: 'ann@example.com',
      subject: 'Ticket',
      text: 'x'.repeat(128 * 1024),
      html: `<p>${'&lt;'.repeat(32 * 1024)}</p>`,
    };
    const item = outboxItem('T-1', 1, 'agent', message, { token: 'k', at: AT }, 1_900_000_000);
    expect(item).not.toHaveProperty('text');
    expect(item).not.toHaveProperty('html');
    expect(item.body.byteLength).toBeLessThan(2_048);
    expect(item.sk).toBe('OUTBOX#001');
    expect(item.expiresAt).toBe(1_900_000_000);
    expect(outboxFromItem('Tickets', item)).toEqual({
      ticketId: 'T-1',
      sequence: 1,
      recipient: 'agent',
      message,
      sent: false,
      claim: { token: 'k', at: AT },
    });
  });

  it('keep the customer’s acknowledgement at OUTBOX#000 with its sender and header fields', () => {
    const message = {
      to: 'jonas@example.de',
      subject: 'Re: Bestellung',
      text: 'Hallo',
      html: '<p>Hallo</p>',
      from: 'support@parcelwise.example',
      headers: [{ name: 'In-Reply-To', value: '<a@example.de>' }],
    };
    const item = outboxItem('T-1', 0, 'customer', message, { token: 'k', at: AT }, 1_900_000_000);
    expect(item.sk).toBe('OUTBOX#000');
    expect(item).toHaveProperty('body');
    expect(outboxFromItem('Tickets', item)).toMatchObject({ recipient: 'customer', message });
  });

  it('read emails stored gzipped apart or plain by earlier versions', () => {
    const message = {
      to: 'ann@example.com',
      subject: 'Ticket',
      text: 'Hällo',
      html: '<p>Hällo</p>',
    };
    const packed: Record<string, unknown> = outboxItem(
      'T-1',
      1,
      'agent',
      message,
      { token: 'k', at: AT },
      1_900_000_000,
    );
    const rest = Object.fromEntries(Object.entries(packed).filter(([name]) => name !== 'body'));
    const gzipped = { ...rest, textGz: gzipSync(message.text), htmlGz: gzipSync(message.html) };
    const plain = { ...rest, text: message.text, html: message.html };
    expect(outboxFromItem('Tickets', gzipped).message).toEqual(message);
    expect(outboxFromItem('Tickets', plain).message).toEqual(message);
  });

  it('refuse an email whose body is not of a packed format, naming the item', () => {
    const item = outboxItem(
      'T-1',
      1,
      'agent',
      { to: 'a@b.c', subject: 's', text: 't', html: 'h' },
      { token: 'k', at: AT },
      1,
    );
    expect(() => outboxFromItem('Tickets', { ...item, body: new Uint8Array([9, 1, 2]) })).toThrow(
      'Tickets item TICKET#T-1/OUTBOX#001: body is not a packed text and HTML',
    );
  });

  it('keep the decision’s reasons packed, the rest of it a map, and read them back', () => {
    const decision = routeTicket(live.compiled, ticket(), AT, EMPTY_ROUTING_STATE);
    const item = ticketItem(ticket(), decision, AT);
    expect(item.decision).not.toHaveProperty('reasons');
    expect(item.decision).toMatchObject({ team: decision.team, language: decision.language });
    expect(item.decision.reasonsPacked).toBeInstanceOf(Uint8Array);
    expect(decisionFromItem('Tickets', item)).toEqual(decision);
    expect(readableItem(item).decision).toEqual(decision);
  });

  it('read reasons kept as a list by earlier versions and the scheduler’s reroutes', () => {
    const decision = routeTicket(live.compiled, ticket(), AT, EMPTY_ROUTING_STATE);
    const item = { ...ticketItem(ticket(), decision, AT), decision };
    expect(decisionFromItem('Tickets', item)).toEqual(decision);
    expect(readableItem(item)).toBe(item);
  });

  it('refuse a decision whose packed reasons do not unpack, naming the item', () => {
    const decision = routeTicket(live.compiled, ticket(), AT, EMPTY_ROUTING_STATE);
    const item = ticketItem(ticket(), decision, AT);
    const broken = { ...item, decision: { ...item.decision, reasonsPacked: new Uint8Array([9]) } };
    expect(() => decisionFromItem('Tickets', broken)).toThrow(
      `Tickets item TICKET#${decision.ticketId}/TICKET: decision.reasonsPacked is not packed text`,
    );
  });

  it('record a thread’s last acknowledgement under its own key, kept two days', () => {
    expect(autoReplyItem('root@example.de', 'T-1', AT)).toEqual({
      pk: 'AUTOREPLY#root@example.de',
      sk: 'AUTOREPLY',
      ticketId: 'T-1',
      lastAt: AT,
      expiresAt: Math.floor(AT / 1000) + 2 * 86_400,
    });
  });

  it('keep a ticket, its identifiers and emails as long as the configuration says, 400 days unless', () => {
    expect(RETENTION_DEFAULTS.tickets).toBe(400);
    const retention = { ...RETENTION_DEFAULTS, tickets: 30, surveyAnswers: 20 };
    const customer = { email: 'Ana@Example.com', id: 'c-7' };
    const decision = routeTicket(live.compiled, ticket({ customer }), AT, EMPTY_ROUTING_STATE);
    const thirtyDays = Math.floor(AT / 1000) + 30 * 86_400;
    expect(ticketItem(ticket({ customer }), decision, AT, retention)).toMatchObject({
      expiresAt: thirtyDays,
      surveyRetentionDays: 20,
    });
    const identifiers = identifierItems(ticket({ customer }), AT, retention);
    expect(identifiers.map((item) => [item.sk, item.identifierKey, item.expiresAt])).toEqual([
      ['IDENTIFIER#email:ana@example.com', 'email:ana@example.com', thirtyDays],
      ['IDENTIFIER#email-mailbox:ana@example.com', 'email-mailbox:ana@example.com', thirtyDays],
      ['IDENTIFIER#customer-id:c-7', 'customer-id:c-7', thirtyDays],
    ]);
    expect(identifiers.every((item) => item.pk === 'TICKET#T-1')).toBe(true);
  });
});
