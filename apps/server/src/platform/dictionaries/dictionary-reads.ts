import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** A dictionary's labels by entry code, e.g. the region dictionary: 450100 → 南宁市. */
async function dictionaryLabels(db: Kysely<Database>, dictCode: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('dictionary_entries')
    .select(['code', 'label'])
    .where('dict_code', '=', dictCode)
    .execute();
  return new Map(rows.map((r) => [r.code, r.label]));
}

/** Region names from the region dictionary (code → label). */
export const regionLabels = (db: Kysely<Database>) => dictionaryLabels(db, 'region');

/** A dictionary's entries with both labels, for matching user text (Chinese or English) to a code. */
export async function dictionaryEntries(
  db: Kysely<Database>,
  dictCode: string,
): Promise<{ code: string; label: string; labelEn: string | null }[]> {
  const rows = await db
    .selectFrom('dictionary_entries')
    .select(['code', 'label', 'label_en'])
    .where('dict_code', '=', dictCode)
    .execute();
  return rows.map((e) => ({ code: e.code, label: e.label, labelEn: e.label_en }));
}

/** The region dictionary as places (code and Chinese name), for parsers that recognise place names in text. */
export async function regionPlaces(db: Kysely<Database>): Promise<{ code: string; name: string }[]> {
  const entries = await dictionaryEntries(db, 'region');
  return entries.map((e) => ({ code: e.code, name: e.label }));
}
