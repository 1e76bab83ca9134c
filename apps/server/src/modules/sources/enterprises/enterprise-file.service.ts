import type { EnterpriseFile } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import type { ServiceDeps } from '../../../platform/service-deps';
import { toOutlets } from '../outlets/outlet-view';
import { outletsOfEnterprise } from '../outlets/outlets.repository';
import { toEvents, toPermits } from '../permits/permit-view';
import { eventsOfPermits, permitsOfEnterprise } from '../permits/permits.repository';
import { getEnterprise } from './enterprises.service';
import { todayOf } from './sources-context';

/**
 * The one page per enterprise (一企一档): identity, outlets, permits with limits, the permits' history.
 * What falls due and the execution reports join here from the clocks (`due`, `reports`): one line each.
 */
export async function enterpriseFile(deps: ServiceDeps, actor: Actor, { id }: { id: string }): Promise<EnterpriseFile> {
  const enterprise = await getEnterprise(deps, actor, { id });
  const { db, clock } = deps;
  const permitRows = await permitsOfEnterprise(db, actor, enterprise.id);
  const [outlets, permits, events] = await Promise.all([
    outletsOfEnterprise(db, actor, enterprise.id).then((rows) => toOutlets(db, rows)),
    toPermits(db, permitRows, todayOf(clock)),
    eventsOfPermits(
      db,
      permitRows.map((p) => p.id),
    ).then((rows) => toEvents(db, rows)),
  ]);
  return { enterprise, outlets, permits, events, due: [], reports: [] };
}
