import { describe, expect, it } from 'vitest';
import type { AdminResponse } from '../../../functions/admin/admin-response';
import { WeekCoverageCache } from '../../../functions/admin/week-coverage-cache';

const answer = (body: string): AdminResponse => ({ statusCode: 200, headers: {}, body });

describe('the week coverage cache', () => {
  it('computes each week once per version, and forgets every week when the version changes', async () => {
    const cache = new WeekCoverageCache();
    let computed = 0;
    const compute = (body: string) => async () => {
      computed += 1;
      return answer(body);
    };
    expect((await cache.answer(1, 'week 1', compute('a'))).body).toBe('a');
    expect((await cache.answer(1, 'week 1', compute('other'))).body).toBe('a');
    expect(computed).toBe(1);
    expect((await cache.answer(2, 'week 1', compute('b'))).body).toBe('b');
    expect(computed).toBe(2);
    expect(cache.cached).toBe(1);
  });

  it('keeps at most its size, dropping the least recently asked for', async () => {
    const cache = new WeekCoverageCache(2);
    const compute = (body: string) => async () => answer(body);
    await cache.answer(1, 'a', compute('a'));
    await cache.answer(1, 'b', compute('b'));
    await cache.answer(1, 'a', compute('a again'));
    await cache.answer(1, 'c', compute('c'));
    expect(cache.cached).toBe(2);
    expect((await cache.answer(1, 'a', compute('a again'))).body).toBe('a');
    expect((await cache.answer(1, 'b', compute('b again'))).body).toBe('b again');
  });

  it('does not keep an answer computed for a version that was replaced meanwhile', async () => {
    const cache = new WeekCoverageCache();
    let release: () => void = () => {};
    const slow = cache.answer(
      1,
      'week',
      () =>
        new Promise<AdminResponse>((resolve) => {
          release = () => resolve(answer('old'));
        }),
    );
    await cache.answer(2, 'week', async () => answer('new'));
    release();
    expect((await slow).body).toBe('old');
    expect((await cache.answer(2, 'week', async () => answer('other'))).body).toBe('new');
  });

  it('keeps nothing from a failed computation', async () => {
    const cache = new WeekCoverageCache();
    await expect(
      cache.answer(1, 'week', async () => {
        throw new Error('version 1 does not validate');
      }),
    ).rejects.toThrow('does not validate');
    expect(cache.cached).toBe(0);
  });
});
