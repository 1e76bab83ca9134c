import { getStandard, periodMean, standardInForce, ratio, toFixedExact, type AirLimitsId } from '@ecocloud/standards';
import type { AirRanking, CityEvaluation } from '@ecocloud/contracts';
import { POLLUTANT_LABELS } from '../air/pollutants';

export type BulletinRow = { rank: string; name: string; regionCode: string; compositeIndex: string; pm2_5: string; goodDayRatio: string; mainPollutant: string; change: string };

/** A city's line of the full six-pollutant table: figures as numbers (null = no valid statistic). */
export type BulletinCityRow = {
  rank: number | null; name: string; regionCode: string;
  so2: number | null; no2: number | null; pm10: number | null; pm2_5: number | null; co: number | null; o3: number | null;
  goodDayRatio: number | null; compositeIndex: number | null; mainPollutant: string; compositeChangePct: number | null;
};

/** Everything the PDF shows, computed beforehand so tests can check the figures without reading the PDF. */
export type BulletinData = {
  title: string; regionCode: string; regionName: string; month: string;
  summary: string[]; rows: BulletinRow[]; highlight: string | null;
  /** The full city table (six pollutants, good-day ratio, composite index), in rank order. */
  cityTable: BulletinCityRow[];
  /** Bars of the ranking chart: ranked cities in rank order. */
  bars: { name: string; regionCode: string; value: number; rank: number }[];
  standards: string;
};

const label = (ps: readonly string[]) => ps.map((p) => POLLUTANT_LABELS[p as keyof typeof POLLUTANT_LABELS] ?? p).join('、') || '—';
const monthZh = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const change = (pct: string | null) => (pct === null ? '—' : `${pct.startsWith('-') ? '' : '+'}${pct}%`);

function provinceSummary(r: AirRanking, provinceName: string, month: string): string[] {
  const valid = r.cities.filter((c) => c.daysValid > 0);
  const good = valid.reduce((a, c) => a + c.goodDays, 0);
  const days = valid.reduce((a, c) => a + c.daysValid, 0);
  const goodRatio = days ? toFixedExact(ratio(BigInt(good) * 100n, BigInt(days)), 1) : '—';
  const pm = periodMean(Float64Array.from(valid.map((c) => c.stats.pm2_5 ?? Number.NaN)), 0);
  const ranked = r.cities.filter((c) => c.rank !== null);
  return [
    `${monthZh(month)}，${provinceName}${r.cities.length}个设区市环境空气质量优良天数比例为${goodRatio}%，细颗粒物(PM2.5)平均浓度为${pm ?? '—'}微克/立方米。`,
    ranked.length ? `按环境空气质量综合指数排名，前三位为${ranked.slice(0, 3).map((c) => c.name).join('、')}；后三位为${ranked.slice(-3).reverse().map((c) => c.name).join('、')}。` : '本月无有效排名数据。',
  ];
}

function citySummary(c: CityEvaluation, total: number, month: string): string[] {
  return [
    `${monthZh(month)}，${c.name}环境空气质量综合指数为${c.compositeIndex ?? '—'}，${c.rank === null ? '本月数据不足，未参与排名' : `在全区${total}个设区市中排名第${c.rank}位`}，同比${change(c.compositeChangePct)}。`,
    `优良天数比例为${c.goodDayRatio ?? '—'}%（${c.goodDays}/${c.daysValid}天），同比${c.goodDayRatioChange === null ? '—' : `${c.goodDayRatioChange}个百分点`}；PM2.5平均浓度为${c.stats.pm2_5 ?? '—'}微克/立方米，同比${change(c.pm25ChangePct)}；主要污染物为${label(c.mainPollutants)}。`,
  ];
}

/** Monthly air bulletin content for the province (regionCode = province) or one city. */
export function bulletinData(r: AirRanking, opts: { month: string; regionCode: string; regionName: string; provinceName: string }): BulletinData {
  const city = r.cities.find((c) => c.regionCode === opts.regionCode);
  const rows = r.cities.map((c) => ({
    rank: c.rank === null ? '—' : String(c.rank), name: c.name, regionCode: c.regionCode, compositeIndex: c.compositeIndex ?? '—',
    pm2_5: c.stats.pm2_5 === null ? '—' : String(c.stats.pm2_5), goodDayRatio: c.goodDayRatio ?? '—', mainPollutant: label(c.mainPollutants), change: change(c.compositeChangePct),
  }));
  const num = (v: string | null) => (v === null ? null : Number(v));
  const cityTable = r.cities.map((c) => ({
    rank: c.rank, name: c.name, regionCode: c.regionCode, so2: c.stats.so2, no2: c.stats.no2, pm10: c.stats.pm10, pm2_5: c.stats.pm2_5,
    co: c.stats.co_p95, o3: c.stats.o3_8h_p90, goodDayRatio: num(c.goodDayRatio), compositeIndex: num(c.compositeIndex),
    mainPollutant: label(c.mainPollutants), compositeChangePct: num(c.compositeChangePct),
  }));
  const aqiCodes = r.aqiStandards.map((id) => getStandard(id).code);
  return {
    title: `${opts.regionName}${monthZh(opts.month)}环境空气质量月报`, regionCode: opts.regionCode, regionName: opts.regionName, month: opts.month,
    summary: city ? citySummary(city, r.cities.length, opts.month) : provinceSummary(r, opts.provinceName, opts.month),
    rows, cityTable, highlight: city ? city.regionCode : null,
    bars: r.cities.filter((c) => c.rank !== null && c.compositeIndex !== null).map((c) => ({ name: c.name, regionCode: c.regionCode, value: Number(c.compositeIndex), rank: c.rank! })),
    standards: `评价依据 Standards: ${getStandard(r.limitsStandard as AirLimitsId).code}（${r.limitsStandard}）、${aqiCodes.join('/')}、${standardInForce('air-evaluation', r.period.to).code}；综合指数为六项污染物单项指数之和，数值越小空气质量越好。`,
  };
}
