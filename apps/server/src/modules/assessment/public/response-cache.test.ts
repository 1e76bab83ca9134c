import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
  it('computes once per window, shares the computation with concurrent callers, and expires', async () => {
    const cache = new ResponseCache();
    let calls = 0;
    const compute = async () => ({ n: ++calls });
    const [a, b] = await Promise.all([cache.get('k', 1000, 0, compute), cache.get('k', 1000, 10, compute)]);
    expect(a).toEqual({ value: { n: 1 }, json: '{"n":1}' });
    expect(b).toBe(a);
    expect((await cache.get('k', 1000, 999, compute)).value.n).toBe(1);
    expect((await cache.get('k', 1000, 1000, compute)).value.n).toBe(2);
  });

  it('forgets failures', async () => {
    const cache = new ResponseCache();
    await expect(
      cache.get('k', 1000, 0, async () => {
        throw new Error('down');
      }),
    ).rejects.toThrow('down');
    expect((await cache.get('k', 1000, 1, async () => 7)).value).toBe(7);
  });
});
