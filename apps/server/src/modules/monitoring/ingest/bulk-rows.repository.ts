import { sql } from 'kysely';
import type { Db } from '../../../db/database';

/** Columns as arrays: one bound parameter each (PostgreSQL unnest) or one JSON array of rows (SQLite json_each). */
function rowsParam(db: Db, rows: readonly (readonly unknown[])[], columns: number): unknown[] {
  if (db.dialect === 'sqlite') return [JSON.stringify(rows)];
  return Array.from({ length: columns }, (_, c) => rows.map((r) => r[c]));
}

/**
 * `select c0, c1, … from <rows>` for set-based statements: json_extract per column on SQLite,
 * unnest on PostgreSQL (`types` are the PostgreSQL array element types).
 */
export function rowsSource(db: Db, rows: readonly (readonly unknown[])[], types: readonly string[]) {
  const params = rowsParam(db, rows, types.length);
  if (db.dialect === 'sqlite') {
    // Dialect branch: SQLite has no arrays; one JSON text parsed in C is the cheapest bulk bind.
    const cols = types.map((_, i) => sql`json_extract(value, ${sql.lit(`$[${i}]`)}) as ${sql.id(`c${i}`)}`);
    return sql`select ${sql.join(cols)} from json_each(${params[0]}) where true`;
  }
  const arrays = types.map((t, i) => sql`${params[i]}::${sql.raw(t)}[]`);
  return sql`select * from unnest(${sql.join(arrays)}) as t(${sql.join(types.map((_, i) => sql.id(`c${i}`)))})`;
}
