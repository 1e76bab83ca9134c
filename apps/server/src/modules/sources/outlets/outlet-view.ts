import type { Kysely } from 'kysely';
import type { Outlet } from '@ecocloud/contracts';
import {
  OXYGEN_STANDARDS,
  oxygenSourceTypesOf,
  referenceOxygen,
  type OxygenSourceType,
  type OxygenStandardId,
} from '@ecocloud/standards';
import type { Database } from '../../../db/schema';
import { monitoringReads } from '../../monitoring';
import type { OutletRow } from './outlets.repository';

/**
 * The reference oxygen of an air outlet, from packages/standards (never typed in): the outlet's standard
 * as written (`GB 13271-2014`) or as its id, and a source type of that standard; null otherwise.
 */
function oxygenReferenceOf(kind: string, standard: string, sourceType: string | null): Outlet['oxygenReference'] {
  if (kind !== 'gas' || !sourceType) return null;
  const compact = standard.replace(/\s+/g, '').toUpperCase();
  const std = OXYGEN_STANDARDS.find((s) => s.id === compact || s.code.replace(/\s+/g, '') === compact);
  if (!std || !oxygenSourceTypesOf(std.id).includes(sourceType as OxygenSourceType)) return null;
  return referenceOxygen(std.id as OxygenStandardId, sourceType as OxygenSourceType) ?? null;
}

/** Outlets as the API shows them, with the stations of their loggers resolved through monitoring's reads. */
export async function toOutlets(db: Kysely<Database>, rows: readonly OutletRow[]): Promise<Outlet[]> {
  const mnsOf = (r: OutletRow) => JSON.parse(r.device_mns) as string[];
  const stations = await monitoringReads.stationIdsByMn(db, rows.flatMap(mnsOf));
  return rows.map((r) => {
    const deviceMns = mnsOf(r);
    return {
      id: r.id,
      enterpriseId: r.enterprise_id,
      code: r.code,
      name: r.name,
      kind: r.kind as Outlet['kind'],
      isMain: r.is_main === 1,
      lon: r.lon,
      lat: r.lat,
      standard: r.standard,
      sourceType: r.source_type,
      oxygenReference: oxygenReferenceOf(r.kind, r.standard, r.source_type),
      deviceMns,
      stationIds: [...new Set(deviceMns.flatMap((mn) => stations.get(mn) ?? []))],
      status: r.status as Outlet['status'],
    };
  });
}
