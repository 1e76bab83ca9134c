import type { MyWork } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import type { Actor } from '../../http/actor';
import { shanghaiDate } from '../../platform/deadlines';
import { listProgress } from '../assessment';
import { listAlerts } from '../monitoring';
import { listDue } from '../sources';
import { myDuties } from '../workplan';

/** How far ahead the home page reminds of permit deadlines (the due list itself looks 90 days ahead). */
const REMIND_DAYS = 30;

/**
 * The caller's own work for the home page, each part from its module and within the caller's scope:
 * work-plan duties, open alerts at stations in scope, this year's targets in scope at risk, and what falls
 * due on the permits in scope (the reminders of the permit clocks: the regulating unit sees its
 * enterprises', an enterprise user its own).
 */
export async function myWork(deps: AppDeps, actor: Actor): Promise<MyWork> {
  const duties = await myDuties(deps, actor);
  let alerts: MyWork['alerts'] = null;
  if (actor.permissions.has('alerts:read')) {
    const page = await listAlerts(deps, actor, {
      status: 'open',
      page: 1,
      pageSize: 5,
      order: 'desc',
      sort: 'lastAt',
    });
    alerts = {
      open: page.total,
      latest: page.items.map((a) => ({
        id: a.id,
        stationName: a.stationName,
        kind: a.kind,
        parameter: a.parameters.map((p) => p.parameter).join(',') || null,
        lastAt: a.lastAt,
      })),
    };
  }
  let targetsAtRisk: MyWork['targetsAtRisk'] = null;
  if (actor.permissions.has('assessment:read')) {
    const year = Number(shanghaiDate(deps.clock.now()).slice(0, 4));
    targetsAtRisk = (await listProgress(deps, actor, { year })).flatMap((t) =>
      t.status === 'at_risk' || t.status === 'off_track'
        ? [
            {
              id: t.id,
              name: t.name,
              regionName: t.regionName,
              unit: t.unit,
              status: t.status,
              targetValue: t.targetValue,
              actual: t.actual,
            },
          ]
        : [],
    );
  }
  const permitsDue = actor.permissions.has('sources:read')
    ? (await listDue(deps, actor, { within: REMIND_DAYS, overdue: true })).items.sort((a, b) =>
        a.dueDate.localeCompare(b.dueDate),
      )
    : null;
  return { ...duties, alerts, targetsAtRisk, permitsDue };
}
