import { describe, expect, it } from 'vitest';
import { onDemand } from '../../../functions/adapters/on-demand';

describe('onDemand', () => {
  it('loads on the first ask, once, and shares the value', async () => {
    let loads = 0;
    const value = onDemand(async () => ({ n: ++loads }));
    expect(value.started()).toBe(false);
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([value(), value()]);
    expect(a).toBe(b);
    expect(await value()).toBe(a);
    expect(loads).toBe(1);
    expect(value.started()).toBe(true);
  });

  it('tries a failed load again at the next ask instead of remembering the failure', async () => {
    let loads = 0;
    const value = onDemand(async () => {
      loads += 1;
      if (loads === 1) throw new Error('module missing');
      return 'client';
    });
    await expect(value()).rejects.toThrow('module missing');
    expect(value.started()).toBe(false);
    expect(await value()).toBe('client');
    expect(loads).toBe(2);
  });
});
