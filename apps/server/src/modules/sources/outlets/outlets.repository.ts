import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { enterpriseScope } from '../enterprises/enterprises.repository';
import type { OutletsTable } from '../sources.tables';

export type OutletRow = Selectable<OutletsTable>;

/** One outlet by id, only when its enterprise lies in the actor's scope. */
export function findOutletInScope(db: Kysely<Database>, actor: Actor, id: string): Promise<OutletRow | undefined> {
  return db
    .selectFrom('outlets')
    .innerJoin('enterprises', 'enterprises.id', 'outlets.enterprise_id')
    .selectAll('outlets')
    .where('outlets.id', '=', id)
    .where(enterpriseScope(actor))
    .executeTakeFirst();
}

/** The outlets of an enterprise in scope (`null` actor: the system), by code. */
export function outletsOfEnterprise(
  db: Kysely<Database>,
  actor: Actor | null,
  enterpriseId: string,
): Promise<OutletRow[]> {
  let q = db
    .selectFrom('outlets')
    .innerJoin('enterprises', 'enterprises.id', 'outlets.enterprise_id')
    .selectAll('outlets')
    .where('outlets.enterprise_id', '=', enterpriseId);
  if (actor) q = q.where(enterpriseScope(actor));
  return q.orderBy('outlets.code').execute();
}

export async function insertOutletRow(db: Kysely<Database>, row: Insertable<OutletsTable>): Promise<void> {
  await db.insertInto('outlets').values(row).execute();
}

/** Changes an outlet whose enterprise lies in the actor's scope (`null`: the system). */
export async function updateOutletInScope(
  db: Kysely<Database>,
  actor: Actor | null,
  id: string,
  set: Updateable<OutletsTable>,
): Promise<void> {
  let q = db.updateTable('outlets').set(set).where('outlets.id', '=', id);
  if (actor)
    q = q.where('outlets.enterprise_id', 'in', (eb) =>
      eb.selectFrom('enterprises').select('enterprises.id').where(enterpriseScope(actor)),
    );
  await q.execute();
}
