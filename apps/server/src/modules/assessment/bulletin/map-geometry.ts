/**
 * Province outlines for the bulletin map: plain GeoJSON, or the compressed form of the echarts 4 map
 * files (`UTF8Encoding: true`). The decoding follows echarts 4's documented scheme (src/coord/geo/parseGeoJson.js):
 * each coordinate pair is two characters; char code − 64, zigzag-decoded, added to the previous value
 * (starting from the ring's encodeOffsets), then divided by the scale (UTF8Scale, default 1024).
 */
export type Ring = [number, number][];
export type Region = { id: string; name: string; polygons: Ring[][]; centre: [number, number] | null };

type Geometry = { type: string; coordinates: unknown; encodeOffsets?: unknown };
type Feature = {
  id?: string | number;
  properties?: { name?: string; cp?: [number, number] } | null;
  geometry: Geometry;
};
type Collection = { features: Feature[]; UTF8Encoding?: boolean; UTF8Scale?: number };

/** One ring of an echarts-compressed polygon. */
export function decodeRing(text: string, offset: readonly [number, number], scale = 1024): Ring {
  const out: Ring = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i + 1 < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    out.push([x / scale, y / scale]);
  }
  return out;
}

function polygonsOf(g: Geometry, encoded: boolean, scale: number): Ring[][] {
  const polys = (
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
  ) as unknown[][];
  const offsets = (g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets) as [number, number][][] | undefined;
  return polys.map((rings, p) =>
    rings.map((ring, r) => (encoded ? decodeRing(ring as string, offsets?.[p]?.[r] ?? [0, 0], scale) : (ring as Ring))),
  );
}

/** The regions of a map (feature id = region code). */
export function regionsOf(map: Collection): Region[] {
  const encoded = map.UTF8Encoding === true;
  return map.features.map((f) => ({
    id: String(f.id ?? ''),
    name: f.properties?.name ?? String(f.id ?? ''),
    polygons: polygonsOf(f.geometry, encoded, map.UTF8Scale ?? 1024),
    centre: f.properties?.cp ?? null,
  }));
}

/** A projection of lon/lat into a box (equirectangular, with the cosine of the mid latitude; y grows down). */
export function fitProjection(regions: readonly Region[], box: { x: number; y: number; w: number; h: number }) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of regions)
    for (const poly of r.polygons)
      for (const ring of poly)
        for (const [x, y] of ring) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const s = Math.min(box.w / ((maxX - minX) * k || 1), box.h / (maxY - minY || 1));
  return ([lon, lat]: [number, number]): [number, number] => [box.x + (lon - minX) * k * s, box.y + (maxY - lat) * s];
}
