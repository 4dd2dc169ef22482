import { describe, expect, it } from 'vitest';
import {
  addressedToReplies,
  findReplyAddress,
  replyAddress,
  replyAddressSigned,
  replyKeyOf,
} from '../../../../functions/core/replies/reply-address';

const SECRET = 'reply-address-test-secret';
const DOMAIN = 'Support.Parcelwise.example';
const TICKET = 'email:CAF1-lena-1@mail.example.de';

describe('reply addresses', () => {
  const address = replyAddress(SECRET, { ticketId: TICKET, assignment: 3 }, DOMAIN);

  it('fits a local part, is lower case and reads back', () => {
    const [local, domain] = address.split('@');
    expect(domain).toBe('support.parcelwise.example');
    expect(local!.length).toBeLessThanOrEqual(64);
    expect(address).toBe(address.toLowerCase());
    const parsed = findReplyAddress(['someone@else.example', address.toUpperCase()], DOMAIN);
    expect(parsed).toEqual({ key: replyKeyOf(TICKET), assignment: 3, mac: expect.any(String) });
    expect(replyAddressSigned(SECRET, TICKET, parsed!)).toBe(true);
  });

  it('holds for one ticket, one assignment and one secret only', () => {
    const parsed = findReplyAddress([address], DOMAIN)!;
    expect(replyAddressSigned(SECRET, 'email:another@mail.example.de', parsed)).toBe(false);
    expect(replyAddressSigned('another secret', TICKET, parsed)).toBe(false);
    expect(replyAddressSigned(SECRET, TICKET, { ...parsed, assignment: 4 })).toBe(false);
    expect(replyAddressSigned(SECRET, TICKET, { ...parsed, mac: '0'.repeat(24) })).toBe(false);
  });

  it('tells reply addresses at the domain from everything else', () => {
    expect(findReplyAddress([address], 'other.example')).toBeUndefined();
    expect(findReplyAddress(['reply-nonsense@support.parcelwise.example'], DOMAIN)).toBeUndefined();
    expect(addressedToReplies(['reply-nonsense@support.parcelwise.example'], DOMAIN)).toBe(true);
    expect(addressedToReplies(['help@support.parcelwise.example'], DOMAIN)).toBe(false);
  });
});
