import { dailyMax1h, dailyMean, o3DailyMax8h } from '@ecocloud/standards';

/** The six AQI pollutants get the HJ 663 daily rules; CO is reported to 0.1 mg/m³, the rest to 1 µg/m³. */
const AIR_DECIMALS: Record<string, number> = { so2: 0, no2: 0, co: 1, o3: 0, pm10: 0, pm2_5: 0 };

export type RollupValue = {
  parameter: string;
  count: number;
  expected: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  isValid: boolean;
};

/**
 * The daily figures of one station and one Shanghai day from its hourly values (index = start hour,
 * NaN = missing or flagged invalid). Air pollutants follow HJ 663 (24-h mean from ≥ 20 hours, rounded
 * half to even; O3 also its daily 1-h maximum and 8-h maximum); other parameters are valid when at
 * least 75 % of the expected values arrived (platform rule for automatic water and source data).
 */
export function rollupDay(hourly: ReadonlyMap<string, Float64Array>, expectedPerDay: number): RollupValue[] {
  const out: RollupValue[] = [];
  for (const [parameter, hours] of hourly) {
    const present = Array.from(hours).filter((v) => !Number.isNaN(v));
    const min = present.length ? Math.min(...present) : null;
    const max = present.length ? Math.max(...present) : null;
    const decimals = AIR_DECIMALS[parameter];
    if (decimals !== undefined) {
      const d = dailyMean(hours, decimals);
      out.push({ parameter, count: d.count, expected: 24, mean: d.value, min, max, isValid: d.value !== null });
      if (parameter === 'o3') {
        const m1 = dailyMax1h(hours);
        out.push({
          parameter: 'o3_1h_max',
          count: m1.count,
          expected: 24,
          mean: m1.value,
          min: null,
          max: m1.value,
          isValid: m1.value !== null,
        });
        const m8 = o3DailyMax8h(hours);
        out.push({
          parameter: 'o3_8h_max',
          count: m8.count,
          expected: 17,
          mean: m8.value,
          min: null,
          max: m8.value,
          isValid: m8.value !== null,
        });
      }
      continue;
    }
    const count = present.length;
    const mean = count ? present.reduce((a, b) => a + b, 0) / count : null;
    const expected = Math.max(1, expectedPerDay);
    out.push({ parameter, count, expected, mean, min, max, isValid: count > 0 && count >= 0.75 * expected });
  }
  return out;
}

/** Mean, min and max of a period's valid daily values (month or year), with the count of valid days. */
export function rollupPeriod(
  days: readonly { mean: number | null; isValid: boolean }[],
  expected: number,
  isValid: (count: number) => boolean,
) {
  const values = days.filter((d) => d.isValid && d.mean !== null).map((d) => d.mean!);
  const count = values.length;
  return {
    count,
    expected,
    isValid: isValid(count),
    mean: count ? values.reduce((a, b) => a + b, 0) / count : null,
    min: count ? Math.min(...values) : null,
    max: count ? Math.max(...values) : null,
  };
}
