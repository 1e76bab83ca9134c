import type { AppDeps } from '../../../app-deps';
import { loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { owningOrgOfRegion, provinceRegionCode } from '../../../platform/orgs/org-reads';
import { cityCodeOf } from '../../../platform/regions';
import { sourcesReads } from '../../sources';
import { insertCase, insertEvent } from '../cases/cases.repository';
import { buildDemoCases, type DemoEnterprise } from './demo-cases';
import { anyCase } from './demo.repository';

/** HJ 608 outlet codes: DW… a waste-water outlet, DA… a waste-gas one. */
const mediumOfCode = (code: string) => (code.startsWith('DW') ? 'water' : code.startsWith('DA') ? 'gas' : null);

/** The register's enterprises with their outlets (by medium) and the city bureau that handles their cases. */
async function demoEnterprises(deps: AppDeps): Promise<DemoEnterprise[]> {
  const outlets = await sourcesReads.outletsInReach(deps.db, null);
  const bureaus = new Map<string, string | undefined>();
  const byId = new Map<string, DemoEnterprise>();
  for (const o of outlets) {
    const city = cityCodeOf(o.regionCode);
    if (!bureaus.has(city)) bureaus.set(city, (await owningOrgOfRegion(deps.db, city))?.id);
    const handlingOrgId = bureaus.get(city);
    const medium = mediumOfCode(o.code);
    if (!handlingOrgId || !medium) continue;
    const e = byId.get(o.enterpriseId) ?? {
      id: o.enterpriseId,
      name: o.enterpriseName,
      regionCode: o.regionCode,
      handlingOrgId,
      outlets: [],
    };
    byId.set(e.id, { ...e, outlets: [...e.outlets, { id: o.id, code: o.code, medium }] });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A year of enforcement cases over the demo register (demo-cases.ts), inserted as the system through
 * the cases repository. Runs after the sources demo; an install with any case is left alone.
 */
export const enforcementDemoSeeder: DemoSeeder = {
  name: 'enforcement',
  async seed(deps) {
    if (await anyCase(deps.db)) return;
    const enterprises = await demoEnterprises(deps);
    if (!enterprises.length) return;
    const rows = buildDemoCases({
      today: shanghaiDate(deps.clock.now()),
      calendar: await loadCalendar(deps.db),
      enterprises,
      jurisdiction: (await provinceRegionCode(deps.db)) ?? '450000',
    });
    await deps.db.transaction().execute(async (trx) => {
      for (const c of rows.cases) await insertCase(trx, c);
      for (const e of rows.events) await insertEvent(trx, e);
    });
  },
};
