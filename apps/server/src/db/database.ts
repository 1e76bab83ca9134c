import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { Database } from './schema';

type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database> & { readonly dialect: Dialect };

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export type DbOptions = {
  /** SQLite page cache of this connection, MiB; default 64 */
  sqliteCacheMiB?: number;
};

/**
 * Opens the database named by `url`: a `postgres://` URL or a SQLite file path (`:memory:` works).
 * SQLite gets WAL, foreign keys and a larger page cache; pg returns int8/numeric as numbers where they are counts.
 */
export function createDb(url: string, options: DbOptions = {}): Db {
  if (isPostgresUrl(url)) {
    // COUNT(*) is int8: parse to number (our counts never approach 2^53).
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return Object.assign(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), {
      dialect: 'postgres' as const,
    });
  }
  if (url !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(url)), { recursive: true });
  const sqlite = new SqliteDatabase(url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB page cache (the default is 2 MiB): a bulk apply of the ingest journal touches thousands
  // of index pages per transaction; measured 20-30 % faster (npm run bench -- ingest, direct insert).
  sqlite.pragma(`cache_size = ${-1024 * (options.sqliteCacheMiB ?? 64)}`);
  return Object.assign(new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), {
    dialect: 'sqlite' as const,
  });
}
