import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import type { DevicesTable } from '../monitoring.tables';
import { stationScope } from '../stations/stations.repository';

export type DeviceRow = Selectable<DevicesTable> & { station_code: string };

/** Devices of stations in the actor's scope, with their station's code. */
function scoped(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom('devices')
    .innerJoin('stations', 'stations.id', 'devices.station_id')
    .where(stationScope(actor))
    .selectAll('devices')
    .select('stations.code as station_code');
}

export function listDevicesInScope(db: Kysely<Database>, actor: Actor): Promise<DeviceRow[]> {
  return scoped(db, actor).orderBy('devices.mn').execute();
}

export function findDeviceInScope(db: Kysely<Database>, actor: Actor, id: string): Promise<DeviceRow | undefined> {
  return scoped(db, actor).where('devices.id', '=', id).executeTakeFirst();
}

/** A station by id regardless of scope (registration by the system: demo data, the simulator). */
export function findStationById(db: Kysely<Database>, id: string) {
  return db.selectFrom('stations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDevice(db: Kysely<Database>, row: Insertable<DevicesTable>): Promise<void> {
  await db.insertInto('devices').values(row).execute();
}

export async function updateDeviceRow(
  db: Kysely<Database>,
  id: string,
  set: Partial<Selectable<DevicesTable>>,
): Promise<void> {
  await db.updateTable('devices').set(set).where('id', '=', id).execute();
}

/** The devices registered under the given MNs. */
export function devicesByMn(db: Kysely<Database>, mns: readonly string[]) {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('mn', 'in', [...mns])
    .execute();
}

/** MNs of registered devices that start with `prefix`. */
export async function mnsStartingWith(db: Kysely<Database>, prefix: string): Promise<string[]> {
  return (await db.selectFrom('devices').select('mn').where('mn', 'like', `${prefix}%`).execute()).map((d) => d.mn);
}

/** Enabled devices of one system type (ST), in MN order, with their HJ 212 password. */
export function enabledDevicesOfType(db: Kysely<Database>, st: string) {
  return db
    .selectFrom('devices')
    .select(['mn', 'password', 'st'])
    .where('is_enabled', '=', 1)
    .where('st', '=', st)
    .orderBy('mn')
    .execute();
}
