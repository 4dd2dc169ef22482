import { describe, expect, it } from 'vitest';
import { MAX_EMAIL_MESSAGE_CHARS } from '../../../functions/core/email/message-excerpt';
import { routeTicket } from '../../../functions/core/routing/route-ticket';
import { EMPTY_ROUTING_STATE } from '../../../functions/core/routing/routing-state';
import { ITEM_LIMIT_BYTES, itemBytes } from '../../../functions/adapters/dynamodb/item-size';
import { outboxItem, ticketItem } from '../../../functions/adapters/dynamodb/ticket-items';
import { outboxEmailFor } from '../../../functions/shared/outbox-email';
import { hostileInputs } from '../../fixtures/hostile/hostile-inputs';
import { AT, liveConfig, ticket } from '../router/router-fixtures';

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
        itemBytes(outboxItem(hostile.id, 1, email.recipient, email.message, claim, 1_900_000_000)),
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
