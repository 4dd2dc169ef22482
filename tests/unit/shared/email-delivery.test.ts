import { describe, expect, it } from 'vitest';
import {
  MARK_SENT_PATIENCE_MS,
  newClaim,
  sendClaimedEmail,
} from '../../../functions/shared/email-delivery';
import type { EmailMessage } from '../../../functions/core/email/email-message';
import type { OutboxEmail, TicketStore } from '../../../functions/adapters/ticket-store';
import { AT, quietLogger, quietMetrics } from '../router/router-fixtures';

const email: OutboxEmail = {
  ticketId: 't-1',
  sequence: 1,
  recipient: 'agent',
  message: { to: 'ann@example.com', subject: 's', text: 't', html: '<p>t</p>' },
  sent: false,
};

class DynamoDown extends Error {
  override readonly name = 'DynamoDown';
}

/** A store whose mark-sent fails `failures` times; it records what was asked of it. */
function setUp(failures: number) {
  const asked: string[] = [];
  const sends: EmailMessage[] = [];
  const sleeps: number[] = [];
  let left = failures;
  const tickets = {
    markEmailSent: async (_email: OutboxEmail, sent: { messageId: string }) => {
      asked.push(`mark ${sent.messageId}`);
      if (left-- > 0) throw new DynamoDown('connection refused');
    },
    releaseEmail: async () => {
      asked.push('release');
    },
  } as unknown as TicketStore;
  const deps = {
    tickets,
    mailer: {
      send: async (message: EmailMessage) => {
        sends.push(message);
        return { messageId: `ses-${sends.length}` };
      },
    },
    clock: () => AT,
    logger: quietLogger(),
    metrics: quietMetrics(),
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
  };
  return { deps, asked, sends, sleeps };
}

describe('sendClaimedEmail', () => {
  it('keeps trying to mark an accepted email sent while DynamoDB is away, and sends it once', async () => {
    const { deps, asked, sends, sleeps } = setUp(3);
    await sendClaimedEmail(deps, email, newClaim(AT));
    expect(sends).toHaveLength(1);
    expect(asked).toEqual(['mark ses-1', 'mark ses-1', 'mark ses-1', 'mark ses-1']);
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('fails the record with the store’s error once its patience is spent, never releasing the claim of a sent email', async () => {
    const { deps, asked, sends, sleeps } = setUp(Infinity);
    await expect(sendClaimedEmail(deps, email, newClaim(AT))).rejects.toThrow(DynamoDown);
    expect(sends).toHaveLength(1);
    expect(asked).not.toContain('release');
    const paused = sleeps.reduce((sum, ms) => sum + ms, 0);
    expect(paused).toBeLessThanOrEqual(MARK_SENT_PATIENCE_MS);
    // The pauses grow to two seconds and fill the patience up to the last one that fits.
    expect(Math.max(...sleeps)).toBe(2_000);
    expect(paused + 2_000).toBeGreaterThan(MARK_SENT_PATIENCE_MS);
    expect(asked).toHaveLength(sleeps.length + 1);
  });

  it('gives the claim back when SES refuses, so the retry need not wait out the lease', async () => {
    const { deps, asked } = setUp(0);
    const refusing = {
      ...deps,
      mailer: {
        send: async () => {
          throw new Error('MessageRejected');
        },
      },
    };
    await expect(sendClaimedEmail(refusing, email, newClaim(AT))).rejects.toThrow(/email/i);
    expect(asked).toEqual(['release']);
  });
});
