import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { shanghaiDate } from '../../../platform/deadlines';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { userWithOrgByUsername } from '../../../platform/users/user-reads';
import { anyReportOfPlan } from '../demo/demo.repository';
import { findPlan } from '../shared/workplan.repository';
import { findMonthlyOf } from './monthly.repository';
import { compileMonthly, decideMonthly, releaseMonthly, submitMonthly } from './monthly.service';

async function demoActor(deps: AppDeps, username: string): Promise<Actor | null> {
  const u = await userWithOrgByUsername(deps.db, username);
  if (!u) return null;
  return {
    userId: u.userId,
    username: u.username,
    displayName: u.display_name,
    orgId: u.id,
    orgName: u.name,
    orgPath: u.path,
    regionCode: u.region_code,
    roles: [],
    permissions: new Set(),
    scope: 'all',
    mustChangePassword: false,
    requestId: 'demo-monthly',
    ip: null,
  };
}

/**
 * The current year's demo plan gets the previous month's report approved and released, and the current
 * month's as a draft, once its demo year has reports (history on). Idempotent: a month already compiled is left alone.
 */
export const monthlyDemoSeeder: DemoSeeder = {
  name: 'workplan-monthly',
  async seed(deps: AppDeps) {
    const today = shanghaiDate(deps.clock.now());
    const planId = `demo-plan-${today.slice(0, 4)}`;
    if (!(await findPlan(deps.db, planId)) || !(await anyReportOfPlan(deps.db, planId))) return;
    const [admin, leader] = [await demoActor(deps, 'admin'), await demoActor(deps, 'leader')];
    if (!admin || !leader) return;
    const month = today.slice(0, 7);
    const previous = `${today.slice(0, 5)}${String(Number(today.slice(5, 7)) - 1).padStart(2, '0')}`;
    if (previous.slice(5) !== '00' && !(await findMonthlyOf(deps.db, planId, previous))) {
      const report = await compileMonthly(deps, admin, planId, previous);
      await submitMonthly(deps, admin, report.id);
      await decideMonthly(deps, leader, report.id, { decision: 'approve' });
      await releaseMonthly(deps, admin, report.id);
    }
    if (!(await findMonthlyOf(deps.db, planId, month))) await compileMonthly(deps, admin, planId, month);
  },
};
