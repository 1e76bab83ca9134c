import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../platform/deadlines';
import { LATE_FEE_RULE, lateFee } from './late-fee';

describe('加处罚款 (行政处罚法 §72): 3 % of the fine a day, never more than the fine', () => {
  it('counts from the day after the deadline', () => {
    // the rate in the data is the rate in the text the decision quotes
    expect(LATE_FEE_RULE).toMatchObject({ percentPerDay: 3, citation: '行政处罚法 第七十二条第一款第（一）项' });
    expect(LATE_FEE_RULE.text).toContain('百分之三');
    expect(lateFee(1_000_000, '2026-11-17', '2026-11-17')).toEqual({ days: 0, feeFen: 0, capped: false });
    expect(lateFee(1_000_000, '2026-11-17', '2026-11-18')).toEqual({ days: 1, feeFen: 30_000, capped: false });
  });

  it('drops a fraction of a fen: 3 % of 10.01 yuan is 30.03 fen a day → 30 fen, 2 days 60.06 → 60', () => {
    expect(lateFee(1001, '2026-11-17', '2026-11-18').feeFen).toBe(30);
    expect(lateFee(1001, '2026-11-17', '2026-11-19').feeFen).toBe(60);
  });

  it('is exact beyond float precision: 9 007 199 254 740 991 fen × 3 % × 1 day', () => {
    // 9007199254740991 × 3 / 100 = 270215977642229.73 → 270 215 977 642 229 fen
    expect(lateFee(Number.MAX_SAFE_INTEGER, '2026-11-17', '2026-11-18').feeFen).toBe(270_215_977_642_229);
  });

  it('never exceeds the fine, and reaches it from day 34 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 0, max: 400 }), (fine, days) => {
        const fee = lateFee(fine, '2026-01-01', addCalendarDays('2026-01-01', days));
        expect(fee.feeFen).toBeLessThanOrEqual(fine);
        expect(fee.capped).toBe(days >= 34);
        if (days >= 34) expect(fee.feeFen).toBe(fine);
      }),
    );
  });

  it('rejects a fine that is not whole fen', () => {
    expect(() => lateFee(10.5, '2026-11-17', '2026-11-18')).toThrow(RangeError);
  });
});
