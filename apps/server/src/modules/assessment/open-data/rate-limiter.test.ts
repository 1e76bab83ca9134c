import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows `limit` requests per window, then refuses until the window resets', () => {
    const l = new RateLimiter(60_000);
    const t0 = 1_800_000_000_000; // a window boundary (divisible by 60 000)
    expect(l.take('k', 2, t0)).toEqual({ isAllowed: true, limit: 2, remaining: 1, resetSeconds: 60 });
    expect(l.take('k', 2, t0 + 1_000)).toEqual({ isAllowed: true, limit: 2, remaining: 0, resetSeconds: 59 });
    expect(l.take('k', 2, t0 + 30_500)).toEqual({ isAllowed: false, limit: 2, remaining: 0, resetSeconds: 30 });
    expect(l.take('other', 2, t0 + 30_500).isAllowed).toBe(true);
    expect(l.take('k', 2, t0 + 60_000)).toMatchObject({ isAllowed: true, remaining: 1 });
  });
});
