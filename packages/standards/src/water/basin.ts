import {
  add,
  div,
  fromInt,
  parseDecimal,
  ratio,
  roundHalfEven,
  toFixedExact,
  type DecimalInput,
  type Rational,
} from '../exact';
import { classifySection, type SectionClass, type SectionClassOptions } from './gb3838';
import type { WaterClass, WaterItem } from './gb3838-tables';

export type BasinStatus = 'excellent' | 'good' | 'lightly-polluted' | 'moderately-polluted' | 'heavily-polluted';

export const BASIN_STATUS_ZH: Record<BasinStatus, string> = {
  excellent: '优',
  good: '良好',
  'lightly-polluted': '轻度污染',
  'moderately-polluted': '中度污染',
  'heavily-polluted': '重度污染',
};

export interface BasinShareOptions {
  /**
   * I-III share below which ≥ 40 % 劣V means 重度污染. Default 75 (Shenzhen MEEB text, ☑).
   * The official 2011 text reads 60 (⚠ unverified): pass 60 to use it; the gap 60-75 % then rates 中度污染.
   */
  severeGoodShareBelow?: number;
}

export interface BasinShareRating {
  status: BasinStatus;
  sections: number;
  /** Share of sections in classes I-III (good-class share 水质优良比例), percent, exact. */
  goodShare: Rational;
  worseThanVShare: Rational;
  goodShareRounded: string;
}

/**
 * Rating of a river or basin with ≥ 5 sections by the share of section classes
 * (地表水环境质量评价办法(试行) 2011, ☑ Shenzhen MEEB): I-III ≥ 90 % 优; 75-90 % 良好;
 * < 75 % and 劣V < 20 % 轻度污染; < 75 % and 20 % ≤ 劣V < 40 % 中度污染; 劣V ≥ 40 % 重度污染.
 */
export function rateBasinByShares(classes: readonly WaterClass[], opts: BasinShareOptions = {}): BasinShareRating {
  if (classes.length === 0) throw new RangeError('no sections');
  const n = BigInt(classes.length);
  const goodShare = ratio(100n * BigInt(classes.filter((c) => c <= 3).length), n);
  const worseThanVShare = ratio(100n * BigInt(classes.filter((c) => c === 6).length), n);
  const atLeast = (r: Rational, pct: number): boolean => r.n >= BigInt(pct) * r.d;
  let status: BasinStatus;
  if (atLeast(goodShare, 90)) status = 'excellent';
  else if (atLeast(goodShare, 75)) status = 'good';
  else if (!atLeast(worseThanVShare, 20)) status = 'lightly-polluted';
  else if (!atLeast(worseThanVShare, 40) || atLeast(goodShare, opts.severeGoodShareBelow ?? 75))
    status = 'moderately-polluted';
  else status = 'heavily-polluted';
  return {
    status,
    sections: classes.length,
    goodShare,
    worseThanVShare,
    goodShareRounded: toFixedExact(roundHalfEven(goodShare, 1), 1),
  };
}

/**
 * Class of a river or basin with fewer than 5 sections: average every item over the sections, then
 * the single-factor method on the means (评价办法 2011, ☑ Shenzhen MEEB Q&A).
 */
export function classifyFewSections(
  samples: readonly Partial<Record<WaterItem, DecimalInput | null>>[],
  opts: SectionClassOptions = {},
): SectionClass {
  const sums = new Map<WaterItem, { sum: Rational; n: number }>();
  for (const s of samples) {
    for (const [item, raw] of Object.entries(s) as [WaterItem, DecimalInput | null][]) {
      if (raw === null || raw === '') continue;
      const prev = sums.get(item) ?? { sum: fromInt(0), n: 0 };
      sums.set(item, { sum: add(prev.sum, parseDecimal(raw)), n: prev.n + 1 });
    }
  }
  const means: Partial<Record<WaterItem, Rational>> = {};
  for (const [item, { sum, n }] of sums) means[item] = div(sum, fromInt(n));
  return classifySection(means, opts);
}
