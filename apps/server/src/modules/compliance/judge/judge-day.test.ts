import { describe, expect, it } from 'vitest';
import type { StoredHourRow } from './compliance.repository';
import { dayRuns, nextDay } from './day-events';
import { judgeOutletDay, type DayOutlet } from './judge-day';

const water: DayOutlet = { id: 'w', medium: 'water', o2Reference: null, rangePollutants: new Set(['ph']) };
const gas: DayOutlet = { id: 'g', medium: 'gas', o2Reference: 9, rangePollutants: new Set() };

/** A stored hour of the day 2026-06-01 (Shanghai): valid with `mean`, or invalid (null). */
function h(i: number, mean: number | null, o: Partial<StoredHourRow> = {}): StoredHourRow {
  return {
    outlet_id: 'w',
    pollutant: 'cod',
    hour_start: new Date(Date.parse('2026-05-31T16:00:00Z') + i * 3_600_000).toISOString(),
    valid_minutes: mean === null ? 10 : 60,
    valid: mean === null ? 0 : 1,
    mean,
    o2_mean: null,
    converted: null,
    limit_value: 100,
    exceeded: null,
    multiple: null,
    note: mean === null ? 'HOUR_INVALID' : 'JUDGED_DAILY',
    judged_at: '2026-06-02T00:00:00Z',
    received_minutes: 60,
    flow_mean: 10,
    amount_kg: mean === null ? null : mean / 100,
    ...o,
  };
}

describe('judgeOutletDay', () => {
  it('judges a water day on the mean of its valid hours: 20 compliant hours cannot hide 4 high ones', () => {
    // 20 hours at 95 (each under 100) and 4 at 140: daily mean 102.5 exceeds; multiple 0.025 → 0.02 (half to even)
    const hours = Array.from({ length: 24 }, (_, i) => h(i, i < 20 ? 95 : 140));
    const { row } = judgeOutletDay(water, '2026-06-01', 'cod', hours);
    expect(row).toMatchObject({
      valid_hours: 24,
      valid: 1,
      mean: 102.5,
      limit_value: 100,
      exceeded: 1,
      multiple: 0.02,
    });
    expect(row.amount_kg).toBe(24.6); // 20 × 0.95 + 4 × 1.4, summed exactly
    // negative control: 24 hours at 95 comply
    const fine = judgeOutletDay(
      water,
      '2026-06-01',
      'cod',
      Array.from({ length: 24 }, (_, i) => h(i, 95)),
    );
    expect(fine.row).toMatchObject({ exceeded: 0, multiple: null, note: '' });
  });

  it('finds a day of 19 valid hours invalid (HJ 76: ≥ 20), however high its mean; 20 are enough', () => {
    const hours = Array.from({ length: 24 }, (_, i) => h(i, i < 19 ? 200 : null));
    const { row } = judgeOutletDay(water, '2026-06-01', 'cod', hours);
    expect(row).toMatchObject({ valid_hours: 19, valid: 0, mean: null, exceeded: null, note: 'DAY_INVALID' });
    const twenty = Array.from({ length: 24 }, (_, i) => h(i, i < 20 ? 200 : null));
    expect(judgeOutletDay(water, '2026-06-01', 'cod', twenty).row).toMatchObject({
      valid: 1,
      exceeded: 1,
      multiple: 1,
    });
  });

  it('uses the strictest limit of the day (a special period) and names it', () => {
    const hours = Array.from({ length: 24 }, (_, i) =>
      h(i, 90, i >= 12 ? { limit_value: 80, note: 'JUDGED_DAILY;SPECIAL_PERIOD:水温≤12℃' } : {}),
    );
    const { row } = judgeOutletDay(water, '2026-06-01', 'cod', hours);
    expect(row).toMatchObject({ limit_value: 80, exceeded: 1, note: 'SPECIAL_PERIOD:水温≤12℃' });
  });

  it('gives a gas day (and a pH day) its valid hours and amount, no verdict', () => {
    const hours = Array.from({ length: 24 }, (_, i) => h(i, 50, { outlet_id: 'g', converted: 60, amount_kg: 1.5 }));
    const { row } = judgeOutletDay(gas, '2026-06-01', 'so2', hours);
    expect(row).toMatchObject({
      valid: 1,
      mean: 60,
      exceeded: null,
      limit_value: null,
      amount_kg: 36,
      note: 'JUDGED_HOURLY',
    });
    const ph = judgeOutletDay(
      water,
      '2026-06-01',
      'ph',
      Array.from({ length: 24 }, (_, i) => h(i, 7, { amount_kg: null })),
    );
    expect(ph.row).toMatchObject({
      valid_hours: 24,
      mean: null,
      exceeded: null,
      amount_kg: null,
      note: 'JUDGED_HOURLY',
    });
  });

  it('flags an exceeding heavy-metal day at ≥ 3× for referral', () => {
    const hours = Array.from({ length: 24 }, (_, i) => h(i, 0.35, { pollutant: 'pb', limit_value: 0.1 }));
    expect(judgeOutletDay(water, '2026-06-01', 'pb', hours).referral).toMatchObject({ metal: 'Pb', referral: true });
    const below = Array.from({ length: 24 }, (_, i) => h(i, 0.25, { pollutant: 'pb', limit_value: 0.1 }));
    expect(judgeOutletDay(water, '2026-06-01', 'pb', below).referral).toBeNull();
  });
});

describe('day runs', () => {
  it('joins consecutive exceeding days, across a month end, and splits at a gap', () => {
    const d = (day: string, mean: number) => ({ day, mean, multiple: mean / 100 - 1 });
    const runs = dayRuns([d('2026-05-30', 120), d('2026-05-31', 150), d('2026-06-01', 110), d('2026-06-03', 130)]);
    expect(runs.map((r) => [r.firstDay, r.lastDay, r.days, r.peak])).toEqual([
      ['2026-05-30', '2026-06-01', 3, 150],
      ['2026-06-03', '2026-06-03', 1, 130],
    ]);
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
