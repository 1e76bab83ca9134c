import { describe, expect, it } from 'vitest';
import { capitalYuan } from './capital-yuan';

describe('capitalYuan (大写金额)', () => {
  it.each([
    [200_000, '贰拾万元整'],
    [10, '拾元整'],
    [15, '拾伍元整'],
    [100_000, '壹拾万元整'],
    [1_000_000, '壹佰万元整'],
    [1010, '壹仟零壹拾元整'],
    [1, '壹元整'],
    [0, '零元整'],
    [105, '壹佰零伍元整'],
    [10_001, '壹万零壹元整'],
    [1_001_000, '壹佰万零壹仟元整'],
    [110_000, '壹拾壹万元整'],
    [123_456, '壹拾贰万叁仟肆佰伍拾陆元整'],
    [100_000_001, '壹亿零壹元整'],
    [60_000, '陆万元整'],
  ])('%d → %s', (yuan, text) => {
    expect(capitalYuan(yuan)).toBe(text);
  });

  it('refuses fractions and negative amounts instead of dropping them', () => {
    expect(() => capitalYuan(0.5)).toThrow(RangeError);
    expect(() => capitalYuan(-10)).toThrow(RangeError);
    expect(() => capitalYuan(Number.NaN)).toThrow(RangeError);
  });

  it('reads every digit back: the capitals decode to the same number (1 … 10⁹, sampled)', () => {
    const value: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
    const place: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
    const decode = (s: string): number => {
      let total = 0;
      let section = 0;
      let digit = 0;
      for (const ch of s.replace('元整', '')) {
        if (ch in value) digit = value[ch]!;
        else if (ch in place) {
          section += (digit || 1) * place[ch]!;
          digit = 0;
        } else if (ch === '亿') {
          total = (total + section + digit) * 100_000_000;
          section = digit = 0;
        } else if (ch === '万') {
          total += (section + digit) * 10_000;
          section = digit = 0;
        }
      }
      return total + section + digit;
    };
    for (let n = 1; n < 1e9; n = Math.floor(n * 1.37) + 7) expect(decode(capitalYuan(n)), String(n)).toBe(n);
  });
});
