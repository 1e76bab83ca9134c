import { periodMean } from '@ecocloud/standards';
import type { AppDeps } from '../../../app-deps';
import { regionPrefix } from '../../../platform/regions';
import { loadAirNetwork, loadCityDaysByStation } from '../air/air-evaluation.service';
import { addDays } from '../periods';
import { sectionClasses } from '../water/water.service';

/** Hits (or a sum) over units in a date range: the raw material of a forecast. */
export type Tally = { sum: number; count: number };
export const levelOf = (kind: 'mean' | 'ratio', t: Tally): number | null =>
  t.count === 0 ? null : kind === 'mean' ? t.sum / t.count : (100 * t.sum) / t.count;

/**
 * City-days of a region: a city's own daily series, or for a province every city's daily series
 * side by side. A province figure is counted over city-days (HJ 663, as the national bulletins do:
 * Σ good city-days / Σ valid city-days), never from a province-wide mean of all stations, whose
 * averaged concentrations hide the polluted days of single cities.
 */
async function airDaysOf(deps: AppDeps, regionCode: string, from: string, to: string) {
  const network = await loadAirNetwork(deps.db, regionPrefix(regionCode));
  return [...(await loadCityDaysByStation(deps.db, network, from, to)).values()].flat();
}

/** PM2.5 (sum of valid city daily values) or good days (AQI ≤ 100) of valid city-days, in [from, to]. */
export async function airTally(
  deps: AppDeps,
  key: string,
  regionCode: string,
  from: string,
  to: string,
): Promise<Tally & { reported: number | null }> {
  if (from > to) return { sum: 0, count: 0, reported: null };
  const days = await airDaysOf(deps, regionCode, from, to);
  if (key === 'air.pm25_annual_mean') {
    const values = days.map((d) => d.values.pm2_5).filter((v): v is number => v !== null);
    // The reported figure is the HJ 663 period mean, rounded half to even.
    return {
      sum: values.reduce((a, b) => a + b, 0),
      count: values.length,
      reported: periodMean(Float64Array.from(values), 0),
    };
  }
  const valid = days.filter((d) => d.aqi.aqi !== null);
  const good = valid.filter((d) => d.aqi.aqi! <= 100).length;
  return { sum: good, count: valid.length, reported: null };
}

/** Section-months in the months [fromMonth, toMonth] that count as hits: class I-III, or worse than V. */
export async function waterTally(
  deps: AppDeps,
  key: string,
  regionCode: string,
  fromMonth: string,
  toMonth: string,
): Promise<Tally & { sections: number }> {
  let sum = 0;
  let count = 0;
  let sections = 0;
  for (let m = fromMonth; m <= toMonth; m = addDays(`${m}-28`, 7).slice(0, 7)) {
    const { sections: list } = await sectionClasses(deps.db, m, regionPrefix(regionCode));
    const classed = list.filter((s) => s.kind !== 'drinking_source' && s.waterClass !== null);
    sections = Math.max(sections, classed.length);
    count += classed.length;
    sum += classed.filter((s) => (key === 'water.good_class_share' ? s.waterClass! <= 3 : s.waterClass === 6)).length;
  }
  return { sum, count, sections };
}
