import type { EnterpriseFile } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import type { ServiceDeps } from '../../../platform/service-deps';
import { toOutlets } from '../outlets/outlet-view';
import { outletsOfEnterprise } from '../outlets/outlets.repository';
import { toEvents, toPermits } from '../permits/permit-view';
import { eventsOfPermits, permitsOfEnterprise } from '../permits/permits.repository';
import { dueForEnterprise } from '../due/due.service';
import { reportsForEnterprise } from '../reports/reports.service';
import { getEnterprise } from './enterprises.service';
import { todayOf } from './sources-context';

/**
 * The one page per enterprise (一企一档): identity, outlets, permits with limits, the permits' history.
 * what falls due on them (the clocks and reports within 90 days, and what is overdue) and the execution reports.
 */
export async function enterpriseFile(deps: ServiceDeps, actor: Actor, { id }: { id: string }): Promise<EnterpriseFile> {
  const enterprise = await getEnterprise(deps, actor, { id });
  const { db, clock } = deps;
  const permitRows = await permitsOfEnterprise(db, actor, enterprise.id);
  const today = todayOf(clock);
  const [outlets, permits, events, due, reports] = await Promise.all([
    outletsOfEnterprise(db, actor, enterprise.id).then((rows) => toOutlets(db, rows)),
    toPermits(db, permitRows, today),
    eventsOfPermits(
      db,
      permitRows.map((p) => p.id),
    ).then((rows) => toEvents(db, rows)),
    dueForEnterprise(deps, actor, enterprise.id, today),
    reportsForEnterprise(deps, actor, enterprise.id, today),
  ]);
  return { enterprise, outlets, permits, events, due, reports };
}
