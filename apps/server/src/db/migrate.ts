import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as m0001 from './migrations/0001-platform';
import * as m0002 from './migrations/0002-monitoring';
import * as m0003 from './migrations/0003-workplan';
import * as m0004 from './migrations/0004-assessment';
import * as m0005 from './migrations/0005-ingest-journal';
import * as m0007 from './migrations/0007-gateway-quarantine';

/** Static list: migrations ship inside the bundle and run in name order on both dialects. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-monitoring': m0002,
  '0003-workplan': m0003,
  '0004-assessment': m0004,
  '0005-ingest-journal': m0005,
  '0007-gateway-quarantine': m0007,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Kysely looks for its bookkeeping tables across all schemas on PostgreSQL; pin them to the
  // connection's own schema so separate schemas (tests, tenants) never see each other's.
  const schema = db.dialect === 'postgres'
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
