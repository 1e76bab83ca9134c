import {
  annualValidity,
  changeRate,
  parseDecimal,
  sub,
  compositeIndex,
  goodDayRatio,
  isMonthValid,
  mul,
  fromInt,
  periodStats,
  rankWithTies,
  toFixedExact,
  type AirLimitsId,
  type PeriodStats,
  type Pollutant,
} from '@ecocloud/standards';
import type { AirDay } from './air-daily';

/** The evaluation of one city (or station) over a period, from its daily series. */
export type PeriodEvaluation = {
  daysTotal: number;
  /** Days with a valid daily AQI. */
  daysValid: number;
  isValid: boolean;
  validityNote: string | null;
  stats: PeriodStats;
  goodDays: number;
  /** Good-day ratio, percent to 1 decimal (half to even); null without a valid day. */
  goodDayRatio: string | null;
  /** Days per AQI level I … VI. */
  levelDays: number[];
  /** Composite index to 2 decimals as published; null when a statistic is missing. */
  compositeIndex: string | null;
  mainPollutants: Pollutant[];
  /** Days on which each pollutant was (one of) the primary pollutant(s). */
  primaryPollutantDays: Partial<Record<Pollutant, number>>;
};

const series = (days: readonly AirDay[], pick: (d: AirDay) => number | null): Float64Array =>
  Float64Array.from(days, (d) => pick(d) ?? Number.NaN);

/** Days of each calendar month inside [from, to] (YYYY-MM-DD, inclusive): month → [days in range, full month?]. */
function monthsOf(from: string, to: string): Map<string, { inRange: number; isFull: boolean }> {
  const out = new Map<string, { inRange: number; isFull: boolean }>();
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const month = new Date(t).toISOString().slice(0, 7);
    const m = out.get(month) ?? { inRange: 0, isFull: false };
    m.inRange++;
    out.set(month, m);
  }
  for (const [month, m] of out) {
    const [y, mo] = month.split('-').map(Number) as [number, number];
    m.isFull = m.inRange === new Date(Date.UTC(y, mo, 0)).getUTCDate();
  }
  return out;
}

/**
 * Period validity (GB 3095-2026 表4): a calendar year needs ≥ 324 valid days and every month valid;
 * any other period needs each whole calendar month it covers at its minimum (27 days, February 25).
 * Partial months at the ends are not judged (platform rule: the standard has no minimum for them).
 */
function periodValidity(days: readonly AirDay[], from: string, to: string): { isValid: boolean; note: string | null } {
  const valid = days.filter((d) => d.aqi.aqi !== null);
  const counts = new Map<string, number>();
  for (const d of valid) counts.set(d.date.slice(0, 7), (counts.get(d.date.slice(0, 7)) ?? 0) + 1);
  const isCalendarYear = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;
  if (isCalendarYear) {
    const y = from.slice(0, 4);
    const r = annualValidity(
      Array.from({ length: 12 }, (_, i) => counts.get(`${y}-${String(i + 1).padStart(2, '0')}`) ?? 0),
    );
    return {
      isValid: r.isValid,
      note: r.isValid
        ? null
        : `year: ${r.total} valid days (≥ 324 needed)${r.shortMonths.length ? `, short months ${r.shortMonths.join(',')}` : ''}`,
    };
  }
  const short = [...monthsOf(from, to)].filter(
    ([month, m]) => m.isFull && !isMonthValid(counts.get(month) ?? 0, Number(month.slice(5, 7))),
  );
  return short.length === 0
    ? { isValid: true, note: null }
    : {
        isValid: false,
        note: `months below the valid-day minimum: ${short.map(([month]) => `${month} (${counts.get(month) ?? 0} days)`).join(', ')}`,
      };
}

/**
 * HJ 663 period statistics, good-day ratio (AQI ≤ 100), days by level, composite index (divisors of
 * `limits`) and primary pollutants by day count, over a daily series within [from, to].
 */
export function evaluatePeriod(
  days: readonly AirDay[],
  from: string,
  to: string,
  limits: AirLimitsId,
): PeriodEvaluation {
  const stats = periodStats({
    so2: series(days, (d) => d.values.so2),
    no2: series(days, (d) => d.values.no2),
    co: series(days, (d) => d.values.co),
    pm10: series(days, (d) => d.values.pm10),
    pm2_5: series(days, (d) => d.values.pm2_5),
    o3_8h: series(days, (d) => d.values.o3_8h),
  });
  const good = goodDayRatio(days.map((d) => d.aqi.aqi));
  const levelDays = [0, 0, 0, 0, 0, 0];
  const primaryPollutantDays: Partial<Record<Pollutant, number>> = {};
  for (const d of days) {
    if (d.aqi.aqi === null || !d.aqi.level) continue;
    levelDays[d.aqi.level.level - 1]!++;
    for (const p of d.aqi.primaryPollutants) primaryPollutantDays[p] = (primaryPollutantDays[p] ?? 0) + 1;
  }
  const c = [stats.so2, stats.no2, stats.pm10, stats.pm2_5, stats.co_p95, stats.o3_8h_p90];
  const ci = c.every((x) => x !== null)
    ? compositeIndex(
        {
          so2: stats.so2!,
          no2: stats.no2!,
          pm10: stats.pm10!,
          pm2_5: stats.pm2_5!,
          co: stats.co_p95!,
          o3: stats.o3_8h_p90!,
        },
        { limits },
      )
    : null;
  const validity = periodValidity(days, from, to);
  const daysTotal = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return {
    daysTotal,
    daysValid: good.validDays,
    isValid: validity.isValid,
    validityNote: validity.note,
    stats,
    goodDays: good.goodDays,
    goodDayRatio: good.percent ? good.rounded : null,
    levelDays,
    compositeIndex: ci?.rounded ?? null,
    mainPollutants: ci?.mainPollutants ?? [],
    primaryPollutantDays,
  };
}

/**
 * Ranks by the composite index as published (2 decimals), ascending, ties sharing the rank ("1224").
 * Cities whose period is invalid or whose index is missing get no rank.
 */
export function rankByComposite<K>(items: readonly { key: K; evaluation: PeriodEvaluation }[]): Map<K, number> {
  const ranked = rankWithTies(
    items
      .filter((i) => i.evaluation.isValid && i.evaluation.compositeIndex !== null)
      .map((i) => ({ key: i.key, value: i.evaluation.compositeIndex! })),
  );
  return new Map(ranked.map((r) => [r.key, r.rank]));
}

/** Change against the same period of the previous year: composite and PM2.5 in percent (> 0 = worse), good-day ratio in points. */
export type YearOnYear = {
  compositeChangePct: string | null;
  pm25ChangePct: string | null;
  goodDayRatioChange: string | null;
};

export function yearOnYear(now: PeriodEvaluation, last: PeriodEvaluation | undefined): YearOnYear {
  const pct = (a: string | number | null, b: string | number | null | undefined): string | null => {
    if (a === null || b === null || b === undefined) return null;
    const r = changeRate(a, b);
    return r ? toFixedExact(mul(r, fromInt(100)), 1) : null;
  };
  const points =
    now.goodDayRatio !== null && last?.goodDayRatio
      ? toFixedExact(changeDiff(now.goodDayRatio, last.goodDayRatio), 1)
      : null;
  return {
    compositeChangePct: pct(now.compositeIndex, last?.compositeIndex),
    pm25ChangePct: pct(now.stats.pm2_5, last?.stats.pm2_5),
    goodDayRatioChange: points,
  };
}

// Both are published 1-decimal figures; the difference of their exact decimals is exact.
const changeDiff = (a: string, b: string) => sub(parseDecimal(a), parseDecimal(b));
