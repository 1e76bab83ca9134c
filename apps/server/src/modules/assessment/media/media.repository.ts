import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { RadiationFindingsTable } from '../assessment.tables';
import { monitoringReads } from '../../monitoring';

/** Stations of one kind (sea, noise, radiation), optionally below a region prefix: monitoring's read. */
export function stationsOfKind(db: Kysely<Database>, kind: string, regionPrefix?: string) {
  return monitoringReads.listStations(db, { kinds: [kind], regionPrefix });
}

/** Daily ('1d') observations of the stations for day starts in [fromIso, toIso): monitoring's read. */
export function dailyObservations(db: Kysely<Database>, stationIds: readonly string[], fromIso: string, toIso: string) {
  return monitoringReads.readObservations(db, { stationIds, period: '1d', fromIso, toIso });
}

/** A station's newest non-null value of a parameter: monitoring's read. */
export function latestValue(db: Kysely<Database>, stationId: string, parameter: string) {
  return monitoringReads.latestObservation(db, stationId, parameter);
}

/** Keeps a radiation finding once (the station and period start are unique); true when it is new. */
export async function insertRadiationFinding(
  db: Kysely<Database>,
  row: Insertable<RadiationFindingsTable>,
): Promise<boolean> {
  const res = await db
    .insertInto('radiation_findings')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
