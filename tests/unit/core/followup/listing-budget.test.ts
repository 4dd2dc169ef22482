import { describe, expect, it } from 'vitest';
import { pageAllowance } from '../../../../functions/core/followup/listing-budget';

describe('a run’s share of a full listing', () => {
  it('grants pages up to the run’s count', () => {
    const mayRead = pageAllowance({ maxPages: 2, reserveMs: 0 }, () => 60_000);
    expect([mayRead(), mayRead(), mayRead()]).toEqual([true, true, false]);
    expect(mayRead.granted()).toBe(2);
  });

  it('begins no page once less than the reserve is left, reading the time left when asked', () => {
    let left = 70_000;
    const mayRead = pageAllowance({ maxPages: 100, reserveMs: 60_000 }, () => left);
    expect(mayRead()).toBe(true);
    left = 60_000;
    expect(mayRead()).toBe(true);
    left = 59_999;
    expect(mayRead()).toBe(false);
    expect(mayRead.granted()).toBe(2);
  });

  it('grants nothing to a run that has no time to spare', () => {
    const mayRead = pageAllowance({ maxPages: 100, reserveMs: 60_000 }, () => 1_000);
    expect(mayRead()).toBe(false);
    expect(mayRead.granted()).toBe(0);
  });
});
