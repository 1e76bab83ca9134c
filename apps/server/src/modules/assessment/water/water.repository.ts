import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { monitoringReads } from '../../monitoring';

const WATER_KINDS = ['water_river', 'water_lake', 'drinking_source'] as const;

/** Water data as assessment reads it: through monitoring's read functions, never its tables. */
export type WaterStationRow = monitoringReads.StationSummary;

export function listWaterStations(db: Kysely<Database>, regionPrefix?: string): Promise<WaterStationRow[]> {
  return monitoringReads.listStations(db, { kinds: WATER_KINDS, regionPrefix, activeOnly: true });
}

/** Monthly rollup means (any count: a manual sample is one value a month) of the given stations. */
export function loadMonthMeans(db: Kysely<Database>, stationIds: readonly string[], monthStartIso: string) {
  return monitoringReads.readMonthRollups(db, stationIds, monthStartIso);
}

/** The latest month start with a monthly rollup of any water station. */
export function latestWaterMonth(db: Kysely<Database>, stationIds: readonly string[]): Promise<string | undefined> {
  return monitoringReads.latestMonthRollupStart(db, stationIds);
}
