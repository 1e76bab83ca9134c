import type { AppDeps } from '../../../app-deps';
import { addWorkingDays, loadCalendar, nextWorkingDay, shanghaiDate } from '../../../platform/deadlines';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import { sourcesReads } from '../../sources';
import { COUNTY_QUARTER_RATES } from '../draw/draw-rates';
import { findPlan, insertPlan } from '../inspections/inspections.repository';
import { inspectorLibrary } from '../inspections/inspectors.service';
import { objectLibrary } from '../inspections/objects.service';
import { algorithmLabel, drawPlan, type StoredDraw } from '../inspections/plan-draw';
import { checklistOf, industryOf } from './checklists';
import { anyRecord, insertRecord } from './records.repository';

/** The demo's cities with a published plan of the last quarter and its records. */
const CITIES = ['450100', '450300'] as const;
const RECORDS_PER_PLAN = 4;

/** The quarter before the one of `day`, and its middle month's 15th (moved onto a working day later). */
function lastQuarter(day: string): { period: string; middle: string } {
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const q = Math.floor((m - 1) / 3); // 0..3, this quarter
  const year = q === 0 ? y - 1 : y;
  const last = q === 0 ? 4 : q;
  const month = (last - 1) * 3 + 2;
  return { period: `${year}-Q${last}`, middle: `${year}-${String(month).padStart(2, '0')}-15` };
}

/** What the demo's inspectors found: most units compliant, the second of each plan with problems. */
function answersFor(industryCode: string, problems: boolean) {
  return checklistOf(industryCode).map((item, n) => ({
    key: item.key,
    answer:
      problems && item.key === 'treatment_running' ? ('no' as const) : n === 5 ? ('na' as const) : ('yes' as const),
    note: problems && item.key === 'treatment_running' ? '检查时废气处理设施未开启' : '',
  }));
}

/**
 * Published draw plans of the last quarter for two demo cities (fixed seeds, the city bureau's inspectors)
 * and a few records of their drawn units, the second of each with problems. Deterministic; runs after the cases
 * demo and only on an install without any inspection record. Published on the inspection day, so plans
 * drawn later sort first on the portal.
 */
export const inspectionRecordsDemoSeeder: DemoSeeder = {
  name: 'enforcement-records',
  async seed(deps: AppDeps) {
    if (await anyRecord(deps.db)) return;
    const today = shanghaiDate(deps.clock.now());
    const cal = await loadCalendar(deps.db);
    const { period, middle } = lastQuarter(today);
    const inspectionDate = nextWorkingDay(middle, cal);
    for (const city of CITIES) {
      const org = await owningOrgOfRegion(deps.db, city);
      if (!org || org.region_code !== city) continue;
      const planId = `enf-demo-p${city}`;
      if (await findPlan(deps.db, planId)) continue;
      const objects = await objectLibrary(deps, null, { regionCode: city });
      if (!objects.length) continue;
      const inspectors = await inspectorLibrary(deps, org.path);
      const seed = `demo-${period}-${city}`;
      const stored: StoredDraw = drawPlan(seed, COUNTY_QUARTER_RATES, objects, inspectors, undefined);
      const publishedAt = `${inspectionDate}T02:00:00.000Z`;
      const industries = new Map(
        (await sourcesReads.enterprisesInReach(deps.db, null, { regionCode: city })).map((e) => [
          e.id,
          e.industryCode ?? '',
        ]),
      );
      await deps.db.transaction().execute(async (trx) => {
        await insertPlan(trx, {
          id: planId,
          org_id: org.id,
          region_code: city,
          period,
          rates: JSON.stringify(COUNTY_QUARTER_RATES),
          seed,
          algorithm: algorithmLabel(stored.draw.algorithm),
          result: JSON.stringify(stored),
          inspection_date: inspectionDate,
          published_at: publishedAt,
          created_by: null,
          created_at: `${addWorkingDays(inspectionDate, -10, cal)}T02:00:00.000Z`,
        });
        for (const [n, unit] of stored.draw.objects.slice(0, RECORDS_PER_PLAN).entries()) {
          const date = addWorkingDays(inspectionDate, n, cal);
          if (date > today) break;
          const problems = n % 4 === 1;
          const industryCode = industries.get(unit.unitId) ?? '';
          const names = unit.inspectorIds.map((id) => ({ userId: id, name: stored.inspectors[id] ?? '' }));
          await insertRecord(
            trx,
            {
              id: `enf-demo-r${city}-${n + 1}`,
              client_id: `demo-${city}-${n + 1}`,
              plan_id: planId,
              enterprise_id: unit.unitId,
              inspectors: JSON.stringify(names.length ? names : [{ userId: null, name: '执法人员' }]),
              date,
              method: unit.method === 'non_site' ? 'online_data' : 'site',
              site_reason: '',
              lon: null,
              lat: null,
              checklist_industry: industryOf(industryCode)?.key ?? '',
              checklist: JSON.stringify(answersFor(industryCode, problems)),
              findings: problems ? '废气处理设施未正常运行，现场无运行记录。' : '',
              attachments: '[]',
              outcome: problems ? 'problems' : 'compliant',
              case_id: null,
              created_by: unit.inspectorIds[0] ?? null,
              created_at: `${date}T03:00:00.000Z`,
            },
            [],
          );
        }
      });
    }
  },
};
