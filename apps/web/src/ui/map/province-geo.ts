/** A GeoJSON FeatureCollection as the base-map endpoint serves it (possibly in ECharts' compressed form). */
export type ProvinceGeoJson = {
  type: 'FeatureCollection';
  features: { id?: string | number; type: 'Feature'; properties: Record<string, unknown> | null; geometry: unknown }[];
  UTF8Encoding?: boolean;
};

/** The name every registered base map goes by; one province per deployment. */
export const PROVINCE_MAP_NAME = 'ecocloud-province';

/**
 * A copy ready for `echarts.registerMap`: ECharts decodes the compressed "UTF8Encoding" form in
 * place, so the cached response is never handed over itself; a feature without a `name` is named
 * by its region code, because ECharts matches regions (and our values) by name.
 */
export function prepareGeoJson(source: ProvinceGeoJson): ProvinceGeoJson {
  const copy = structuredClone(source);
  for (const feature of copy.features) {
    const props = feature.properties ?? {};
    if (typeof props.name !== 'string' || props.name === '') props.name = String(feature.id ?? '');
    feature.properties = props;
  }
  return copy;
}

/** Region code (feature id) → region name, the bridge between our data (by code) and ECharts (by name). */
export function regionNamesByCode(geo: ProvinceGeoJson): Map<string, string> {
  const names = new Map<string, string>();
  for (const feature of geo.features) {
    if (feature.id === undefined) continue;
    const name = feature.properties?.name;
    names.set(String(feature.id), typeof name === 'string' && name !== '' ? name : String(feature.id));
  }
  return names;
}
