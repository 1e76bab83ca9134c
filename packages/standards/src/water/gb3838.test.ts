import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFixedExact } from '../exact';
import { rateBasinByShares, classifyFewSections } from './basin';
import { cwqi } from './cwqi';
import {
  classifyItem,
  classifySection,
  exceedanceMultiple,
  mgPerLToUgPerL,
  parseWaterClass,
  ugPerLToMgPerL,
  waterClassLabel,
  waterLimit,
  waterStatus,
} from './gb3838';
import { EVALUATED_ITEMS, GB3838_LIMITS, type WaterClass } from './gb3838-tables';

describe('GB 3838-2002 item classes', () => {
  it('classes at and just past each limit; DO is a lower bound; TP differs for lakes; pH 6-9', () => {
    expect(['0.15', '0.16', '0.5', '1.0', '1.5', '2.0', '2.01'].map((v) => classifyItem('nh3_n', v))).toEqual([
      1, 2, 2, 3, 4, 5, 6,
    ]);
    expect(['7.5', '7.49', '6', '5', '3', '2', '1.99'].map((v) => classifyItem('do', v))).toEqual([
      1, 2, 2, 3, 4, 5, 6,
    ]);
    expect(classifyItem('tp', '0.05', 'river')).toBe(2);
    expect(classifyItem('tp', '0.05', 'lake')).toBe(3);
    expect(['5.99', '6', '9', '9.01'].map((v) => classifyItem('ph', v))).toEqual([6, 1, 1, 6]);
    expect(classifyItem('cod', '15')).toBe(1);
    expect(classifyItem('water_temperature', '20')).toBeNull();
    expect(waterLimit('tp', 3, 'lake')).toBe('0.05');
  });
  it('section class by single factor, worse-than-target items with multiples', () => {
    const r = classifySection({ ph: '7.2', do: '4', codmn: '7.5', nh3_n: '2.5', tp: '0.1', tn: '9' });
    expect(r.waterClass).toBe(6);
    expect(r.worstItems).toEqual(['nh3_n']);
    expect(r.itemClasses.tn).toBeUndefined();
    expect(toFixedExact(exceedanceMultiple('nh3_n', '2.5', 3) as never, 2)).toBe('1.50');
    expect(exceedanceMultiple('do', '4', 3)).toBeNull();
    expect(exceedanceMultiple('codmn', '5', 3)).toBeNull();
    expect(classifySection({}).waterClass).toBeNull();
  });
  it('labels, parsing, status words, unit conversion', () => {
    expect(['Ⅲ', 'III', '3', 'Ⅱ类', '劣Ⅴ', '劣V', 'x'].map(parseWaterClass)).toEqual([3, 3, 3, 2, 6, 6, null]);
    expect(waterClassLabel(6)).toBe('劣Ⅴ');
    expect(waterStatus(2).zh).toBe('优');
    expect(waterStatus(6).zh).toBe('重度污染');
    expect(toFixedExact(ugPerLToMgPerL('0.05'), 5)).toBe('0.00005');
    expect(toFixedExact(mgPerLToUgPerL('0.001'), 0)).toBe('1');
    expect(EVALUATED_ITEMS).toHaveLength(21);
  });
  it('a worse value never gives a better class (property)', () => {
    const items = Object.keys(GB3838_LIMITS) as (keyof typeof GB3838_LIMITS)[];
    fc.assert(
      fc.property(
        fc.constantFrom(...items),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (item, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const cl = classifyItem(item, `${lo / 100000}`) as WaterClass;
          const ch = classifyItem(item, `${hi / 100000}`) as WaterClass;
          // For DO a higher value is better; for every other item a higher value is worse.
          if (item === 'do') expect(ch).toBeLessThanOrEqual(cl);
          else expect(ch).toBeGreaterThanOrEqual(cl);
        },
      ),
    );
  });
});

describe('CWQI and basin rating', () => {
  it('W1: river CWQI of pH 7.6, DO 6.0, CODMn 4.0, NH3-N 0.5, TP 0.1 = 2.80', () => {
    const r = cwqi({ ph: '7.6', do: '6.0', codmn: '4.0', nh3_n: '0.5', tp: '0.1' });
    expect(r.rounded).toBe('2.80');
    expect(toFixedExact(r.items.do as never, 4)).toBe('0.8333');
    expect(cwqi({ ph: '6.5', tp: '0.1' }, 'lake').rounded).toBe('2.50');
  });
  it('basin rating by section shares (≥ 5 sections)', () => {
    const rate = (cs: WaterClass[], o = {}): string => rateBasinByShares(cs, o).status;
    expect(rate([1, 2, 3, 3, 3, 3, 3, 3, 3, 4])).toBe('excellent');
    expect(rate([1, 2, 3, 4, 4])).toBe('lightly-polluted');
    expect(rate([3, 3, 3, 4])).toBe('good');
    expect(rate([1, 4, 5, 6, 5])).toBe('moderately-polluted');
    expect(rate([1, 2, 3, 3, 3, 3, 6, 6, 6, 6])).toBe('heavily-polluted');
    expect(rate([1, 2, 3, 3, 3, 3, 6, 6, 6, 6], { severeGoodShareBelow: 60 })).toBe('moderately-polluted');
    expect(rate([1, 2, 3, 3, 3, 6, 6, 6, 6, 6], { severeGoodShareBelow: 60 })).toBe('heavily-polluted');
    expect(rateBasinByShares([1, 2, 3, 4, 6, 6]).goodShareRounded).toBe('50.0');
  });
  it('fewer than 5 sections: average items, then single factor', () => {
    expect(
      classifyFewSections([
        { nh3_n: '0.9', do: '6' },
        { nh3_n: '1.2', do: '6' },
      ]).waterClass,
    ).toBe(4);
  });
});
