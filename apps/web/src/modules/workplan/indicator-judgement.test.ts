import { describe, expect, it } from 'vitest';
import { judgeIndicator } from './indicator-judgement';
import type { Indicator } from './types';

const latest = (value: number | null) => ({ value, asOf: null, note: null });

describe('judgeIndicator', () => {
  it.each<[Indicator['direction'], number, number | null, string]>([
    ['at_least', 33, 33, 'attained'],
    ['at_least', 33, 32.9, 'not_attained'],
    ['reach', 10, 10, 'attained'],
    ['at_most', 30, 30, 'attained'],
    ['at_most', 30, 30.1, 'not_attained'],
    ['eliminate', 0, 1, 'not_attained'],
    ['eliminate', 0, 0, 'attained'],
    ['at_least', 33, null, 'no_data'],
  ])('%s target %d, latest %s → %s', (direction, target, value, expected) => {
    expect(judgeIndicator({ direction, target, latest: latest(value) })).toBe(expected);
  });

  it('treats a missing latest block as no data', () => {
    expect(judgeIndicator({ direction: 'at_most', target: 1, latest: undefined })).toBe('no_data');
  });
});
