import { describe, expect, it } from 'vitest';
import { privacySchema, RETENTION_DEFAULTS } from '../../../../functions/core/config/config-schema';
import { PERSONAL_DEAD_LETTER_QUEUES } from '../../../../functions/definitions/privacy';
import { INGEST } from '../../../../functions/definitions/ingest';
import {
  DEFAULT_RETENTION,
  expiresAfter,
  partitionExpiry,
  retentionOf,
  surveyExpiry,
} from '../../../../functions/core/privacy/retention';

const AT = Date.parse('2027-01-01T00:00:00Z');
const DAY = 86_400;

describe('retention', () => {
  it('reads the configuration in force, else the documented defaults', () => {
    expect(retentionOf(undefined)).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION.tickets).toBe(400);
    const retentionDays = { ...DEFAULT_RETENTION, tickets: 90 };
    expect(retentionOf({ plusAddressing: 'distinct', retentionDays }).tickets).toBe(90);
  });

  it('counts TTLs in epoch seconds', () => {
    expect(expiresAfter(AT + 999, 1)).toBe(AT / 1000 + DAY);
  });

  it('gives an item written later into a ticket the ticket’s own expiry', () => {
    const ticketExpiry = AT / 1000 + 90 * DAY;
    // A handover a month after routing: the email goes with the ticket, not 90 days later.
    expect(partitionExpiry(ticketExpiry, AT + 30 * DAY * 1000)).toBe(ticketExpiry);
    expect(partitionExpiry(undefined, AT, { ...DEFAULT_RETENTION, tickets: 10 })).toBe(
      AT / 1000 + 10 * DAY,
    );
  });

  it('keeps a survey answer its own days, never past its ticket', () => {
    expect(surveyExpiry(AT, 30, AT / 1000 + 400 * DAY)).toBe(AT / 1000 + 30 * DAY);
    expect(surveyExpiry(AT, 400, AT / 1000 + 5 * DAY)).toBe(AT / 1000 + 5 * DAY);
    expect(surveyExpiry(AT, undefined, undefined)).toBe(AT / 1000 + 400 * DAY);
  });

  it('bounds raw mail and dead letters by what the stack keeps them, 30 and 14 days', () => {
    expect(RETENTION_DEFAULTS.rawMail).toBe(INGEST.mailRetentionDays);
    for (const queue of PERSONAL_DEAD_LETTER_QUEUES) {
      expect(RETENTION_DEFAULTS.deadLetters).toBe(queue.retentionDays);
    }
    const problems = (retentionDays: object) => {
      const parsed = privacySchema.safeParse({ retentionDays });
      return parsed.success
        ? []
        : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(problems({ rawMail: 7, deadLetters: 1 })).toEqual([]);
    expect(problems({ rawMail: 31, deadLetters: 15 })).toEqual([
      "retentionDays.rawMail: must be at most 30 days (the mail bucket's lifecycle rule)",
      "retentionDays.deadLetters: must be at most 14 days (SQS's maximum)",
    ]);
    // A survey answer longer than its ticket is allowed, and goes with the ticket (surveyExpiry).
    expect(problems({ tickets: 90, surveyAnswers: 365 })).toEqual([]);
  });
});
