import { periodMean, ratio, toFixedExact } from '@ecocloud/standards';
import type { CityEvaluation } from '@ecocloud/contracts';

/** The six pollutants in the order a 月报 discusses them, with the statistic each is judged by. */
export const BULLETIN_POLLUTANTS = [
  { key: 'pm2_5', name: '细颗粒物（PM2.5）', statistic: '平均浓度', unit: '微克/立方米', decimals: 0 },
  { key: 'pm10', name: '可吸入颗粒物（PM10）', statistic: '平均浓度', unit: '微克/立方米', decimals: 0 },
  { key: 'o3', name: '臭氧（O3）', statistic: '日最大8小时平均第90百分位浓度', unit: '微克/立方米', decimals: 0 },
  { key: 'so2', name: '二氧化硫（SO2）', statistic: '平均浓度', unit: '微克/立方米', decimals: 0 },
  { key: 'no2', name: '二氧化氮（NO2）', statistic: '平均浓度', unit: '微克/立方米', decimals: 0 },
  { key: 'co', name: '一氧化碳（CO）', statistic: '日均值第95百分位浓度', unit: '毫克/立方米', decimals: 1 },
] as const;
export type BulletinPollutant = (typeof BULLETIN_POLLUTANTS)[number]['key'];

/** A pollutant's period statistic of a city (the figure the ranking uses). */
export function statOf(c: CityEvaluation, p: BulletinPollutant): number | null {
  const s = c.stats;
  return p === 'o3' ? s.o3_8h_p90 : p === 'co' ? s.co_p95 : s[p];
}

/** Figures of a region: a city's own, or a province's from its cities (HJ 663 practice of the national bulletins). */
export type RegionFigures = {
  goodDays: number;
  validDays: number;
  goodDayRatio: string | null;
  pollutants: Record<BulletinPollutant, number | null>;
};

/**
 * Province (or city) figures from city evaluations: good-day ratio over all city-days
 * (Σ good ÷ Σ valid, 1 decimal half to even), each pollutant the mean of the cities' statistics.
 */
export function regionFigures(cities: readonly CityEvaluation[]): RegionFigures {
  const valid = cities.filter((c) => c.daysValid > 0);
  const goodDays = valid.reduce((a, c) => a + c.goodDays, 0);
  const validDays = valid.reduce((a, c) => a + c.daysValid, 0);
  const pollutants = Object.fromEntries(
    BULLETIN_POLLUTANTS.map((p) => [
      p.key,
      periodMean(Float64Array.from(valid.map((c) => statOf(c, p.key) ?? Number.NaN)), p.decimals),
    ]),
  ) as Record<BulletinPollutant, number | null>;
  return {
    goodDays,
    validDays,
    goodDayRatio: validDays ? toFixedExact(ratio(BigInt(goodDays) * 100n, BigInt(validDays)), 1) : null,
    pollutants,
  };
}

const tenths = (v: number) => BigInt(Math.round(v * 10));

/** "同比上升 3.2%" / "同比下降 3.2%" / "同比持平" / "" (no figure last year), from the published values. */
export function changeWords(now: number | null, last: number | null): string {
  if (now === null || last === null || last === 0) return '';
  const pct = toFixedExact(ratio((tenths(now) - tenths(last)) * 100n, tenths(last)), 1);
  if (Number(pct) === 0) return '，同比持平';
  return `，同比${pct.startsWith('-') ? '下降' : '上升'}${pct.replace('-', '')}%`;
}

/** Change of a ratio in percentage points: "同比上升 1.2 个百分点". */
export function pointWords(now: string | null, last: string | null): string {
  if (now === null || last === null) return '';
  const diff = Number(toFixedExact(ratio(tenths(Number(now)) - tenths(Number(last)), 10n), 1));
  if (diff === 0) return '，同比持平';
  return `，同比${diff < 0 ? '下降' : '上升'}${Math.abs(diff).toFixed(1)}个百分点`;
}
