import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * Case-sensitive "contains" match with the user's text bound as a parameter and its wildcards
 * escaped. The explicit ESCAPE clause is needed because SQLite has no default escape character.
 */
export function likeContains(column: string, text: string): Expression<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
