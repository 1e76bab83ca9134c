import type { AqiStandardId } from '../../registry';
import { computeAqi, type AqiResult } from '../aqi';
import type { Pollutant } from '../aqi-tables';
import { dailyMax1h, dailyMean, o3DailyMax8h, type DailyValue } from './daily-stats';

/** Hourly series per pollutant (index = hour since the series start in UTC+8; NaN = missing). */
export type HourlySeries = Record<Pollutant, ArrayLike<number>>;

/** The reported daily concentrations of a day; null = invalid. */
export interface DayConcentrations {
  so2: number | null;
  no2: number | null;
  co: number | null;
  pm10: number | null;
  pm2_5: number | null;
  /** O3 daily maximum 1-hour value. */
  o3_1h: number | null;
  /** O3 daily maximum 8-hour mean. */
  o3_8h: number | null;
}

export interface DayResult {
  values: DayConcentrations;
  /** Valid hours per pollutant (O3: valid 8-h windows under `o3_8h`). */
  counts: Record<keyof DayConcentrations, number>;
  aqi: AqiResult;
}

/**
 * Daily concentrations of one natural day (HJ 663; validity per GB 3095 表4) and its daily AQI
 * (HJ 633 daily indicator set of `standard`).
 * @param from index of the day's 0:00-1:00 hour in the series
 */
export function evaluateDay(hours: HourlySeries, from: number, standard: AqiStandardId): DayResult {
  const parts: Record<keyof DayConcentrations, DailyValue> = {
    so2: dailyMean(hours.so2, 0, from),
    no2: dailyMean(hours.no2, 0, from),
    co: dailyMean(hours.co, 1, from),
    pm10: dailyMean(hours.pm10, 0, from),
    pm2_5: dailyMean(hours.pm2_5, 0, from),
    o3_1h: dailyMax1h(hours.o3, from),
    o3_8h: o3DailyMax8h(hours.o3, from),
  };
  const values = Object.fromEntries(
    Object.entries(parts).map(([k, v]) => [k, v.value]),
  ) as unknown as DayConcentrations;
  const counts = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.count])) as Record<
    keyof DayConcentrations,
    number
  >;
  return { values, counts, aqi: dailyAqi(values, standard) };
}

/** Daily AQI from reported daily concentrations (null = missing). */
export function dailyAqi(v: DayConcentrations, standard: AqiStandardId): AqiResult {
  return computeAqi(
    {
      so2_24h: v.so2,
      no2_24h: v.no2,
      co_24h: v.co,
      pm10_24h: v.pm10,
      pm2_5_24h: v.pm2_5,
      o3_1h: v.o3_1h,
      o3_8h: v.o3_8h,
    },
    { standard, mode: 'daily' },
  );
}
