import type { EChartsOption } from './echarts';
import { PROVINCE_MAP_NAME } from './province-geo';
import { escapeHtml } from '../escape-html';

/** A value shown on a region; `color` overrides the visual map, `label` goes into the tooltip. */
export type RegionValue = { value: number | null; color?: string; label?: string };
/** A point on the map (a station): `color` is its fill, `label` a tooltip line under its name. */
export type MapPoint = { id: string; name: string; lon: number; lat: number; color: string; label?: string };
/** A band of the visual map: values in [min, max) get `color` (either end may be open). */
export type MapPiece = { min?: number; max?: number; color: string; label?: string };

export type ProvinceMapInput = {
  regionNames: ReadonlyMap<string, string>;
  regionValues?: Readonly<Record<string, RegionValue>>;
  points?: readonly MapPoint[];
  pieces?: readonly MapPiece[];
  /** Fill of regions that have no value (and of all regions when none are given). */
  baseColor?: string;
};

type RegionDatum = {
  name: string;
  value: number | null;
  code: string;
  label?: string;
  itemStyle?: { areaColor: string };
};
type PointDatum = { name: string; value: [number, number]; id: string; label?: string; itemStyle: { color: string } };

const DEFAULT_BASE = '#eef3ef';

/** Tooltip HTML: the name in bold, the label (if any) below. Both are escaped: names come from uploaded data. */
export function tooltipHtml(name: string, label?: string): string {
  return label ? `<b>${escapeHtml(name)}</b><br/>${escapeHtml(label)}` : `<b>${escapeHtml(name)}</b>`;
}

/**
 * The ECharts option for the province map: a geo layer named PROVINCE_MAP_NAME, one map series
 * with the regions' values (matched by name through `regionNames`, since ECharts matches by
 * name and our data is keyed by region code), and a scatter series of points on the geo layer.
 */
export function buildProvinceMapOption(input: ProvinceMapInput): EChartsOption {
  const regions: RegionDatum[] = [];
  for (const [code, v] of Object.entries(input.regionValues ?? {})) {
    const name = input.regionNames.get(code);
    if (name === undefined) continue; // a code outside this base map cannot be drawn
    regions.push({
      name,
      code,
      value: v.value,
      label: v.label,
      ...(v.color ? { itemStyle: { areaColor: v.color } } : {}),
    });
  }
  const points: PointDatum[] = (input.points ?? []).map((p) => ({
    name: p.name,
    id: p.id,
    label: p.label,
    value: [p.lon, p.lat],
    itemStyle: { color: p.color },
  }));
  const base = input.baseColor ?? DEFAULT_BASE;
  const pieces = input.pieces ?? [];
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const p = params as { name?: string; data?: { label?: string } | null };
        return tooltipHtml(p.name ?? '', p.data?.label);
      },
    },
    ...(pieces.length > 0
      ? {
          visualMap: {
            type: 'piecewise',
            seriesIndex: 0,
            pieces: pieces.map((piece) => ({ gte: piece.min, lt: piece.max, color: piece.color, label: piece.label })),
            left: 8,
            bottom: 8,
          },
        }
      : {}),
    geo: {
      map: PROVINCE_MAP_NAME,
      // A map series drawn on a shared geo layer takes its colours from the layer, not from its
      // data items: per-region colours must be geo regions.
      regions: regions.filter((r) => r.itemStyle).map((r) => ({ name: r.name, itemStyle: r.itemStyle })),
      roam: true,
      label: { show: true, fontSize: 10, color: '#555' },
      itemStyle: { areaColor: base, borderColor: '#8aa39a' },
      emphasis: { itemStyle: { areaColor: '#d6e9dc' } },
    },
    series: [
      { type: 'map', geoIndex: 0, data: regions },
      { type: 'scatter', coordinateSystem: 'geo', symbolSize: 10, data: points, zlevel: 1 },
    ],
  } as EChartsOption;
}
