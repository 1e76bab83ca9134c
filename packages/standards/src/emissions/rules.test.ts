import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmp, div, fromInt, mul, parseDecimal, ratio, sub, toDecimalString, type Rational } from '../exact';
import { hourlyAmountKg, hoursInYear, permitUse, sumAmounts } from './amount';
import { exceedanceRuns, judgeHour, noxAsNo2, parsePermitLimit } from './exceedance';
import { DEFAULT_FLAG_RULES, flagRule, isValidMinuteFlag } from './flags';
import { heavyMetalOf, heavyMetalReferral } from './heavy-metals';
import {
  convertedHourlyMean,
  dailyMeanOfHours,
  hourlyMean,
  isValidDay,
  isValidMonth,
  type MinuteValue,
} from './hourly';
import { referenceOxygen } from '../sources/oxygen-reference';
import { convertToReferenceO2 } from './o2';
import { emissionSettings } from './settings';

const d = (x: string | number): Rational => parseDecimal(x);
const minutes = (values: (string | number)[], flag = 'N'): MinuteValue[] => values.map((v) => ({ value: d(v), flag }));
const str = (r: Rational | null): string | null => (r === null ? null : toDecimalString(r));
const H = 3_600_000;

describe('flags (HJ 212-2017 表8)', () => {
  it('N is valid, F M S D C T B are excluded, each with a reason; unknown flags are excluded', () => {
    expect(isValidMinuteFlag('N')).toBe(true);
    for (const f of ['F', 'M', 'S', 'D', 'C', 'T', 'B', '停运', 'X']) expect(isValidMinuteFlag(f)).toBe(false);
    for (const r of DEFAULT_FLAG_RULES) expect(r.reason.length).toBeGreaterThan(5);
    expect(flagRule('F').claimsNotOperating).toBe(true);
    expect(flagRule('B').claimsNotOperating).toBe(false);
  });
});

describe('valid hourly mean (HJ 76 App. B: ≥ 45 valid minutes)', () => {
  it('45 valid minutes make a valid hour, 44 do not; flagged minutes are left out of the mean', () => {
    // 45 × 10 + 15 × 1000 flagged M → mean of the valid 45 = 10.
    const h = hourlyMean([...minutes(Array(45).fill(10)), ...minutes(Array(15).fill(1000), 'M')]);
    expect(h).toMatchObject({ validMinutes: 45, valid: true });
    expect(str(h.mean)).toBe('10');
    const short = hourlyMean([...minutes(Array(44).fill(10)), ...minutes(Array(16).fill(10), 'B')]);
    expect(short).toMatchObject({ validMinutes: 44, valid: false, mean: null });
    expect(hourlyMean(minutes(Array(30).fill(1)), emissionSettings({ minValidMinutesPerHour: 30 })).valid).toBe(true);
  });
  it('property: the mean of n ≥ 45 valid minutes lies between their min and max, exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 45, maxLength: 60 }), (milli) => {
        const vals = milli.map((m) => ratio(BigInt(m), 1000n));
        const h = hourlyMean(vals.map((value) => ({ value, flag: 'N' })));
        const lo = vals.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
        const hi = vals.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
        expect(h.valid).toBe(true);
        expect(cmp(h.mean as Rational, lo) >= 0 && cmp(h.mean as Rational, hi) <= 0).toBe(true);
        // mean × n == sum, exactly
        const sum = milli.reduce((a, b) => a + b, 0);
        expect(cmp(mul(h.mean as Rational, fromInt(vals.length)), ratio(BigInt(sum), 1000n))).toBe(0);
      }),
    );
  });
  it('daily ≥ 20 valid hours, monthly ≥ 25 valid days, February ≥ 23', () => {
    expect([isValidDay(19), isValidDay(20)]).toEqual([false, true]);
    expect([isValidMonth(24, 3), isValidMonth(25, 3), isValidMonth(22, 2), isValidMonth(23, 2)]).toEqual([
      false,
      true,
      false,
      true,
    ]);
    // 20 hours of 1 and 4 invalid → daily mean 1; 19 → none.
    expect(str(dailyMeanOfHours([...Array(20).fill(fromInt(1)), null, null, null, null]))).toBe('1');
    expect(dailyMeanOfHours([...Array(19).fill(fromInt(1)), null])).toBeNull();
  });
});

describe('O2 conversion C × (21 − O2ref)/(21 − O2meas)', () => {
  it('worked examples by hand', () => {
    // 100 × (21 − 9)/(21 − 12) = 100 × 12/9 = 400/3
    const r = convertToReferenceO2(
      '100',
      '12',
      String(referenceOxygen('GB13271-2014', 'coal_fired_boiler')?.percent ?? 'x'),
    );
    expect(r).toEqual({ ok: true, value: ratio(400n, 3n) });
    // 50 × (21 − 3.5)/(21 − 7) = 50 × 17.5/14 = 62.5
    expect(convertToReferenceO2('50', '7', '3.5')).toEqual({ ok: true, value: d('62.5') });
  });
  it('O2 ≥ 21 or < 0 is an invalid reading with a code, never a division', () => {
    expect(convertToReferenceO2(100, 21, 9)).toEqual({ ok: false, reason: 'O2_AT_OR_ABOVE_21' });
    expect(convertToReferenceO2(100, '25.1', 9)).toEqual({ ok: false, reason: 'O2_AT_OR_ABOVE_21' });
    expect(convertToReferenceO2(100, '-0.1', 9)).toEqual({ ok: false, reason: 'O2_NEGATIVE' });
    expect(referenceOxygen('GB18485-2014', 'waste_incinerator')?.verified).toBe(false);
  });
  it('property: converting at O2meas = O2ref is the identity; higher O2meas raises the value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 209 }),
        fc.integer({ min: 0, max: 209 }),
        (c, ref, meas) => {
          const C = ratio(BigInt(c), 100n);
          const R = ratio(BigInt(ref), 10n);
          const M = ratio(BigInt(meas), 10n);
          const same = convertToReferenceO2(C, R, R);
          expect(same.ok && cmp(same.value, C) === 0).toBe(true);
          const r = convertToReferenceO2(C, M, R);
          if (!r.ok) throw new Error('in range');
          expect(cmp(r.value, C)).toBe(c === 0 ? 0 : Math.sign(meas - ref));
        },
      ),
    );
  });
  it('hourly basis converts the means; minute basis converts each minute (they differ when O2 varies)', () => {
    // Minutes: 30 × (C 100, O2 12) + 30 × (C 200, O2 15); ref 9.
    const conc = [...minutes(Array(30).fill(100)), ...minutes(Array(30).fill(200))];
    const o2 = [...minutes(Array(30).fill(12)), ...minutes(Array(30).fill(15))];
    // hourly: 150 × 12/(21 − 13.5) = 150 × 12/7.5 = 240
    const hourly = convertedHourlyMean(conc, o2, d(9));
    expect(hourly.ok && str(hourly.value)).toBe('240');
    // minute: (100 × 12/9 + 200 × 12/6)/2 = (133.33… + 400)/2 = 800/3
    const minute = convertedHourlyMean(conc, o2, d(9), emissionSettings({ o2ConversionBasis: 'minute' }));
    expect(minute.ok && cmp(minute.value, ratio(800n, 3n))).toBe(0);
    // All O2 at 21 → the O2 hour is invalid (no valid O2 minute), not a division.
    expect(convertedHourlyMean(conc, minutes(Array(60).fill(21)), d(9))).toEqual({
      ok: false,
      reason: 'O2_HOUR_INVALID',
    });
  });
});

describe('exceedance', () => {
  it('above the limit exceeds, equal does not; multiple (C − L)/L; pH range', () => {
    const L = parsePermitLimit('100');
    if (!L) throw new Error('limit');
    expect(judgeHour(d(150), L)).toEqual({ exceeded: true, multiple: d('0.5') });
    expect(judgeHour(d(100), L)).toEqual({ exceeded: false, multiple: null });
    const ph = parsePermitLimit('6-9');
    expect(ph?.kind).toBe('range');
    if (!ph) throw new Error('ph');
    expect([judgeHour(d('5.9'), ph).exceeded, judgeHour(d(6), ph).exceeded, judgeHour(d('9.1'), ph).exceeded]).toEqual([
      true,
      false,
      true,
    ]);
    expect([parsePermitLimit('x'), parsePermitLimit('0'), parsePermitLimit('9-6')]).toEqual([null, null, null]);
  });
  it('property: multiple × L + L = C for every exceeding hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 7 }), (l, c) => {
        const L = ratio(BigInt(l), 100n);
        const C = ratio(BigInt(c), 100n);
        const j = judgeHour(C, { kind: 'max', max: L });
        expect(j.exceeded).toBe(c > l);
        if (j.multiple) expect(cmp(sub(mul(j.multiple, L), sub(C, L)), fromInt(0))).toBe(0);
      }),
    );
  });
  it('NOx as NO2 = NO × 46/30 + NO2 (NO 30, NO2 4 → 50)', () => {
    expect(str(noxAsNo2(d(30), d(4)))).toBe('50');
    expect(str(noxAsNo2(d(30), d(4), emissionSettings({ noToNo2Factor: { n: 153n, d: 100n } })))).toBe('49.9');
  });
  it('runs of consecutive exceeding hours; an invalid or compliant hour ends a run', () => {
    const t0 = Date.UTC(2026, 0, 1);
    const hour = (i: number, v: number | null, ex: boolean) => ({
      hourStart: t0 + i * H,
      value: v === null ? null : fromInt(v),
      exceeded: ex,
      multiple: ex && v !== null ? div(sub(fromInt(v), fromInt(100)), fromInt(100)) : null,
    });
    const runs = exceedanceRuns([
      hour(0, 120, true),
      hour(1, 180, true),
      hour(2, 90, false),
      hour(3, 130, true),
      hour(5, 300, true),
    ]);
    expect(runs.map((r) => [r.from - t0, r.to - t0, r.hours, str(r.maxValue), str(r.maxMultiple)])).toEqual([
      [0, 2 * H, 2, '180', '0.8'],
      [3 * H, 4 * H, 1, '130', '0.3'],
      [5 * H, 6 * H, 1, '300', '2'],
    ]);
  });
});

describe('emitted amount', () => {
  it('50 mg/m³ × 100 000 m³/h = 5 kg; sums by day, month, year; permit use and projection', () => {
    expect(str(hourlyAmountKg(d(50), d(100000)))).toBe('5');
    const t = sumAmounts([
      { day: '2026-01-31', kg: d(5) },
      { day: '2026-01-31', kg: d('2.5') },
      { day: '2026-02-01', kg: d(1) },
    ]);
    expect([
      str(t.byDay.get('2026-01-31') ?? null),
      str(t.byMonth.get('2026-02') ?? null),
      str(t.byYear.get('2026') ?? null),
    ]).toEqual(['7.5', '1', '8.5']);
    // 100 t after 2190 of 8760 h → projected 400 t = permitted 400 t: not exceeding; used 1/4.
    const u = permitUse(d(100000), d(400), 2190, 8760);
    expect([str(u.usedShare), str(u.projectedKg), u.projectedExceeds, u.exceeded]).toEqual([
      '0.25',
      '400000',
      false,
      false,
    ]);
    expect(permitUse(d(100001), d(400), 2190, 8760).projectedExceeds).toBe(true);
    expect([hoursInYear(2024), hoursInYear(2026), hoursInYear(1900)]).toEqual([8784, 8760, 8760]);
  });
});

describe('heavy metals referral (法释〔2023〕7号 §1(3)(4))', () => {
  it('≥ 3× for Pb…Sb, ≥ 10× for Ni…Co; CO is not cobalt', () => {
    expect(heavyMetalReferral('Pb', d('1.5'), d('0.5'))?.referral).toBe(true);
    expect(heavyMetalReferral('Pb', d('1.49'), d('0.5'))?.referral).toBe(false);
    expect(
      heavyMetalReferral('Pb', d('1.5'), d('0.5'), emissionSettings({ referralBasis: 'multiple' }))?.referral,
    ).toBe(false);
    expect(heavyMetalReferral('Ni', d('9.9'), d(1))?.referral).toBe(false);
    expect(heavyMetalReferral('Ni', d(10), d(1))).toMatchObject({ referral: true, threshold: 10 });
    expect([
      heavyMetalOf('CO'),
      heavyMetalOf('Co'),
      heavyMetalOf('Cr6'),
      heavyMetalOf('总铅'),
      heavyMetalOf('so2'),
    ]).toEqual([null, 'Co', 'Cr', 'Pb', null]);
  });
});
