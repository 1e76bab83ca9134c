import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { monitoringReads } from '../../monitoring';
import { sourcesReads } from '../../sources';
import { DEMO_LOGGERS, type DemoLogger } from './demo-loggers';
import type { ProfileOutlet } from './demo-profiles';

/** A demo logger and the register's outlet that names its MN (the first, should two name it). */
export type LinkedLogger = { logger: DemoLogger; outlet: sourcesReads.OutletOfLogger };

/** A demo logger whose station exists, with what its profile needs of the outlet. */
export type FedLogger = LinkedLogger & { stationId: string; profile: ProfileOutlet };

/** The demo loggers an outlet of the register names (an install whose register predates them has fewer). */
export async function linkedLoggers(db: Kysely<Database>): Promise<LinkedLogger[]> {
  const outlets = await sourcesReads.outletsOfLoggers(
    db,
    DEMO_LOGGERS.map((l) => l.mn),
  );
  return DEMO_LOGGERS.flatMap((logger) => {
    const outlet = outlets.find((o) => o.mn === logger.mn);
    return outlet ? [{ logger, outlet }] : [];
  });
}

/** The linked demo loggers whose device is registered, with their outlets' limits and reference O2. */
export async function fedLoggers(db: Kysely<Database>): Promise<FedLogger[]> {
  const linked = await linkedLoggers(db);
  const stations = await monitoringReads.stationIdsByMn(
    db,
    linked.map((l) => l.logger.mn),
  );
  const judgeable = new Map(
    (
      await sourcesReads.judgeableOutlets(
        db,
        linked.map((l) => l.outlet.outletId),
      )
    ).map((o) => [o.id, o]),
  );
  return linked.flatMap(({ logger, outlet }) => {
    const stationId = stations.get(logger.mn);
    if (!stationId) return [];
    const j = judgeable.get(outlet.outletId);
    const limits = new Map((j?.limits ?? []).map((l) => [l.pollutant, l.value]));
    return [{ logger, outlet, stationId, profile: { logger, limits, o2Reference: j?.o2Reference ?? null } }];
  });
}
