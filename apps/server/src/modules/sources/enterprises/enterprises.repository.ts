import {
  sql,
  type Expression,
  type Insertable,
  type Kysely,
  type Selectable,
  type SqlBool,
  type Updateable,
} from 'kysely';
import type { Database } from '../../../db/schema';
import { likeContains } from '../../../db/sql-helpers';
import type { Actor } from '../../../http/actor';
import { regionPrefix } from '../../../platform/regions';
import { orgInSubtree, scopePredicate } from '../../../platform/scope/data-scope';
import type { EnterprisesTable } from '../sources.tables';

/**
 * The data scope of the register, applied to `enterprises` (and through it to outlets, permits and
 * reports): staff reach the enterprises their organisation regulates (`regulator_org_id`, the
 * platform's predicate); an enterprise's own users reach only the units of their organisation
 * (`enterprise_org_id`), whatever their role's scope says. Every other table of the module joins
 * `enterprises` and applies this.
 */
export function enterpriseScope(actor: Actor) {
  return (): Expression<SqlBool> => {
    const own = sql<SqlBool>`${sql.ref('enterprises.enterprise_org_id')} = ${actor.orgId}`;
    switch (actor.scope) {
      case 'all':
        return sql<SqlBool>`1 = 1`;
      case 'subtree':
        return sql<SqlBool>`(${orgInSubtree('enterprises.regulator_org_id', actor.orgPath)} or ${own})`;
      case 'org':
        return sql<SqlBool>`(${scopePredicate(actor, { org: 'enterprises.regulator_org_id' })()} or ${own})`;
      case 'own':
        return own;
    }
  };
}

export type EnterpriseRow = Selectable<EnterprisesTable> & { permit_valid_to: string | null };

/** The latest expiry among the enterprise's permits and registrations still in force (status valid). */
const latestValidTo = sql<
  string | null
>`(select max(p.valid_to) from permits p where p.enterprise_id = enterprises.id and p.status = 'valid')`;

const SORT_COLUMNS = {
  name: 'enterprises.name',
  uscc: 'enterprises.uscc',
  regionCode: 'enterprises.region_code',
  permitValidTo: 'permit_valid_to',
} as const;
type EnterpriseSortKey = keyof typeof SORT_COLUMNS;

export type EnterpriseFilter = {
  q?: string | undefined;
  regionCode?: string | undefined;
  industryCode?: string | undefined;
  category?: string | undefined;
  keyList?: string | undefined;
  permitSituation?: 'valid' | 'renewal_window' | 'expired' | 'none' | undefined;
};

/** The days the permit-situation filter compares expiries with: today and the end of the renewal window. */
export type SituationDays = { today: string; windowEnd: string };

function filtered(db: Kysely<Database>, actor: Actor, f: EnterpriseFilter, days: SituationDays) {
  let q = db.selectFrom('enterprises').where(enterpriseScope(actor));
  if (f.q) {
    const text = f.q;
    q = q.where((eb) =>
      eb.or([likeContains('enterprises.name', text), likeContains('enterprises.uscc', text.toUpperCase())]),
    );
  }
  // 450100 covers Nanning and its counties: the region prefix rule of the contracts.
  if (f.regionCode) q = q.where('enterprises.region_code', 'like', `${regionPrefix(f.regionCode)}%`);
  if (f.industryCode) q = q.where('enterprises.industry_code', 'like', `${f.industryCode}%`);
  if (f.category) q = q.where('enterprises.category', '=', f.category);
  // key_list_types is a JSON array of plain words: a quoted word matches one element exactly.
  if (f.keyList) q = q.where('enterprises.key_list_types', 'like', `%"${f.keyList}"%`);
  switch (f.permitSituation) {
    case 'none':
      return q.where(sql<SqlBool>`${latestValidTo} is null`);
    case 'expired':
      return q.where(sql<SqlBool>`${latestValidTo} < ${days.today}`);
    case 'renewal_window':
      return q.where(sql<SqlBool>`${latestValidTo} >= ${days.today} and ${latestValidTo} <= ${days.windowEnd}`);
    case 'valid':
      return q.where(sql<SqlBool>`${latestValidTo} > ${days.windowEnd}`);
    default:
      return q;
  }
}

export type EnterprisePage = EnterpriseFilter & {
  page: number;
  pageSize: number;
  sort?: EnterpriseSortKey | undefined;
  order: 'asc' | 'desc';
};

export async function listEnterprises(
  db: Kysely<Database>,
  actor: Actor,
  q: EnterprisePage,
  days: SituationDays,
): Promise<{ rows: EnterpriseRow[]; total: number }> {
  const base = filtered(db, actor, q, days);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('enterprises')
    .select(latestValidTo.as('permit_valid_to'))
    .orderBy(sql.ref(SORT_COLUMNS[q.sort ?? 'name']), q.order)
    .orderBy('enterprises.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

/** Every enterprise of the filtered list (the export), by name. */
export function allEnterprisesInScope(
  db: Kysely<Database>,
  actor: Actor,
  f: EnterpriseFilter,
  days: SituationDays,
): Promise<EnterpriseRow[]> {
  return filtered(db, actor, f, days)
    .selectAll('enterprises')
    .select(latestValidTo.as('permit_valid_to'))
    .orderBy('enterprises.name')
    .orderBy('enterprises.id')
    .execute();
}

/** One enterprise by id, only when in the actor's scope; `null` actor: the system (imports, seeders). */
export function findEnterpriseInScope(
  db: Kysely<Database>,
  actor: Actor | null,
  id: string,
): Promise<EnterpriseRow | undefined> {
  let q = db
    .selectFrom('enterprises')
    .selectAll('enterprises')
    .select(latestValidTo.as('permit_valid_to'))
    .where('enterprises.id', '=', id);
  if (actor) q = q.where(enterpriseScope(actor));
  return q.executeTakeFirst();
}

/** The enterprises with these credit codes, whatever the scope (the import tells "outside your scope" apart). */
export function enterprisesByUscc(db: Kysely<Database>, usccs: readonly string[]): Promise<EnterpriseRow[]> {
  if (!usccs.length) return Promise.resolve([]);
  return db
    .selectFrom('enterprises')
    .selectAll('enterprises')
    .select(latestValidTo.as('permit_valid_to'))
    .where('enterprises.uscc', 'in', [...usccs])
    .execute();
}

/** Of these enterprise ids, those in the actor's scope. */
export async function enterpriseIdsInScope(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await db
    .selectFrom('enterprises')
    .select('enterprises.id')
    .where('enterprises.id', 'in', [...ids])
    .where(enterpriseScope(actor))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The public page's enterprise, by credit code (no scope: what it shows is public by law). */
export function findEnterpriseByUscc(db: Kysely<Database>, uscc: string): Promise<EnterpriseRow | undefined> {
  return db
    .selectFrom('enterprises')
    .selectAll('enterprises')
    .select(latestValidTo.as('permit_valid_to'))
    .where('enterprises.uscc', '=', uscc)
    .executeTakeFirst();
}

export async function insertEnterpriseRow(db: Kysely<Database>, row: Insertable<EnterprisesTable>): Promise<void> {
  await db.insertInto('enterprises').values(row).execute();
}

/** Changes an enterprise, only when it lies in the actor's scope (`null`: the system). */
export async function updateEnterpriseInScope(
  db: Kysely<Database>,
  actor: Actor | null,
  id: string,
  set: Updateable<EnterprisesTable>,
): Promise<void> {
  let q = db.updateTable('enterprises').set(set).where('enterprises.id', '=', id);
  if (actor) q = q.where(enterpriseScope(actor));
  await q.execute();
}
