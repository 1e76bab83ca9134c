import type { Actor } from '../../http/actor';
import type { ServiceDeps } from '../service-deps';
import { shanghaiDayStart } from '../time-zone';
import { homeCounts, provinceAndCityOrgs, regionLabels } from './stats.repository';

/** Counts for the home page, within the caller's scope. */
export function homeStats({ db, clock }: ServiceDeps, actor: Actor) {
  return homeCounts(db, actor, shanghaiDayStart(clock.now()).toISOString());
}

/** The province and its cities for the public landing page. */
export async function publicOverview({ db, clock }: ServiceDeps) {
  // Place names come from the region dictionary (南宁市), organisations' names (南宁市生态环境局) as a fallback.
  const rows = await provinceAndCityOrgs(db);
  const labels = await regionLabels(db);
  const place = (r: { name: string; region_code: string }) => {
    const entry = labels.get(r.region_code);
    return { name: entry?.label ?? r.name, nameEn: entry?.label_en ?? null, regionCode: r.region_code };
  };
  const province = rows.find((r) => r.kind === 'province');
  return {
    province: province ? place(province) : null,
    cities: rows.filter((r) => r.kind === 'city').map(place),
    generatedAt: clock.now().toISOString(),
  };
}
