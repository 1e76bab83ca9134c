import type { Kysely } from 'kysely';
import { EVALUATED_ITEMS, type WaterBody, type WaterClass, type WaterItem } from '@ecocloud/standards';
import type { SectionClassView } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { cityCodeOf } from '../../../platform/regions';
import { scopePrefixOf } from '../../../platform/scope/region-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate, shanghaiDateStart } from '../../../platform/time-zone';
import { regionNames } from '../air/air-data.repository';
import * as repo from './water.repository';
import { classifySectionMonth, cwqiRanking, groupShares, type Sample, type ShareRow } from './water-evaluation';

type Attrs = { targetClass?: number; waterBody?: WaterBody; river?: string; basin?: string; intervalSeconds?: number };
const ITEMS = new Set<string>([...EVALUATED_ITEMS, 'tn']);

/** Section classes of one month (YYYY-MM; default: the latest month with data). */
export async function sectionClasses(
  db: Kysely<Database>,
  month: string | undefined,
  regionPrefix?: string,
): Promise<{ month: string | null; sections: (SectionClassView & { sample: Sample })[] }> {
  const stations = await repo.listWaterStations(db, regionPrefix);
  const ids = stations.map((s) => s.id);
  const start = month ? shanghaiDateStart(`${month}-01`) : await repo.latestWaterMonth(db, ids);
  if (!start) return { month: null, sections: [] };
  const key = shanghaiDate(start).slice(0, 7);
  const samples = new Map<string, Sample>();
  for (const r of await repo.loadMonthMeans(db, ids, start)) {
    if (r.mean === null || !ITEMS.has(r.parameter)) continue;
    samples.set(r.station_id, { ...samples.get(r.station_id), [r.parameter as WaterItem]: r.mean });
  }
  const sections = stations.map((s) => {
    const a = JSON.parse(s.attrs) as Attrs;
    const sample = samples.get(s.id) ?? {};
    const waterBody: WaterBody = a.waterBody ?? (s.kind === 'water_lake' ? 'lake' : 'river');
    const targetClass = a.targetClass ?? (s.kind === 'drinking_source' ? 3 : null);
    return {
      code: s.code,
      name: s.name,
      kind: s.kind,
      regionCode: s.region_code,
      cityCode: cityCodeOf(s.region_code),
      river: a.river ?? null,
      basin: a.basin ?? null,
      lon: s.lon,
      lat: s.lat,
      month: key,
      targetClass,
      ...classifySectionMonth({ key: s.code, sample, waterBody, targetClass }),
      source: samples.has(s.id)
        ? (a.intervalSeconds ?? 86_400) < 86_400
          ? ('automatic' as const)
          : ('manual' as const)
        : null,
      sample,
    };
  });
  return { month: key, sections };
}

function shares(
  groups: Map<string, { name: string; members: { waterClass: WaterClass; sample: Sample; waterBody: WaterBody }[] }>,
): ShareRow[] {
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, g]) => groupShares(key, g.name, g.members));
}

/** The month asked for (default: the latest with samples). */
export type WaterSummaryQuery = { month?: string | undefined };

/**
 * The month's water picture: section classes, good-class and worse-than-V shares per city, river and
 * basin (river and lake sections), the city CWQI ranking (river sections) and drinking-water sources.
 */
export async function waterSummary({ db }: ServiceDeps, actor: Actor, { month }: WaterSummaryQuery) {
  const { month: key, sections } = await sectionClasses(db, month, scopePrefixOf(actor));
  const names = await regionNames(db);
  const surface = sections.filter((s) => s.kind !== 'drinking_source' && s.waterClass !== null);
  const group = (keyOf: (s: (typeof surface)[number]) => string | null, nameOf: (k: string) => string) => {
    const m = new Map<
      string,
      { name: string; members: { waterClass: WaterClass; sample: Sample; waterBody: WaterBody }[] }
    >();
    for (const s of surface) {
      const k = keyOf(s);
      if (!k) continue;
      const g = m.get(k) ?? { name: nameOf(k), members: [] };
      g.members.push({
        waterClass: s.waterClass as WaterClass,
        sample: s.sample,
        waterBody: s.kind === 'water_lake' ? 'lake' : 'river',
      });
      m.set(k, g);
    }
    return shares(m);
  };
  const rivers = surface.filter((s) => s.kind === 'water_river');
  const cityCodes = [...new Set(rivers.map((s) => s.cityCode))];
  return {
    month: key ?? '',
    standard: 'GB3838-2002',
    sections: sections.map(({ sample: _s, ...rest }) => rest),
    byCity: group(
      (s) => s.cityCode,
      (k) => names.get(k) ?? k,
    ),
    byRiver: group(
      (s) => s.river,
      (k) => k,
    ),
    byBasin: group(
      (s) => s.basin ?? s.river,
      (k) => k,
    ),
    cwqiRanking: cwqiRanking(
      cityCodes.map((c) => ({
        regionCode: c,
        name: names.get(c) ?? c,
        samples: rivers.filter((s) => s.cityCode === c).map((s) => s.sample),
      })),
    ),
    drinkingSources: sections
      .filter((s) => s.kind === 'drinking_source')
      .map((s) => ({
        code: s.code,
        name: s.name,
        regionCode: s.regionCode,
        waterClass: s.waterClass,
        isCompliant: s.meetsTarget,
      })),
  };
}
