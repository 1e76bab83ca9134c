import type { MapPiece, MapPoint, RegionValue } from '../../ui/map/province-map-option';
import { levelColour, STATUS_COLOURS, waterClassColour } from './colours';
import { worstRank } from './ranking-rows';
import type { CityEvaluation, ForecastStatus, HourlyAqi, SectionClass, TargetProgress } from './types';

/** City AQI now → region values in the HJ 633 level colours; `label` is what the tooltip shows. */
export function aqiRegionValues(
  cities: readonly HourlyAqi[],
  categoryOf: (level: number) => string,
): Record<string, RegionValue> {
  const out: Record<string, RegionValue> = {};
  for (const c of cities) {
    out[c.regionCode] = {
      value: c.aqi,
      color: levelColour(c.level),
      label: c.aqi === null || c.level === null ? '—' : `AQI ${c.aqi} ${categoryOf(c.level)}`,
    };
  }
  return out;
}

/** Stations with coordinates as map points in their level colour. */
export function aqiStationPoints(stations: readonly HourlyAqi[], categoryOf: (level: number) => string): MapPoint[] {
  return stations
    .filter((s) => s.lon !== null && s.lat !== null)
    .map((s) => ({
      id: s.code,
      name: s.name,
      lon: s.lon as number,
      lat: s.lat as number,
      color: levelColour(s.level),
      label: s.aqi === null || s.level === null ? '—' : `AQI ${s.aqi} ${categoryOf(s.level)}`,
    }));
}

/** Ranked thirds: the best third green, the middle yellow, the rest orange, the last rank red; unranked grey. */
export const RANK_COLOURS = {
  top: '#52C41A',
  middle: '#FADB14',
  bottom: '#FA8C16',
  last: '#F5222D',
  none: '#BFBFBF',
} as const;
const RANK_BANDS = ['top', 'middle', 'bottom', 'last'] as const;
export type RankBand = (typeof RANK_BANDS)[number];

/**
 * Why values are band numbers: the province map shares ECharts' geo layer, where a region's own
 * colour is not drawn, so regions are coloured through visual-map pieces keyed on the value.
 */
export function rankPieces(labelOf: (band: RankBand) => string): MapPiece[] {
  return RANK_BANDS.map((band, i) => ({ min: i, max: i + 1, color: RANK_COLOURS[band], label: labelOf(band) }));
}

/** Each city's composite index as a rank band (0 best third … 3 last rank); the tooltip keeps rank and index. */
export function compositeRegionValues(cities: readonly CityEvaluation[]): Record<string, RegionValue> {
  const ranked = cities.filter((c) => c.rank !== null).length;
  const worst = worstRank(cities);
  const out: Record<string, RegionValue> = {};
  for (const c of cities) {
    let band: RankBand | null = null;
    if (c.rank !== null) {
      if (c.rank === worst) band = 'last';
      else if (c.rank <= ranked / 3) band = 'top';
      else if (c.rank <= (2 * ranked) / 3) band = 'middle';
      else band = 'bottom';
    }
    out[c.regionCode] = {
      value: band === null ? null : RANK_BANDS.indexOf(band),
      color: band === null ? RANK_COLOURS.none : RANK_COLOURS[band],
      label: `#${c.rank ?? '—'} · ${c.compositeIndex ?? '—'}`,
    };
  }
  return out;
}

const SEVERITY: Record<ForecastStatus, number> = { on_track: 0, at_risk: 1, off_track: 2 };
const STATUSES: readonly ForecastStatus[] = ['on_track', 'at_risk', 'off_track'];

/** Visual-map pieces for the target view (values are severities 0–2). */
export function statusPieces(labelOf: (status: ForecastStatus) => string): MapPiece[] {
  return STATUSES.map((s) => ({ min: SEVERITY[s], max: SEVERITY[s] + 1, color: STATUS_COLOURS[s], label: labelOf(s) }));
}

/** Each city coloured by its worst target status (off track over at risk over on track). */
export function targetRegionValues(
  targets: readonly TargetProgress[],
  statusLabel: (s: ForecastStatus) => string,
): Record<string, RegionValue> {
  const worst = new Map<string, ForecastStatus>();
  for (const target of targets) {
    if (!target.status) continue;
    const seen = worst.get(target.regionCode);
    if (!seen || SEVERITY[target.status] > SEVERITY[seen]) worst.set(target.regionCode, target.status);
  }
  const out: Record<string, RegionValue> = {};
  for (const [code, status] of worst)
    out[code] = { value: SEVERITY[status], color: STATUS_COLOURS[status], label: statusLabel(status) };
  return out;
}

/** Sections with coordinates as points in their class colour. */
export function sectionPoints(sections: readonly SectionClass[], classLabel: (c: number | null) => string): MapPoint[] {
  return sections
    .filter((s) => s.lon !== null && s.lat !== null)
    .map((s) => ({
      id: s.code,
      name: s.name,
      lon: s.lon as number,
      lat: s.lat as number,
      color: waterClassColour(s.waterClass),
      label: classLabel(s.waterClass),
    }));
}
