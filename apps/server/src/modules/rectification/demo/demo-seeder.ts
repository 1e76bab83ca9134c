import { createHash } from 'node:crypto';
import type { AppDeps } from '../../../app-deps';
import { addCalendarDays, loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { listOrgs, owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import { cityCodeOf } from '../../../platform/regions';
import { anyBatch, insertBatch, insertEvent, insertEvidence, insertProblem } from '../ledger/ledger.repository';
import { readSettings } from '../ledger/steps.service';
import { problemRow } from '../ledger/problems.service';
import { seedDemoNotices } from './demo-notices';
import { CENTRAL_PROBLEMS, PROVINCIAL_PROBLEMS, type DemoProblem } from './demo-problems';
import { demoStory } from './demo-stories';

const EVIDENCE_TEXT = Buffer.from('整改完成情况说明（演示）：对照整改目标逐项完成，附现场照片与监测报告。\n', 'utf8');

/**
 * A ledger over the demo province: a central round of thirty problems and a provincial round of six, each
 * with a story that ends in a spread of statuses (not started, in progress, overdue, awaiting acceptance,
 * accepted, in its public notice, closed, rebounded), dated backwards from today, and supervision notices on
 * three of the overdue ones (`demo-notices.ts`). Deterministic; an install with any batch is left alone.
 */
export const rectificationDemoSeeder: DemoSeeder = {
  name: 'rectification',
  async seed(deps: AppDeps) {
    if (await anyBatch(deps.db)) return;
    const orgs = await listOrgs(deps.db);
    const today = shanghaiDate(deps.clock.now());
    const cal = await loadCalendar(deps.db);
    const { noticeWorkingDays } = await readSettings(deps.db);
    const now = deps.clock.now().toISOString();
    // Read before the transaction: SQLite has one connection, which the transaction holds.
    const leads = new Map<string, string | undefined>();
    for (const p of [...CENTRAL_PROBLEMS, ...PROVINCIAL_PROBLEMS]) {
      const city = cityCodeOf(p.region);
      if (!leads.has(city)) leads.set(city, (await owningOrgOfRegion(deps.db, city))?.id);
    }
    const leadOf = (p: DemoProblem) =>
      p.division ? orgs.find((o) => o.name === p.division)?.id : leads.get(cityCodeOf(p.region));
    const rounds = [
      {
        kind: 'central',
        name: '中央生态环境保护督察反馈问题（演示）',
        round: '第三轮',
        ago: 800,
        problems: CENTRAL_PROBLEMS,
      },
      {
        kind: 'provincial',
        name: '自治区生态环境保护督察反馈问题（演示）',
        round: '第二批',
        ago: 420,
        problems: PROVINCIAL_PROBLEMS,
      },
    ] as const;
    const leadById = new Map<string, string>();
    await deps.db.transaction().execute(async (trx) => {
      for (const [r, round] of rounds.entries()) {
        const batchId = `rect-demo-${round.kind}`;
        const feedback = addCalendarDays(today, -round.ago);
        await insertBatch(trx, {
          id: batchId,
          kind: round.kind,
          name: round.name,
          round: round.round,
          feedback_date: feedback,
          is_public: 1,
          complaint_batch_ref: r === 0 ? 'DEMO-TS-01' : '',
          created_by: null,
          created_at: now,
          updated_at: now,
        });
        for (const [i, p] of round.problems.entries()) {
          const leadOrgId = leadOf(p);
          if (!leadOrgId) continue;
          const s = demoStory(p.end, {
            today,
            feedback,
            acceptance: p.acceptance,
            noticeDays: noticeWorkingDays,
            cal,
            salt: i % 5,
          });
          const base = problemRow(
            {
              batchId,
              itemNo: p.no,
              problem: p.problem,
              category: p.category,
              regionCode: p.region,
              leadOrgId,
              coUnits: '',
              acceptanceUnit: p.acceptance,
              target: p.target,
              measures: p.measures,
              deadline: s.deadline,
              horizon: p.horizon,
              monitoring: p.section ? { stationCode: p.section[0], requiredClass: p.section[1] } : null,
              isPublic: true,
              complaintBatchRef: '',
            },
            null,
            now,
          );
          const id = `rect-demo-${round.kind}-${p.no}`;
          leadById.set(id, leadOrgId);
          await insertProblem(trx, {
            ...base,
            id,
            state: s.state,
            notice_from: s.notice?.from ?? null,
            notice_to: s.notice?.to ?? null,
            notice_days: s.notice ? noticeWorkingDays : null,
            closed_on: s.closedOn,
            rebound_count: s.reboundCount,
          });
          for (const [k, e] of s.steps.entries())
            await insertEvent(trx, {
              id: `${id}-e${k}`,
              problem_id: id,
              ...e,
              created_by: null,
              created_by_name: '演示数据',
              created_at: now,
            });
          if (s.steps.some((e) => e.step === 'complete'))
            await insertEvidence(trx, {
              id: `${id}-doc`,
              problem_id: id,
              kind: 'document',
              filename: '整改完成情况说明.txt',
              content_type: 'text/plain; charset=utf-8',
              size: EVIDENCE_TEXT.length,
              sha256: createHash('sha256').update(EVIDENCE_TEXT).digest('hex'),
              content_base64: EVIDENCE_TEXT.toString('base64'),
              note: '',
              created_by: null,
              created_at: now,
            });
        }
      }
      await seedDemoNotices(trx, { today, cal, leadOf: (id) => leadById.get(id) });
    });
  },
};
