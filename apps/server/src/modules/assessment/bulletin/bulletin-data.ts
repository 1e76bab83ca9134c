import { getStandard, standardInForce, type AirLimitsId } from '@ecocloud/standards';
import type { AirRanking, CityEvaluation } from '@ecocloud/contracts';
import { POLLUTANT_LABELS } from '../air/pollutants';
import {
  BULLETIN_POLLUTANTS,
  changeWords,
  pointWords,
  regionFigures,
  statOf,
  type RegionFigures,
} from './bulletin-figures';

/** A city's line of the full six-pollutant table: figures as numbers (null = no valid statistic). */
export type BulletinCityRow = {
  rank: number | null;
  name: string;
  regionCode: string;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm2_5: number | null;
  co: number | null;
  o3: number | null;
  goodDayRatio: number | null;
  compositeIndex: number | null;
  mainPollutant: string;
  compositeChangePct: number | null;
};

/** The headline figures of the bulletin's region, with the same month of the previous year. */
type BulletinHeadline = {
  goodDayRatio: string | null;
  goodDayRatioLastYear: string | null;
  pm2_5: number | null;
  pm2_5LastYear: number | null;
};

/**
 * Everything a monthly bulletin (月报) holds, computed once for the PDF, the DOCX and the tables,
 * so tests can check the figures without reading the files. Sections as departments publish them:
 * 一 overview (headline), 二 one paragraph per pollutant with the same month of last year,
 * 三 the full city table, 四 best and worst three with the ranking, 五 the map with its legend.
 */
export type BulletinData = {
  title: string;
  regionCode: string;
  regionName: string;
  month: string;
  lastYearMonth: string;
  headline: BulletinHeadline;
  /** 一、总体情况: the headline sentences. */
  summary: string[];
  /** 二、主要污染物: one paragraph per pollutant. */
  pollutantParagraphs: { pollutant: string; text: string }[];
  /** 三、各设区市环境空气质量: the full city table (six pollutants, good-day ratio, composite index), in rank order. */
  cityTable: BulletinCityRow[];
  /** 四、城市排名: best and worst three (names, best first / worst first) and their sentence. */
  best: string[];
  worst: string[];
  rankingText: string;
  highlight: string | null;
  /** Bars of the ranking chart: ranked cities in rank order. */
  bars: { name: string; regionCode: string; value: number; rank: number }[];
  standards: string;
};

export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  pollutants: '二、主要污染物浓度',
  table: '三、各设区市环境空气质量',
  ranking: '四、城市排名',
  map: '五、各市综合指数排名示意图',
} as const;

const label = (ps: readonly string[]) =>
  ps.map((p) => POLLUTANT_LABELS[p as keyof typeof POLLUTANT_LABELS] ?? p).join('、') || '—';
const monthZh = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const show = (v: number | string | null, unit: string) => (v === null ? '—' : `${v}${unit}`);

function provinceParagraphs(
  cities: readonly CityEvaluation[],
  now: RegionFigures,
  last: RegionFigures | null,
): { pollutant: string; text: string }[] {
  return BULLETIN_POLLUTANTS.map((p) => {
    const v = now.pollutants[p.key];
    if (v === null) return { pollutant: p.key, text: `${p.name}：本月无有效数据。` };
    const withValue = cities
      .map((c) => ({ c, v: statOf(c, p.key) }))
      .filter((x): x is { c: CityEvaluation; v: number } => x.v !== null);
    const min = Math.min(...withValue.map((x) => x.v));
    const max = Math.max(...withValue.map((x) => x.v));
    const highest = withValue.filter((x) => x.v === max).map((x) => x.c.name);
    const spread =
      min === max
        ? `各市均为${max}${p.unit}`
        : `各市在${min}～${max}${p.unit}之间，${highest.length > 3 ? `${highest.slice(0, 3).join('、')}等${highest.length}市` : highest.join('、')}最高`;
    return {
      pollutant: p.key,
      text: `${p.name}：全区${p.statistic}为${v}${p.unit}${changeWords(v, last?.pollutants[p.key] ?? null)}；${spread}。`,
    };
  });
}

function cityParagraphs(
  city: CityEvaluation,
  cityLast: CityEvaluation | undefined,
  province: RegionFigures,
): { pollutant: string; text: string }[] {
  return BULLETIN_POLLUTANTS.map((p) => {
    const v = statOf(city, p.key);
    if (v === null) return { pollutant: p.key, text: `${p.name}：本月无有效数据。` };
    return {
      pollutant: p.key,
      text: `${p.name}：${city.name}${p.statistic}为${v}${p.unit}${changeWords(v, cityLast ? statOf(cityLast, p.key) : null)}；全区为${show(province.pollutants[p.key], p.unit)}。`,
    };
  });
}

/**
 * Monthly air bulletin content for the province (regionCode = province) or one city. `lastYear` is the
 * ranking of the same month a year earlier (for the comparisons), null when there is none.
 */
export function bulletinData(
  r: AirRanking,
  lastYear: AirRanking | null,
  opts: { month: string; regionCode: string; regionName: string; provinceName: string },
): BulletinData {
  const city = r.cities.find((c) => c.regionCode === opts.regionCode);
  const cityLast = city ? lastYear?.cities.find((c) => c.regionCode === city.regionCode) : undefined;
  const province = regionFigures(r.cities);
  const provinceLast = lastYear && lastYear.cities.some((c) => c.daysValid > 0) ? regionFigures(lastYear.cities) : null;
  const own = city ? regionFigures([city]) : province;
  const ownLast = city ? (cityLast && cityLast.daysValid > 0 ? regionFigures([cityLast]) : null) : provinceLast;
  const headline: BulletinHeadline = {
    goodDayRatio: own.goodDayRatio,
    goodDayRatioLastYear: ownLast?.goodDayRatio ?? null,
    pm2_5: own.pollutants.pm2_5,
    pm2_5LastYear: ownLast?.pollutants.pm2_5 ?? null,
  };
  const ranked = r.cities.filter((c) => c.rank !== null);
  const best = ranked.slice(0, 3).map((c) => c.name);
  const worst = ranked
    .slice(-3)
    .reverse()
    .map((c) => c.name);
  const who = city ? city.name : `全区${r.cities.length}个设区市`;
  const summary = [
    `${monthZh(opts.month)}，${who}环境空气质量优良天数比例为${show(headline.goodDayRatio, '%')}${pointWords(headline.goodDayRatio, headline.goodDayRatioLastYear)}；细颗粒物（PM2.5）平均浓度为${show(headline.pm2_5, '微克/立方米')}${changeWords(headline.pm2_5, headline.pm2_5LastYear)}。`,
    city
      ? `${city.name}环境空气质量综合指数为${city.compositeIndex ?? '—'}，${city.rank === null ? '本月数据不足，未参与排名' : `在全区${r.cities.length}个设区市中排名第${city.rank}位`}；主要污染物为${label(city.mainPollutants)}。`
      : `按环境空气质量综合指数排名，前三位为${best.join('、') || '—'}；后三位为${worst.join('、') || '—'}。`,
  ];
  const num = (v: string | null) => (v === null ? null : Number(v));
  const cityTable = r.cities.map((c) => ({
    rank: c.rank,
    name: c.name,
    regionCode: c.regionCode,
    so2: c.stats.so2,
    no2: c.stats.no2,
    pm10: c.stats.pm10,
    pm2_5: c.stats.pm2_5,
    co: c.stats.co_p95,
    o3: c.stats.o3_8h_p90,
    goodDayRatio: num(c.goodDayRatio),
    compositeIndex: num(c.compositeIndex),
    mainPollutant: label(c.mainPollutants),
    compositeChangePct: num(c.compositeChangePct),
  }));
  const aqiCodes = r.aqiStandards.map((id) => getStandard(id).code);
  return {
    title: `${opts.regionName}${monthZh(opts.month)}环境空气质量月报`,
    regionCode: opts.regionCode,
    regionName: opts.regionName,
    month: opts.month,
    lastYearMonth: `${Number(opts.month.slice(0, 4)) - 1}${opts.month.slice(4)}`,
    headline,
    summary,
    pollutantParagraphs: city
      ? cityParagraphs(city, cityLast, province)
      : provinceParagraphs(r.cities, province, provinceLast),
    cityTable,
    best,
    worst,
    rankingText: ranked.length
      ? `${monthZh(opts.month)}，全区环境空气质量综合指数排名前三位的城市依次为${best.join('、')}；排名后三位的城市依次为${worst.join('、')}（末位在前）。`
      : '本月无有效排名数据。',
    highlight: city ? city.regionCode : null,
    bars: ranked
      .filter((c) => c.compositeIndex !== null)
      .map((c) => ({ name: c.name, regionCode: c.regionCode, value: Number(c.compositeIndex), rank: c.rank! })),
    standards: `评价依据：${getStandard(r.limitsStandard as AirLimitsId).code}（${r.limitsStandard}）、${aqiCodes.join('/')}、${standardInForce('air-evaluation', r.period.to).code}；综合指数为六项污染物单项指数之和，数值越小空气质量越好；同比为与上年同月相比。`,
  };
}
