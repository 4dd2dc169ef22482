import { describe, expect, it } from 'vitest';
import { MAX_EMAIL_MESSAGE_CHARS } from '../../../functions/core/email/message-excerpt';
import { routeTicket } from '../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { outboxItem, ticketItem } from '../../../functions/adapters/dynamodb/ticket-items';
import { outboxEmailFor } from '../../../functions/shared/outbox-email';
import { hostileInputs } from '../../fixtures/hostile/hostile-inputs';
import { AT, liveConfig, ticket } from '../router/router-fixtures';

/** DynamoDB's limit on one item, attribute names included. */
const ITEM_LIMIT_BYTES = 400 * 1024;

/** An item's size as DynamoDB counts it: names and values in UTF-8, binary as its bytes. */
function itemBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(value).length / 2) + 1;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + itemBytes(v), 0);
  return (
    3 +
    Object.entries(value as Record<string, unknown>).reduce(
      (sum, [name, v]) => sum + Buffer.byteLength(name) + 1 + itemBytes(v),
      0,
    )
  );
}

const live = liveConfig();
const chats = hostileInputs().flatMap((input) => (input.kind === 'chat' ? [input] : []));

describe('a chat body near the queue limit', () => {
  it.each(chats.map((input) => [input.name, input.body] as const))(
    '%s makes a ticket item and an outbox item DynamoDB can store',
    (_name, body) => {
      const hostile = ticket({ body });
      const decision = routeTicket(live.compiled, hostile, AT, EMPTY_ROUTING_STATE);
      const email = outboxEmailFor({
        ticket: hostile,
        decision,
        config: live.config,
        now: AT,
        followUp: false,
      });
      if (email.kind !== 'email') throw new Error(`no email: ${email.kind}`);
      const claim = { token: 'claim', at: AT };
      expect(
        itemBytes(outboxItem(hostile.id, 1, email.recipient, email.message, claim, AT)),
      ).toBeLessThan(ITEM_LIMIT_BYTES);
      expect(itemBytes(ticketItem(hostile, decision, AT))).toBeLessThan(ITEM_LIMIT_BYTES);
      // The agent sees the start of the message and a note that it goes on.
      expect(email.message.text).toContain(body.slice(0, 1_000));
      expect(email.message.text).not.toContain(body.slice(0, MAX_EMAIL_MESSAGE_CHARS + 1));
      expect(email.message.text).toMatch(
        /\[Shortened: this email shows the first 32 KiB of the customer's 245 KiB message\./,
      );
    },
  );

  it('leaves a message that fits an email whole', () => {
    const body = 'Hello,\nmy order has not arrived.\n'.repeat(100);
    const shortTicket = ticket({ body });
    const decision = routeTicket(live.compiled, shortTicket, AT, EMPTY_ROUTING_STATE);
    const email = outboxEmailFor({
      ticket: shortTicket,
      decision,
      config: live.config,
      now: AT,
      followUp: false,
    });
    if (email.kind !== 'email') throw new Error(`no email: ${email.kind}`);
    expect(email.message.text).toContain(body.trimEnd());
    expect(email.message.text).not.toContain('Shortened');
  });
});
