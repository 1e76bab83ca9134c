import type { AirRanking } from '@ecocloud/contracts';
import type { ExportColumn } from '../../../platform/import-export/table-io';
import { POLLUTANT_LABELS } from './pollutants';

/** Columns of the ranking table (CLI, CSV/XLSX export, bulletin); every export names the standards used. */
export const RANKING_COLUMNS: ExportColumn[] = [
  { key: 'rank', header: 'rank' },
  { key: 'city', header: 'city' },
  { key: 'region_code', header: 'region_code' },
  { key: 'days_valid', header: 'days_valid' },
  { key: 'so2', header: 'so2' },
  { key: 'no2', header: 'no2' },
  { key: 'pm10', header: 'pm10' },
  { key: 'pm2_5', header: 'pm2_5' },
  { key: 'co_p95', header: 'co_p95' },
  { key: 'o3_8h_p90', header: 'o3_8h_p90' },
  { key: 'good_day_ratio', header: 'good_day_ratio' },
  { key: 'composite_index', header: 'composite_index' },
  { key: 'main_pollutant', header: 'main_pollutant' },
  { key: 'composite_change_pct', header: 'composite_change_pct' },
  { key: 'period', header: 'period' },
  { key: 'standard', header: 'standard' },
];

const text = (v: number | string | null) => (v === null ? '' : String(v));
const fixed = (v: number | null, d: number) => (v === null ? '' : v.toFixed(d));

/** One flat row per city, in rank order; unranked (invalid) cities last with an empty rank. */
export function rankingRows(r: AirRanking): Record<string, string>[] {
  return r.cities.map((c) => ({
    rank: text(c.rank),
    city: c.name,
    region_code: c.regionCode,
    days_valid: String(c.daysValid),
    so2: fixed(c.stats.so2, 0),
    no2: fixed(c.stats.no2, 0),
    pm10: fixed(c.stats.pm10, 0),
    pm2_5: fixed(c.stats.pm2_5, 0),
    co_p95: fixed(c.stats.co_p95, 1),
    o3_8h_p90: fixed(c.stats.o3_8h_p90, 0),
    good_day_ratio: text(c.goodDayRatio),
    composite_index: text(c.compositeIndex),
    main_pollutant: c.mainPollutants.map((p) => POLLUTANT_LABELS[p as keyof typeof POLLUTANT_LABELS] ?? p).join(';'),
    composite_change_pct: text(c.compositeChangePct),
    period: `${r.period.from}..${r.period.to}`,
    standard: `${r.limitsStandard}; ${r.aqiStandards.join('/')}`,
  }));
}
