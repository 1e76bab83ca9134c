import { roundMean, toMilli } from './int-math';

/**
 * City value of one statistic for one day: arithmetic mean of the valid values of the city's
 * evaluation stations (reference §3.1, ☑ ranking rule; details ⚠), rounded half to even.
 * @param stationValues the stations' valid-or-null daily values (reported units)
 * @param decimals 0 for µg/m³ pollutants, 1 for CO
 * @returns null when no station has a valid value
 */
export function cityMean(stationValues: readonly (number | null)[], decimals: number): number | null {
  let sum = 0;
  let n = 0;
  for (const v of stationValues) {
    if (v === null) continue;
    const m = toMilli(v);
    if (m >= 0) {
      sum += m;
      n++;
    }
  }
  return n === 0 ? null : roundMean(sum, n, decimals);
}
