import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AqiStandardId } from '../registry';
import { breakpoints, INDICATORS, type Indicator } from './aqi-tables';
import { iaqi } from './iaqi';
import { iaqiValue, reportedIaqiTable } from './iaqi-fast';

const STANDARDS: AqiStandardId[] = ['HJ633-2012', 'HJ633-2026'];
const topOf = (ind: Indicator, s: AqiStandardId): number => Number(breakpoints(ind, s).at(-1));
const exact = (
  ind: Indicator,
  c: number | string,
  standard: AqiStandardId,
  roundConcentration?: boolean,
): number | null => iaqi(ind, c, { standard, roundConcentration }).value;

describe('integer fast path = exact path', () => {
  for (const standard of STANDARDS) {
    for (const ind of INDICATORS) {
      it(`${standard} ${ind}: every integer 0…top+2 (and every 0.1 for CO), rounding on and off`, () => {
        const top = topOf(ind, standard);
        const isCo = ind.startsWith('co');
        // CO is reported in 0.1 mg/m³: its "integers" are tenths. Text input keeps the exact side free of doubles.
        const steps = isCo ? top * 10 + 20 : top + 2;
        let mismatches = 0;
        for (let k = 0; k <= steps; k++) {
          const text = isCo ? `${Math.floor(k / 10)}.${k % 10}` : String(k);
          const c = isCo ? k / 10 : k;
          for (const round of [false, true]) {
            if (iaqiValue(ind, c, standard, round) !== exact(ind, text, standard, round)) mismatches++;
          }
          if (iaqiValue(ind, c, standard) !== exact(ind, text, standard)) mismatches++;
        }
        expect(mismatches).toBe(0);
      });
    }
  }

  it('the reported-unit lookup tables equal the exact path at every index, and beyond the top', () => {
    for (const standard of STANDARDS) {
      for (const ind of INDICATORS) {
        const { table, above } = reportedIaqiTable(ind, standard);
        const unit = ind.startsWith('co') ? 10 : 1;
        expect(table.length).toBe(topOf(ind, standard) * unit + 1);
        table.forEach((v, u) => expect(v, `${standard} ${ind} ${u}`).toBe(exact(ind, u / unit, standard) ?? -1));
        expect(above).toBe(exact(ind, topOf(ind, standard) + 1, standard) ?? -1);
      }
    }
  });

  it('agrees on random 3-decimal values and on values the fast path hands back to the exact one', () => {
    const ind = fc.constantFrom(...INDICATORS);
    const std = fc.constantFrom(...STANDARDS);
    fc.assert(
      fc.property(ind, std, fc.boolean(), fc.integer({ min: 0, max: 4_000_000 }), (i, s, round, milli) => {
        expect(iaqiValue(i, milli / 1000, s, round)).toBe(exact(i, (milli / 1000).toFixed(3), s, round));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(ind, std, fc.boolean(), fc.double({ min: 0, max: 5000, noNaN: true }), (i, s, round, c) => {
        expect(iaqiValue(i, c, s, round)).toBe(exact(i, c, s, round));
      }),
      { numRuns: 3000 },
    );
  });

  it('traps, ties and bad input', () => {
    expect(iaqiValue('co_24h', 2.2, 'HJ633-2012')).toBe(55);
    expect(iaqiValue('co_1h', 65.4, 'HJ633-2012')).toBe(218);
    expect(iaqiValue('pm10_24h', 50.5, 'HJ633-2026')).toBe(50);
    expect(iaqiValue('pm10_24h', 51.5, 'HJ633-2026')).toBe(52);
    expect(iaqiValue('pm10_24h', 50.5, 'HJ633-2026', false)).toBe(51);
    expect(iaqiValue('pm2_5_24h', 35.0001, 'HJ633-2012')).toBe(exact('pm2_5_24h', '35.0001', 'HJ633-2012'));
    expect(iaqiValue('so2_1h', 801, 'HJ633-2012')).toBeNull();
    expect(iaqiValue('so2_1h', 801, 'HJ633-2026')).toBe(200);
    expect(iaqiValue('o3_8h', 800.4, 'HJ633-2026')).toBe(300);
    expect(iaqiValue('o3_8h', 800.4, 'HJ633-2026', true)).toBe(exact('o3_8h', '800.4', 'HJ633-2026', true));
    expect(iaqiValue('pm2_5_24h', 1e12, 'HJ633-2012')).toBe(500);
    for (const bad of [Number.NaN, -1, -0.001, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(iaqiValue('pm10_24h', bad, 'HJ633-2012')).toBeNull();
    expect(iaqiValue('pm10_24h', -0, 'HJ633-2012')).toBe(0);
  });
});
