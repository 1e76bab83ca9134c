import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AqiStandardId } from '../registry';
import { breakpoints, IAQI_STEPS, type Indicator } from './aqi-tables';
import { iaqi } from './iaqi';
import { naiveFloatIaqi, referenceIaqi } from './iaqi-reference.testkit';

const STANDARDS: AqiStandardId[] = ['HJ633-2012', 'HJ633-2026'];
const TABLE_INDICATORS: Indicator[] = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'co_24h',
  'co_1h',
  'o3_1h',
  'o3_8h',
  'pm10_24h',
  'pm2_5_24h',
];
const short = (s: AqiStandardId): '2012' | '2026' => (s === 'HJ633-2012' ? '2012' : '2026');
// One reporting step: CO is reported to 0.1 mg/m³, the rest to 1 µg/m³.
const stepOf = (ind: Indicator): number => (ind.startsWith('co') ? 0.1 : 1);
const fmt = (x: number, ind: Indicator): string => x.toFixed(ind.startsWith('co') ? 1 : 0);

describe('iaqi at every breakpoint and one step either side (HJ 633 table 1)', () => {
  for (const standard of STANDARDS) {
    for (const ind of TABLE_INDICATORS) {
      const bps = breakpoints(ind, standard);
      bps.forEach((bp, i) => {
        it(`${standard} ${ind} @ ${bp}`, () => {
          expect(iaqi(ind, bp, { standard }).value).toBe(IAQI_STEPS[i]);
          const b = Number(bp);
          for (const c of [b - stepOf(ind), b + stepOf(ind)]) {
            if (c < 0) continue;
            const text = fmt(c, ind);
            const ref = referenceIaqi(ind, text, short(standard));
            const got = iaqi(ind, text, { standard });
            if (ref === null)
              expect(got.value === 500 || got.value === 200 || got.value === 300 || got.value === null).toBe(true);
            else expect(got.value).toBe(ref);
          }
        });
      });
    }
  }
});

describe('worked examples and floating-point traps (reference §1.5, §7.1)', () => {
  it('A7: CO 24 h 2.2 mg/m³ → 55, where the naive double formula gives 56', () => {
    expect(iaqi('co_24h', 2.2, { standard: 'HJ633-2012' }).value).toBe(55);
    expect(iaqi('co_24h', '2.2', { standard: 'HJ633-2026' }).value).toBe(55);
    expect(naiveFloatIaqi('co_24h', 2.2, '2012')).toBe(56);
  });
  it('A8: CO 1 h 65.4 mg/m³ → 218 (naive 219)', () => {
    expect(iaqi('co_1h', 65.4, { standard: 'HJ633-2012' }).value).toBe(218);
    expect(naiveFloatIaqi('co_1h', 65.4, '2012')).toBe(219);
  });
  it('A2/A3: PM breakpoints differ between versions; 2026 rounds 35.5 half to even first', () => {
    const pm25 = ['35', '35.5', '36', '60', '61', '76', '115', '116', '250', '500'];
    expect(pm25.map((c) => iaqi('pm2_5_24h', c, { standard: 'HJ633-2012' }).value)).toEqual([
      50, 51, 52, 82, 83, 102, 150, 152, 300, 500,
    ]);
    expect(pm25.map((c) => iaqi('pm2_5_24h', c, { standard: 'HJ633-2026' }).value)).toEqual([
      50, 52, 52, 100, 101, 115, 150, 152, 300, 500,
    ]);
    expect(iaqi('pm10_24h', 150, { standard: 'HJ633-2012' }).value).toBe(100);
    expect(iaqi('pm10_24h', 150, { standard: 'HJ633-2026' }).value).toBe(112);
    expect(iaqi('pm2_5_24h', 75, { standard: 'HJ633-2026' }).value).toBe(114);
  });
  it('sweeps every 0.1-step CO value against the independent implementation, and finds the float traps', () => {
    let traps = 0;
    for (const ind of ['co_24h', 'co_1h'] as const) {
      const top = ind === 'co_24h' ? 600 : 1500;
      for (let tenths = 0; tenths <= top; tenths++) {
        const text = `${Math.floor(tenths / 10)}.${tenths % 10}`;
        const ref = referenceIaqi(ind, text, '2012');
        expect(iaqi(ind, text, { standard: 'HJ633-2012' }).value).toBe(ref);
        expect(iaqi(ind, tenths / 10, { standard: 'HJ633-2026' }).value).toBe(ref);
        if (naiveFloatIaqi(ind, Number(text), '2012') !== ref) traps++;
      }
    }
    expect(traps).toBeGreaterThanOrEqual(2);
  });
});

describe('special rules and flags', () => {
  it('SO2 1 h above 800: 2012 gives no value, 2026 gives 200', () => {
    expect(iaqi('so2_1h', 801, { standard: 'HJ633-2012' })).toMatchObject({ value: null, flags: ['so2-1h-over-800'] });
    expect(iaqi('so2_1h', 900, { standard: 'HJ633-2026' })).toMatchObject({ value: 200, flags: ['so2-1h-over-800'] });
    expect(iaqi('so2_1h', 800, { standard: 'HJ633-2012' }).value).toBe(200);
  });
  it('O3 8 h above 800: 2012 gives no value, 2026 gives 300', () => {
    expect(iaqi('o3_8h', 850, { standard: 'HJ633-2012' }).value).toBeNull();
    expect(iaqi('o3_8h', 850, { standard: 'HJ633-2026' }).value).toBe(300);
  });
  it('above the top breakpoint caps at 500 with a flag; bad input is null', () => {
    expect(iaqi('pm2_5_24h', 501, { standard: 'HJ633-2012' })).toMatchObject({ value: 500, flags: ['above-scale'] });
    expect(iaqi('pm2_5_24h', 500, { standard: 'HJ633-2012' }).flags).toEqual([]);
    expect(iaqi('pm10_24h', 'abc', { standard: 'HJ633-2012' })).toMatchObject({ value: null, flags: ['invalid'] });
    expect(iaqi('pm10_24h', -1, { standard: 'HJ633-2012' })).toMatchObject({ value: null, flags: ['negative'] });
  });
  it('2026 rounds half to even (GB/T 8170); the option turns it off or on', () => {
    expect(iaqi('co_24h', '2.25', { standard: 'HJ633-2026' }).concentration).toEqual({ n: 11n, d: 5n });
    expect(iaqi('pm10_24h', '50.5', { standard: 'HJ633-2026', roundConcentration: false }).value).toBe(51);
    expect(iaqi('pm10_24h', '50.5', { standard: 'HJ633-2026' }).value).toBe(50);
    expect(iaqi('pm2_5_24h', '35.5', { standard: 'HJ633-2012', roundConcentration: true }).value).toBe(52);
  });
});

describe('properties', () => {
  const indArb = fc.constantFrom(...TABLE_INDICATORS);
  const stdArb = fc.constantFrom(...STANDARDS);
  it('IAQI is monotone in concentration', () => {
    fc.assert(
      fc.property(
        indArb,
        stdArb,
        fc.integer({ min: 0, max: 40000 }),
        fc.integer({ min: 0, max: 40000 }),
        (ind, standard, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = iaqi(ind, `${lo / 10}`, { standard, roundConcentration: false }).value;
          const y = iaqi(ind, `${hi / 10}`, { standard, roundConcentration: false }).value;
          if (x !== null && y !== null) expect(x).toBeLessThanOrEqual(y);
        },
      ),
    );
  });
  it('IAQI is continuous at breakpoints: just below a breakpoint is within one of its IAQI', () => {
    fc.assert(
      fc.property(indArb, stdArb, (ind, standard) => {
        breakpoints(ind, standard).forEach((bp, i) => {
          if (i === 0) return;
          const below = `${bp}`.includes('.') ? bp : `${Number(bp) - 1}.9999`;
          const v = iaqi(ind, below, { standard, roundConcentration: false }).value as number;
          expect(v).toBe(IAQI_STEPS[i]);
        });
      }),
    );
  });
  it('agrees with the independent implementation on random 3-decimal concentrations', () => {
    fc.assert(
      fc.property(indArb, stdArb, fc.integer({ min: 0, max: 600000 }), (ind, standard, milli) => {
        const text = (milli / 1000).toFixed(3);
        const ref = referenceIaqi(ind, text, short(standard));
        const got = iaqi(ind, text, { standard, roundConcentration: false }).value;
        if (ref !== null) expect(got).toBe(ref);
      }),
      { numRuns: 2000 },
    );
  });
});
