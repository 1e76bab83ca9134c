import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../http/actor';
import { scopePredicate } from '../scope/data-scope';

const count = (q: { executeTakeFirstOrThrow(): Promise<{ n: number }> }) =>
  q.executeTakeFirstOrThrow().then((r) => Number(r.n));

/** The home page's counts within the actor's scope; `since` starts "logins today". */
export async function homeCounts(db: Kysely<Database>, actor: Actor, since: string) {
  const auditScope = scopePredicate(actor, { org: 'audit_log.actor_org_id', owner: 'audit_log.actor_id' });
  const [orgs, users, dictionaries, dictionaryEntries, auditEntries, loginsToday] = await Promise.all([
    count(
      db
        .selectFrom('orgs')
        .where(scopePredicate(actor, { org: 'orgs.id' }))
        .select((eb) => eb.fn.countAll<number>().as('n')),
    ),
    count(
      db
        .selectFrom('users')
        .where(scopePredicate(actor, { org: 'users.org_id', owner: 'users.id' }))
        .select((eb) => eb.fn.countAll<number>().as('n')),
    ),
    count(db.selectFrom('dictionaries').select((eb) => eb.fn.countAll<number>().as('n'))),
    count(db.selectFrom('dictionary_entries').select((eb) => eb.fn.countAll<number>().as('n'))),
    count(
      db
        .selectFrom('audit_log')
        .where(auditScope)
        .select((eb) => eb.fn.countAll<number>().as('n')),
    ),
    count(
      db
        .selectFrom('audit_log')
        .where(auditScope)
        .where('action', '=', 'auth.login')
        .where('at', '>=', since)
        .select((eb) => eb.fn.countAll<number>().as('n')),
    ),
  ]);
  return { orgs, users, dictionaries, dictionaryEntries, auditEntries, loginsToday };
}

/** The province and city organisations, in region-code order. */
export function provinceAndCityOrgs(db: Kysely<Database>) {
  return db
    .selectFrom('orgs')
    .select(['name', 'region_code', 'kind'])
    .where('kind', 'in', ['province', 'city'])
    .orderBy('region_code')
    .execute();
}

/** The region dictionary's labels by region code. */
export async function regionLabels(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('dictionary_entries')
    .select(['code', 'label', 'label_en'])
    .where('dict_code', '=', 'region')
    .execute();
  return new Map(rows.map((e) => [e.code, e]));
}

/** True when the database answers a trivial read. */
export function databaseAnswers(db: Kysely<Database>): Promise<boolean> {
  return db
    .selectFrom('audit_head')
    .select('seq')
    .limit(1)
    .execute()
    .then(
      () => true,
      () => false,
    );
}
