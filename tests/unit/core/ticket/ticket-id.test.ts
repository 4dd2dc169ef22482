import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  namespacedId,
  ticketContentHash,
  webhookNamespace,
} from '../../../../functions/core/ticket/ticket-id';
import { ticket } from '../../router/router-fixtures';

describe('namespacedId', () => {
  it('puts an id under its source, and the same id under two sources apart', () => {
    expect(namespacedId('email', 'a@b.example')).toBe('email:a@b.example');
    expect(namespacedId(webhookNamespace('chat-widget'), '42')).toBe('chat:chat-widget:42');
    expect(namespacedId(webhookNamespace('web-form'), '42')).not.toBe(
      namespacedId(webhookNamespace('chat-widget'), '42'),
    );
  });

  it('keeps within the schema’s 256 characters by a digest of a long id', () => {
    const fits = 'x'.repeat(256 - 'email:'.length);
    expect(namespacedId('email', fits)).toHaveLength(256);
    const long = `${fits}y`;
    expect(namespacedId('email', long)).toBe(
      `email:sha256-${createHash('sha256').update(long).digest('hex')}`,
    );
  });
});

describe('ticketContentHash', () => {
  it('is the same for a redelivery and differs for another sender, subject or body', () => {
    const base = ticket({ subject: 'Order', customer: { email: 'a@example.com' } });
    const same = ticket({
      subject: 'Order',
      customer: { email: 'a@example.com', id: 'other' },
      receivedAt: '2026-12-22T10:00:00Z',
      tags: ['x'],
    });
    expect(ticketContentHash(same)).toBe(ticketContentHash(base));
    for (const other of [
      ticket({ subject: 'Order', customer: { email: 'b@example.com' } }),
      ticket({ subject: 'Order!', customer: { email: 'a@example.com' } }),
      ticket({ subject: 'Order', customer: { email: 'a@example.com' }, body: 'Else.' }),
    ])
      expect(ticketContentHash(other)).not.toBe(ticketContentHash(base));
  });
});
