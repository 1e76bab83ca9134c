/**
 * Constraint violations recognised by code for both dialects, never by message text.
 * SQLite (better-sqlite3) sets `code` like SQLITE_CONSTRAINT_UNIQUE; PostgreSQL sets SQLSTATE 23505 etc.
 */
export type ConstraintKind = 'unique' | 'foreign_key' | 'not_null' | 'check';

const PG_CODES: Record<string, ConstraintKind> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23502': 'not_null',
  '23514': 'check',
};
const SQLITE_CODES: Record<string, ConstraintKind> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
  SQLITE_CONSTRAINT_CHECK: 'check',
};

export function constraintKind(err: unknown): ConstraintKind | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  const code = String((err as { code: unknown }).code);
  return PG_CODES[code] ?? SQLITE_CODES[code];
}
