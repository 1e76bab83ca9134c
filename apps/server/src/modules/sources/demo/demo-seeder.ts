import { shanghaiDate } from '../../../platform/deadlines';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { regionLabels } from '../../../platform/dictionaries/dictionary-reads';
import { listOrgs, orgById, owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import type { AppDeps } from '../../../app-deps';
import { DEMO_ENTERPRISES } from './demo-enterprises';
import { anyEnterprise, insertDemoRegister } from './demo.repository';
import { buildDemoRegister, type DemoOrgs } from './demo-register';

/** The enterprise organisation the platform demo creates for its enterprise user (enterprise_demo). */
const DEMO_ENTERPRISE_ORG = '南宁示范热电有限公司';

/** Each city's bureau (the platform demo's city organisations), the enterprise org, the region names. */
async function demoOrgs(deps: AppDeps): Promise<DemoOrgs> {
  const cityBureaus = new Map<string, { id: string; name: string }>();
  for (const city of new Set(DEMO_ENTERPRISES.map((e) => `${e.region.slice(0, 4)}00`))) {
    const ref = await owningOrgOfRegion(deps.db, city);
    const org = ref && (await orgById(deps.db, ref.id));
    if (org?.kind === 'city') cityBureaus.set(city, { id: org.id, name: org.name });
  }
  const enterpriseOrg = (await listOrgs(deps.db)).find(
    (o) => o.kind === 'enterprise' && o.name === DEMO_ENTERPRISE_ORG,
  );
  return { cityBureaus, enterpriseOrgId: enterpriseOrg?.id ?? null, regionNames: await regionLabels(deps.db) };
}

/**
 * The demo register (about sixty enterprises with outlets, permits, limits, events and execution
 * reports), dated from the demo's today so near-expiry permits stay near expiry. Seeded once: an
 * install whose register holds any enterprise is left alone.
 */
export const sourcesDemoSeeder: DemoSeeder = {
  name: 'sources',
  async seed(deps) {
    if (await anyEnterprise(deps.db)) return;
    const now = deps.clock.now();
    const register = buildDemoRegister(shanghaiDate(now), await demoOrgs(deps), now.toISOString());
    await insertDemoRegister(deps.db, register);
  },
};
