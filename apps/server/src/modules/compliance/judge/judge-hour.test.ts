import { describe, expect, it } from 'vitest';
import { judgeOutletHour, type OutletToJudge } from './judge-hour';
import type { MinuteObservation } from './minute-series';

const H0 = Date.parse('2026-06-01T02:00:00Z');

/** 60 minutes of each parameter at the given value (flag N unless given). */
function hour(values: Record<string, number | [number, string]>): MinuteObservation[] {
  const rows: MinuteObservation[] = [];
  for (let m = 0; m < 60; m++)
    for (const [parameter, v] of Object.entries(values)) {
      const [value, flag] = Array.isArray(v) ? v : [v, 'N'];
      rows.push({ parameter, period_start: new Date(H0 + m * 60_000).toISOString(), value, flag });
    }
  return rows;
}

const gas = (o: Partial<OutletToJudge> = {}): OutletToJudge => ({
  id: 'o1',
  medium: 'gas',
  o2Reference: null,
  limits: [],
  ...o,
});
const limit = (pollutant: string, value: number, min: number | null = null) => ({ pollutant, value, unit: '', min });
const rowsOf = (...args: Parameters<typeof judgeOutletHour>) => judgeOutletHour(...args).map((v) => v.row);

describe('judgeOutletHour', () => {
  it('judges pH as a range: 5.5 and 9.5 exceed, 7 and the bounds comply, with no multiple and no amount', () => {
    const outlet = gas({ medium: 'water', limits: [limit('ph', 9, 6)] });
    const verdicts = [5.5, 9.5, 7, 6, 9].map((ph) => rowsOf(outlet, H0, hour({ ph, flow: 10 }))[0]!);
    expect(verdicts.map((r) => r.exceeded)).toEqual([1, 1, 0, 0, 0]);
    expect(verdicts.every((r) => r.multiple === null && r.amount_kg === null && r.note === '')).toBe(true);
    // a max limit of 9 (the negative control: without the range 5.5 complies)
    expect(rowsOf(gas({ limits: [limit('ph', 9)] }), H0, hour({ ph: 5.5 }))[0]!.exceeded).toBe(0);
  });

  it('derives NOx as NO2 from NO and NO2 when the logger sends no NOx (90 × 46/30 + 10 = 148)', () => {
    const [nox] = rowsOf(gas({ limits: [limit('nox', 100)] }), H0, hour({ no: 90, no2: 10 }));
    expect(nox).toMatchObject({
      mean: 148,
      exceeded: 1,
      multiple: 0.48,
      note: 'NOX_FROM_NO_NO2',
      received_minutes: 60,
    });
    // NOx sent: used as is, NO and NO2 ignored
    const [sent] = rowsOf(gas({ limits: [limit('nox', 100)] }), H0, hour({ nox: 60, no: 90, no2: 10 }));
    expect(sent).toMatchObject({ mean: 60, exceeded: 0, note: '' });
    // a minute flagged on either NO or NO2 is excluded: 16 of them leave 44 valid minutes
    const flagged = hour({ no: 30, no2: 4 }).map((r, i) =>
      r.parameter === 'no2' && Math.floor(i / 2) < 16 ? { ...r, flag: 'M' } : r,
    );
    expect(rowsOf(gas({ limits: [limit('nox', 100)] }), H0, flagged)[0]).toMatchObject({ valid: 0, valid_minutes: 44 });
  });

  it('applies a special-period limit only while its period is in force, and says so', () => {
    const outlet = gas({
      limits: [limit('so2', 100)],
      specialLimits: [{ ...limit('so2', 50), specialPeriod: '重污染天气应急期间' }],
    });
    const inside = rowsOf(outlet, H0, hour({ so2: 80 }), undefined, new Set(['重污染天气应急期间']))[0]!;
    expect(inside).toMatchObject({
      limit_value: 50,
      exceeded: 1,
      multiple: 0.6,
      note: 'SPECIAL_PERIOD:重污染天气应急期间',
    });
    const outside = rowsOf(outlet, H0, hour({ so2: 80 }))[0]!;
    expect(outside).toMatchObject({ limit_value: 100, exceeded: 0, note: '' });
    // another period in force does not bring this one's limit
    expect(rowsOf(outlet, H0, hour({ so2: 80 }), undefined, new Set(['其他时段']))[0]!.limit_value).toBe(100);
  });

  it('weighs the hour: kg = mean (mg/m³, not converted) × flow (m³/h) × 1e-6, from `flow` or `flue_gas_flow`', () => {
    const outlet = gas({ o2Reference: 9, limits: [limit('so2', 100)] });
    const [a] = rowsOf(outlet, H0, hour({ so2: 80, o2: 12, flue_gas_flow: 20_000 }));
    // converted 80 × 12/9 ≈ 106.7 judges; the amount uses the measured 80
    expect(a).toMatchObject({ mean: 80, converted: 106.667, exceeded: 1, flow_mean: 20_000, amount_kg: 1.6 });
    const [b] = rowsOf(outlet, H0, hour({ so2: 80, o2: 12, flow: 12_345 }));
    expect(b!.amount_kg).toBe(0.9876);
    // water: mg/L is 1000 mg/m³ (95 mg/L × 10 m³/h = 0.95 kg)
    const [w] = rowsOf(gas({ medium: 'water', limits: [limit('cod', 100)] }), H0, hour({ cod: 95, flow: 10 }));
    expect(w).toMatchObject({ amount_kg: 0.95, exceeded: null, note: 'JUDGED_DAILY' });
  });

  it('weighs only valid hours, and never below zero', () => {
    const outlet = gas({ limits: [limit('so2', 100)] });
    const flowInvalid = hour({ so2: 80 }).concat(
      hour({ flow: [20_000, 'M'] }), // every flow minute in maintenance
    );
    expect(rowsOf(outlet, H0, flowInvalid)[0]).toMatchObject({
      flow_mean: null,
      amount_kg: null,
      received_minutes: 60,
    });
    const concInvalid = hour({ so2: [80, 'D'], flow: 20_000 });
    expect(rowsOf(outlet, H0, concInvalid)[0]).toMatchObject({ valid: 0, amount_kg: null, received_minutes: 60 });
    expect(rowsOf(outlet, H0, hour({ so2: -5, flow: 20_000 }))[0]!.amount_kg).toBe(0);
  });

  it('counts the minutes received with any flag, and an hour without data as 0', () => {
    const some = hour({ so2: [80, 'C'] }).slice(0, 30);
    expect(rowsOf(gas({ limits: [limit('so2', 100)] }), H0, some)[0]).toMatchObject({
      received_minutes: 30,
      valid_minutes: 0,
    });
    expect(rowsOf(gas({ limits: [limit('so2', 100)] }), H0, [])[0]).toMatchObject({ received_minutes: 0, valid: 0 });
  });

  it('flags an exceeding heavy-metal hour at ≥ 3× its limit for referral, not one below', () => {
    const outlet = gas({ limits: [limit('pb', 0.1), limit('cu', 0.5)] });
    const [pb, cu] = judgeOutletHour(outlet, H0, hour({ pb: 0.3, cu: 4.9 }));
    expect(pb!.referral).toMatchObject({ metal: 'Pb', threshold: 3, referral: true });
    expect(cu!.row.exceeded).toBe(1);
    expect(cu!.referral).toBeNull(); // Cu needs ≥ 10×: 4.9 / 0.5 = 9.8
    expect(judgeOutletHour(outlet, H0, hour({ pb: 0.29, cu: 5 }))[0]!.referral).toBeNull();
    expect(judgeOutletHour(outlet, H0, hour({ pb: 0.29, cu: 5 }))[1]!.referral?.metal).toBe('Cu');
    // `co` in the register is carbon monoxide, never cobalt
    expect(judgeOutletHour(gas({ limits: [limit('co', 1)] }), H0, hour({ co: 50 }))[0]!.referral).toBeNull();
  });

  it('stores a pollutant with only a permitted amount: its hours weighed, not judged', () => {
    const [r] = rowsOf(gas({ amountPollutants: ['so2'] }), H0, hour({ so2: 50, flow: 100_000 }));
    expect(r).toMatchObject({ limit_value: null, exceeded: null, amount_kg: 5, note: 'NO_LIMIT' });
  });
});
