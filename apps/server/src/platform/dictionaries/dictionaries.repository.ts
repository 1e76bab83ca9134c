import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema';
import { likeContains } from '../../db/sql-helpers';
import type { DictionaryEntriesTable } from '../platform.tables';

export type EntryRow = Selectable<DictionaryEntriesTable>;

const SORT_COLUMNS = { code: 'code', label: 'label', sortOrder: 'sort_order' } as const;
export type EntrySortKey = keyof typeof SORT_COLUMNS;

export function listDictionariesWithCounts(db: Kysely<Database>) {
  return db
    .selectFrom('dictionaries')
    .leftJoin('dictionary_entries', 'dictionary_entries.dict_code', 'dictionaries.code')
    .select([
      'dictionaries.code',
      'dictionaries.name',
      'dictionaries.name_en',
      (eb) => eb.fn.count<number>('dictionary_entries.id').as('entry_count'),
    ])
    .groupBy(['dictionaries.code', 'dictionaries.name', 'dictionaries.name_en'])
    .orderBy('dictionaries.code')
    .execute();
}

export function findDictionary(db: Kysely<Database>, code: string) {
  return db.selectFrom('dictionaries').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listEntries(
  db: Kysely<Database>,
  dictCode: string,
  q: { page: number; pageSize: number; sort?: EntrySortKey | undefined; order: 'asc' | 'desc'; q?: string | undefined },
): Promise<{ rows: EntryRow[]; total: number }> {
  let base = db.selectFrom('dictionary_entries').where('dict_code', '=', dictCode);
  if (q.q) {
    const text = q.q;
    base = base.where((eb) =>
      eb.or([likeContains('code', text), likeContains('label', text), likeContains('label_en', text)]),
    );
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy(SORT_COLUMNS[q.sort ?? 'sortOrder'], q.order)
    .orderBy('code')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

export function allEntries(db: Kysely<Database>, dictCode: string): Promise<EntryRow[]> {
  return db
    .selectFrom('dictionary_entries')
    .selectAll()
    .where('dict_code', '=', dictCode)
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
}

export function findEntry(db: Kysely<Database>, dictCode: string, id: string) {
  return db
    .selectFrom('dictionary_entries')
    .selectAll()
    .where('dict_code', '=', dictCode)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertEntry(db: Kysely<Database>, row: Insertable<DictionaryEntriesTable>): Promise<void> {
  await db.insertInto('dictionary_entries').values(row).execute();
}

export async function updateEntryRow(
  db: Kysely<Database>,
  id: string,
  set: Updateable<DictionaryEntriesTable>,
): Promise<void> {
  await db.updateTable('dictionary_entries').set(set).where('id', '=', id).execute();
}

export async function deleteEntryRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('dictionary_entries').where('id', '=', id).execute();
}

/** Changes the entry of a code in a dictionary; returns how many rows changed (0: no such entry). */
export async function updateEntryByCode(
  db: Kysely<Database>,
  dictCode: string,
  code: string,
  set: Updateable<DictionaryEntriesTable>,
): Promise<number> {
  const res = await db
    .updateTable('dictionary_entries')
    .set(set)
    .where('dict_code', '=', dictCode)
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function insertDictionary(
  db: Kysely<Database>,
  d: { code: string; name: string; nameEn: string },
): Promise<void> {
  await db.insertInto('dictionaries').values({ code: d.code, name: d.name, name_en: d.nameEn }).execute();
}
