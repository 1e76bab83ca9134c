import { describe, expect, it } from 'vitest';
import { shanghaiMonthEnd, trajectoryPoints } from './metric-months';

describe('metric trajectory points', () => {
  it('ends a Shanghai month at its last millisecond (UTC 16:00 the day before the next month)', () => {
    expect(shanghaiMonthEnd(2026, 2).toISOString()).toBe('2026-02-28T15:59:59.999Z');
    expect(shanghaiMonthEnd(2024, 2).toISOString()).toBe('2024-02-29T15:59:59.999Z');
    expect(shanghaiMonthEnd(2025, 12).toISOString()).toBe('2025-12-31T15:59:59.999Z');
  });

  it('reads each month end of the current year up to today, the current month now', () => {
    const now = new Date('2026-11-28T02:00:00Z');
    const points = trajectoryPoints(2026, now);
    expect(points.map((p) => p.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(points[9]).toMatchObject({ asOf: new Date('2026-10-31T15:59:59.999Z'), isNow: false });
    expect(points.at(-1)).toMatchObject({ asOf: now, isNow: true });
  });

  it('takes the Shanghai day: 31 Dec 17:00 UTC is already January of the next year', () => {
    const now = new Date('2025-12-31T17:00:00Z');
    expect(trajectoryPoints(2026, now).map((p) => p.month)).toEqual(['2026-01']);
    expect(trajectoryPoints(2025, now)).toHaveLength(12);
    expect(trajectoryPoints(2025, now).every((p) => !p.isNow)).toBe(true);
  });

  it('has no point for a year not yet begun', () => {
    expect(trajectoryPoints(2027, new Date('2026-11-28T02:00:00Z'))).toEqual([]);
  });
});
