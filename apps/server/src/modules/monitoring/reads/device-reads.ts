import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** What a simulated logger needs to log in to the gateway as a registered device. */
export type DeviceLogin = { mn: string; password: string; st: string };

/** The enabled devices among `mns` with their HJ 212 password and system code, in MN order (the demo feeds). */
export async function enabledDeviceLogins(db: Kysely<Database>, mns: readonly string[]): Promise<DeviceLogin[]> {
  if (!mns.length) return [];
  return db
    .selectFrom('devices')
    .select(['mn', 'password', 'st'])
    .where('mn', 'in', [...new Set(mns)])
    .where('is_enabled', '=', 1)
    .orderBy('mn')
    .execute();
}
