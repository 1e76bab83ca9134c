import {
  airLimitsOn,
  aqiStandardOn,
  cityMean,
  compositeIndex,
  dailyAqi,
  evaluateDay,
  goodDayRatio,
  periodStats,
  rankWithTies,
  type AirLimitsId,
  type AqiResult,
  type AqiStandardId,
  type DayConcentrations,
  type PeriodStats,
} from '@ecocloud/standards';
import { buildStationSeries, dayToDate } from './air-hourly-input';
import { POLLUTANT_LABELS, type RowError } from './calc.shared';

export interface AirEvaluationOptions {
  /** Force one version; default: the version in force on each day (and on the period's last day). */
  standard?: AqiStandardId;
  /** Which end of the hour `time` labels; default 'start' (HJ 212). */
  timeLabel?: 'start' | 'end';
}

export interface AirEvaluationResult {
  dailyStation: Record<string, string>[];
  dailyCity: Record<string, string>[];
  periodCity: Record<string, string>[];
  errors: RowError[];
}

type Stat = keyof DayConcentrations;
const STATS: readonly Stat[] = ['so2', 'no2', 'co', 'pm10', 'pm2_5', 'o3_1h', 'o3_8h'];
const fmt = (v: number | null, decimals: number): string => (v === null ? '' : v.toFixed(decimals));
const decimalsOf = (s: Stat): number => (s === 'co' ? 1 : 0);

function dayColumns(date: string, v: DayConcentrations, aqi: AqiResult): Record<string, string> {
  const out: Record<string, string> = { date };
  for (const s of STATS) out[s] = fmt(v[s], decimalsOf(s));
  const invalid = STATS.filter((s) => v[s] === null);
  out.aqi = aqi.aqi === null ? '' : String(aqi.aqi);
  out.level = aqi.level ? String(aqi.level.level) : '';
  out.primary_pollutants = aqi.primaryPollutants.map((p) => POLLUTANT_LABELS[p]).join(';');
  out.validity = invalid.length === 0 ? 'valid' : `invalid:${invalid.join(';')}`;
  out.standard = aqi.standard;
  return out;
}

function limitsFor(lastDate: string, forced?: AqiStandardId): AirLimitsId {
  if (forced === 'HJ633-2012') return 'GB3095-2012';
  const byDate = airLimitsOn(lastDate);
  return forced === 'HJ633-2026' && byDate === 'GB3095-2012' ? 'GB3095-2026-transition' : byDate;
}

/**
 * `ecocloud calc air-evaluation`: hourly station rows → daily station and city values with daily AQI,
 * and per-city period statistics, composite index and ranking (HJ 663; HJ 633 daily AQI).
 * City daily values are the means of the stations' valid daily values (reference §3.1 ⚠).
 */
export function evaluateAir(rows: Record<string, string>[], opts: AirEvaluationOptions = {}): AirEvaluationResult {
  const errors: RowError[] = [];
  const stations = buildStationSeries(rows, opts.timeLabel ?? 'start', errors);
  const dailyStation: Record<string, string>[] = [];
  const byCityDate = new Map<string, Map<string, DayConcentrations[]>>();
  for (const st of stations) {
    for (const d of [...st.daysWithData].sort((a, b) => a - b)) {
      const date = dayToDate(st.firstDay + d);
      const r = evaluateDay(st.hours, d * 24, opts.standard ?? aqiStandardOn(date));
      dailyStation.push({ station: st.station, city: st.city, ...dayColumns(date, r.values, r.aqi) });
      const dates = byCityDate.get(st.city) ?? new Map<string, DayConcentrations[]>();
      dates.set(date, [...(dates.get(date) ?? []), r.values]);
      byCityDate.set(st.city, dates);
    }
  }
  const dailyCity: Record<string, string>[] = [];
  const periods: { city: string; days: { date: string; v: DayConcentrations; aqi: AqiResult }[] }[] = [];
  for (const [city, dates] of [...byCityDate].sort(([a], [b]) => a.localeCompare(b))) {
    const days = [...dates]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, list]) => {
        const v = Object.fromEntries(
          STATS.map((s) => [
            s,
            cityMean(
              list.map((x) => x[s]),
              decimalsOf(s),
            ),
          ]),
        ) as unknown as DayConcentrations;
        const aqi = dailyAqi(v, opts.standard ?? aqiStandardOn(date));
        dailyCity.push({ city, stations: String(list.length), ...dayColumns(date, v, aqi) });
        return { date, v, aqi };
      });
    periods.push({ city, days });
  }
  return { dailyStation, dailyCity, periodCity: periodRows(periods, opts.standard), errors };
}

function periodRows(
  periods: { city: string; days: { date: string; v: DayConcentrations; aqi: AqiResult }[] }[],
  forced?: AqiStandardId,
): Record<string, string>[] {
  const rows = periods.map(({ city, days }) => {
    const series = (s: Stat): Float64Array => Float64Array.from(days, (d) => d.v[s] ?? Number.NaN);
    const st: PeriodStats = periodStats({
      so2: series('so2'),
      no2: series('no2'),
      co: series('co'),
      pm10: series('pm10'),
      pm2_5: series('pm2_5'),
      o3_8h: series('o3_8h'),
    });
    const good = goodDayRatio(days.map((d) => d.aqi.aqi));
    const limits = limitsFor((days[days.length - 1] as { date: string }).date, forced);
    const c = [st.so2, st.no2, st.pm10, st.pm2_5, st.co_p95, st.o3_8h_p90];
    const ci = c.every((x) => x !== null)
      ? compositeIndex(
          {
            so2: st.so2 as number,
            no2: st.no2 as number,
            pm10: st.pm10 as number,
            pm2_5: st.pm2_5 as number,
            co: st.co_p95 as number,
            o3: st.o3_8h_p90 as number,
          },
          { limits },
        )
      : null;
    return {
      city,
      days_valid: String(good.validDays),
      so2: fmt(st.so2, 0),
      no2: fmt(st.no2, 0),
      pm10: fmt(st.pm10, 0),
      pm2_5: fmt(st.pm2_5, 0),
      co_p95: fmt(st.co_p95, 1),
      o3_8h_p90: fmt(st.o3_8h_p90, 0),
      good_day_ratio: good.rounded,
      composite_index: ci?.rounded ?? '',
      main_pollutant: ci?.mainPollutants.map((p) => POLLUTANT_LABELS[p]).join(';') ?? '',
      rank: '',
      standard: limits,
    };
  });
  // The published ranking compares the index as published (2 decimals); ties share a rank.
  const ranked = rankWithTies(
    rows.filter((r) => r.composite_index !== '').map((r) => ({ key: r, value: r.composite_index })),
  );
  for (const { key, rank } of ranked) key.rank = String(rank);
  return rows;
}
