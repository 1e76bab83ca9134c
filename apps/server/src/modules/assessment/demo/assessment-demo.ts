import type { AppDeps } from '../../../app-deps';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { shanghaiDate } from '../../../platform/time-zone';
import { provinceRegionCode } from '../../../platform/orgs/org-reads';
import { loadAirNetwork } from '../air/air-evaluation.service';
import { refreshCityDays } from '../air/city-days.worker';
import { addDays } from '../periods';
import { airTally, levelOf } from '../targets/indicator-series';
import { hasTargetsOfYear } from '../targets/targets.repository';
import { upsertTarget } from '../targets/targets.service';

/** Fallback targets when the demo has no history (ECOCLOUD_DEMO_HISTORY_DAYS=0): [PM2.5 µg/m³, good-day %]. */
const DEFAULT_TARGET: [number, number] = [30, 95];
/** Nanning's PM2.5 target is set at its level so far (at risk); Laibin's far below it (clearly off track). */
const AT_RISK_CITY = '450100';
const OFF_TRACK_CITY = '451300';

const SYSTEM = { actorId: null, actorName: 'demo', actorOrgId: null, requestId: null, ip: null };

/** The level a city has shown: this year so far, or last year when this year has under 30 valid days. */
async function levelSoFar(
  deps: AppDeps,
  key: string,
  regionCode: string,
  year: number,
  today: string,
): Promise<number | null> {
  const ytd = await airTally(deps, key, regionCode, `${year}-01-01`, addDays(today, -1));
  if (ytd.count >= 30) return levelOf(key === 'air.pm25_annual_mean' ? 'mean' : 'ratio', ytd);
  const last = await airTally(deps, key, regionCode, `${year - 1}-01-01`, `${year - 1}-12-31`);
  return levelOf(key === 'air.pm25_annual_mean' ? 'mean' : 'ratio', last);
}

/** Plausible targets from each city's own figures: reachable for most, tight for Nanning, lost for Laibin. */
function demoTargets(regionCode: string, pm25: number | null, good: number | null): [number, number] {
  if (pm25 === null || good === null) return DEFAULT_TARGET;
  if (regionCode === AT_RISK_CITY) return [Math.round(pm25), Math.max(60, Math.floor(good) - 2)];
  if (regionCode === OFF_TRACK_CITY) return [Math.round(pm25 * 0.8), Math.min(99, Math.ceil(good) + 6)];
  return [Math.ceil(pm25 * 1.08), Math.max(60, Math.floor(good) - 3)];
}

/** This year's air targets for every city and the province, set from the demo history (monitoring seeds first). */
export const assessmentDemoSeeder: DemoSeeder = {
  name: 'assessment',
  async seed(deps: AppDeps) {
    // The demo's rollups are in: the rankings read the city days, which the worker would otherwise fill later.
    await refreshCityDays(deps.db);
    const today = shanghaiDate(deps.clock.now().toISOString());
    const year = Number(today.slice(0, 4));
    if (await hasTargetsOfYear(deps.db, year)) return;
    const cities = (await loadAirNetwork(deps.db)).cities;
    const targets: [string, number, number][] = [];
    for (const c of cities) {
      const pm = await levelSoFar(deps, 'air.pm25_annual_mean', c.code, year, today);
      const good = await levelSoFar(deps, 'air.good_day_ratio', c.code, year, today);
      targets.push([c.code, ...demoTargets(c.code, pm, good)]);
    }
    const province = await provinceRegionCode(deps.db);
    await deps.db.transaction().execute(async (trx) => {
      for (const [regionCode, pm25, good] of targets) {
        await upsertTarget(
          trx,
          deps.clock,
          SYSTEM,
          { year, regionCode, indicator: 'air.pm25_annual_mean', targetValue: pm25 },
          false,
        );
        await upsertTarget(
          trx,
          deps.clock,
          SYSTEM,
          { year, regionCode, indicator: 'air.good_day_ratio', targetValue: good },
          false,
        );
      }
      if (province) {
        await upsertTarget(
          trx,
          deps.clock,
          SYSTEM,
          { year, regionCode: province, indicator: 'water.good_class_share', targetValue: 85 },
          false,
        );
        await upsertTarget(
          trx,
          deps.clock,
          SYSTEM,
          { year, regionCode: province, indicator: 'water.worse_than_v_share', targetValue: 5 },
          false,
        );
      }
    });
  },
};
