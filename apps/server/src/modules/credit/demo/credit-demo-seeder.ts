import { DISCLOSURE_RULES, type RatingScheme } from '@ecocloud/standards';
import type { AppDeps } from '../../../app-deps';
import { addCalendarDays, addWorkingDays, loadCalendar } from '../../../platform/deadlines';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { provinceRegionCode } from '../../../platform/orgs/org-reads';
import { sourcesReads } from '../../sources';
import { reportRows } from '../disclosure/disclosure-reports';
import { addUnit, buildList, stepList } from '../disclosure/disclosure-list.service';
import { fileAnnual, fileTemporary } from '../disclosure/reports.service';
import { decideObjection, fileObjection } from '../rating/objections.service';
import { createRun, rescore, stepRun } from '../rating/runs.service';
import { anyRun, findRating, findRun, objectionIdsOfRating } from '../rating/ratings.repository';
import { schemeOf } from '../rating/scheme.service';
import { todayOf } from '../shared/credit-context';

/** Indicators an officer scores by hand, in the order the demo lowers them to reach a target total. */
const HAND_ORDER = ['M5', 'P3', 'M9', 'P5', 'M1', 'M2', 'P2', 'M8', 'P4', 'E1', 'E2', 'E3', 'M3', 'M7', 'M10', 'S1'];

/** Hand scores that bring a rating of `total` down to `target` (zeroing indicators in HAND_ORDER, the last in part). */
function handScoresFor(scheme: RatingScheme, total: number, target: number): Record<string, number> {
  let left = Math.max(total - target, 0);
  const manual: Record<string, number> = {};
  for (const code of HAND_ORDER) {
    if (left <= 0) break;
    const max = scheme.indicators.find((i) => i.code === code)?.maxPoints ?? 0;
    const cut = Math.min(max, left);
    manual[code] = max - cut;
    left -= cut;
  }
  return manual;
}

/** Targets by position in the run (ordered by credit code): a spread of the four levels. */
const TARGETS = [55, 68, 80, 84, 72];
const VETO_AT = 1;
const OBJECTION_AT = 4;

/**
 * A rated year: the run's ratings from the record, lowered by hand for a spread of levels (targets ⚠ are
 * demo numbers against the unverified thresholds), one vetoed (secret discharge → red), one objection upheld
 * that lifts 警示 to 良好; window and dates laid on the working calendar from 1 April of the next year.
 */
async function seedRun(deps: AppDeps, province: string, year: number, publish: boolean): Promise<void> {
  const cal = await loadCalendar(deps.db);
  const run = await createRun(deps, null, { year, objectionDays: 10, regionCode: province });
  const scheme = await schemeOf(deps.db, run.schemeVersion);
  const ratings = [...run.ratings].sort((a, b) => a.uscc.localeCompare(b.uscc));
  for (const [i, r] of ratings.entries()) {
    const row = (await findRating(deps.db, r.id))!;
    const target = TARGETS[i % TARGETS.length]! + (i >= TARGETS.length ? 15 : 0);
    const vetoes = i === VETO_AT ? ['secret_discharge'] : [];
    await rescore(
      deps,
      null,
      r.id,
      run.schemeVersion,
      row.facts,
      handScoresFor(scheme, r.total, target),
      vetoes,
      'credit.rating.manual',
    );
  }
  const from = addWorkingDays(`${year + 1}-03-31`, 1, cal);
  await stepRun(deps, null, run.id, 'open_objections', from);
  const objected = ratings[OBJECTION_AT];
  const until = (await findRun(deps.db, run.id))!.objections_until!;
  if (objected) {
    await fileObjection(
      deps,
      null,
      objected.id,
      '企业已于评价年度内完成危险废物贮存场所整改，请求复核相关指标扣分。',
      addWorkingDays(from, 2, cal),
    );
    const row = (await findRating(deps.db, objected.id))!;
    const manual = JSON.parse(row.manual) as Record<string, number>;
    delete manual.P3;
    delete manual.M9;
    const [objection] = await objectionIdsOfRating(deps.db, objected.id);
    await decideObjection(
      deps,
      null,
      objection!.id,
      { upheld: true, decision: '经核实整改材料，恢复危险废物规范化管理和环境风险管理指标分值。', manual },
      addWorkingDays(from, 6, cal),
    );
  }
  await stepRun(deps, null, run.id, 'review', addCalendarDays(until, 1));
  if (publish) await stepRun(deps, null, run.id, 'publish', addWorkingDays(until, 5, cal));
}

/**
 * The disclosure year: the province's list of `year` built from the register, one audit enterprise added by
 * hand, 10 working days of notice ending by the end of March, fixed; the annual reports on the year filed by
 * two units in three (one of them late), the others missing; temporary reports on the year's penalties filed in
 * time except every third one (missing: the department sees it overdue).
 */
async function seedDisclosure(deps: AppDeps, province: string, year: number, today: string): Promise<void> {
  const cal = await loadCalendar(deps.db);
  const list = await buildList(deps, null, year, province);
  const notListed = (await sourcesReads.enterprisesInReach(deps.db, null, { regionCode: province })).find(
    (e) => !list.units.some((u) => u.enterpriseId === e.id),
  );
  if (notListed)
    await addUnit(deps, null, year, {
      enterpriseId: notListed.id,
      reason: 'cleaner_audit',
      auditAcceptedYear: year - 1,
      note: '强制性清洁生产审核（演示）',
    });
  const fixBy = DISCLOSURE_RULES.listFixedBy(year);
  const noticeFrom = addWorkingDays(fixBy, -(DISCLOSURE_RULES.listNoticeWorkingDays + 2), cal);
  await stepList(deps, null, year, 'publish', noticeFrom, province);
  await stepList(
    deps,
    null,
    year,
    'fix',
    undefined,
    province,
    addWorkingDays(noticeFrom, DISCLOSURE_RULES.listNoticeWorkingDays + 1, cal),
  );
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, null, { regionCode: province });
  const rows = await reportRows(deps, enterprises, [year], today);
  const own = (await sourcesReads.enterprisesInReach(deps.db, null)).find((e) => e.name === '南宁示范热电有限公司');
  let n = 0;
  for (const r of rows.filter((x) => x.kind === 'annual' && x.state !== 'not_due')) {
    n += 1;
    // The demo enterprise's own unit leaves its report for the journey to file.
    if (n % 3 === 0 || r.enterpriseId === own?.id) continue;
    const filedOn = n % 5 === 0 ? addWorkingDays(r.dueDate, 3, cal) : addWorkingDays(r.dueDate, -4 - (n % 7), cal);
    if (filedOn > today) continue;
    await fileAnnual(
      deps,
      null,
      {
        enterpriseId: r.enterpriseId,
        year,
        content: { emergencyPlan: '已编制突发环境事件应急预案并备案', carbonTonnes: null, insurance: '', note: '' },
      },
      filedOn,
    );
  }
  let t = 0;
  for (const r of rows.filter((x) => x.kind === 'temporary')) {
    t += 1;
    if (t % 3 === 0) continue;
    const filedOn = addWorkingDays(r.eventDate!, 2, cal);
    if (filedOn > today) continue;
    await fileTemporary(
      deps,
      null,
      {
        enterpriseId: r.enterpriseId,
        eventRef: r.eventRef,
        content: { text: `已收到${r.eventLabel}，依法披露相关信息。` },
      },
      filedOn,
    );
  }
}

/**
 * Credit's demo (after enforcement's: it reads the decided cases): the disclosure lists of last year and this
 * year with their reports, the rating of the year before last published and last year's in review (the journey
 * publishes it). An install with any rating run is left alone.
 */
export const creditDemoSeeder: DemoSeeder = {
  name: 'credit-rating',
  async seed(deps) {
    if (await anyRun(deps.db)) return;
    const province = (await provinceRegionCode(deps.db)) ?? '450000';
    if ((await sourcesReads.enterprisesInReach(deps.db, null, { regionCode: province })).length === 0) return;
    const today = todayOf(deps);
    const y = Number(today.slice(0, 4));
    await seedDisclosure(deps, province, y - 1, today);
    await seedDisclosure(deps, province, y, today);
    await seedRun(deps, province, y - 2, true);
    await seedRun(deps, province, y - 1, false);
  },
};
