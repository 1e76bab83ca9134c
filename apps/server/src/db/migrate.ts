import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as m0001 from './migrations/0001-platform';
import * as m0002 from './migrations/0002-monitoring';
import * as m0003 from './migrations/0003-workplan';
import * as m0004 from './migrations/0004-assessment';
import * as m0005 from './migrations/0005-ingest-journal';
import * as m0006 from './migrations/0006-bulk-import-permission';
import * as m0007 from './migrations/0007-packet-archive-qn';
import * as m0008 from './migrations/0008-audit-anchor';
import * as m0009 from './migrations/0009-job-scope';
import * as m0010 from './migrations/0010-user-password-change';
import * as m0011 from './migrations/0011-gateway-quarantine';
import * as m0012 from './migrations/0012-alert-events';
import * as m0013 from './migrations/0013-sources';
import * as m0014 from './migrations/0014-compliance';
import * as m0015 from './migrations/0015-compliance-leads';
import * as m0016 from './migrations/0016-enforcement';
import * as m0017 from './migrations/0017-credit-complaints-permissions';
import * as m0018 from './migrations/0018-credit-repair';
import * as m0019 from './migrations/0019-credit-rating-disclosure';
import * as m0020 from './migrations/0020-complaints';
import * as m0021 from './migrations/0021-inspection-records';
import * as m0023 from './migrations/0023-rectification';
import * as m0024 from './migrations/0024-workplan-monthly';
import * as m0025 from './migrations/0025-complaints-rereview';
import * as m0026 from './migrations/0026-workplan-deadline-source';
import * as m0027 from './migrations/0027-rectification-supervision';

/** Static list: migrations ship inside the bundle and run in name order on both dialects. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-monitoring': m0002,
  '0003-workplan': m0003,
  '0004-assessment': m0004,
  '0005-ingest-journal': m0005,
  '0006-bulk-import-permission': m0006,
  '0007-packet-archive-qn': m0007,
  '0008-audit-anchor': m0008,
  '0009-job-scope': m0009,
  '0010-user-password-change': m0010,
  '0011-gateway-quarantine': m0011,
  '0012-alert-events': m0012,
  '0013-sources': m0013,
  '0014-compliance': m0014,
  '0015-compliance-leads': m0015,
  '0016-enforcement': m0016,
  '0017-credit-complaints-permissions': m0017,
  '0018-credit-repair': m0018,
  '0019-credit-rating-disclosure': m0019,
  '0020-complaints': m0020,
  '0021-inspection-records': m0021,
  '0023-rectification': m0023,
  '0024-workplan-monthly': m0024,
  '0025-complaints-rereview': m0025,
  '0026-workplan-deadline-source': m0026,
  '0027-rectification-supervision': m0027,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Kysely looks for its bookkeeping tables across all schemas on PostgreSQL; pin them to the
  // connection's own schema so separate schemas (tests, tenants) never see each other's.
  const schema =
    db.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt >= 50 || !isOtherSchemaDropped(error, results, schema)) throw error;
  }
}

/** What a drop racing with the scan raises: the schema (3F000), a table (42P01) or a column (42703) gone. */
const VANISHED = new Set(['3F000', '42P01', '42703']);

/**
 * Kysely's introspection reads every schema of the database (pg_get_serial_sequence per column), so a
 * schema that another process drops mid-scan fails it: with 3F000 naming that schema, or, when the drop
 * lands between reading a table and its columns, 42P01 or 42703. Nothing was migrated then (the scan runs
 * before the lock and before any migration, so there are no results), and the run is simply repeated. A
 * migration of ours that fails the same way has a result, and is thrown at once.
 */
function isOtherSchemaDropped(
  error: unknown,
  results: readonly unknown[] | undefined,
  ownSchema: string | undefined,
): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return (
    (results === undefined || results.length === 0) &&
    typeof e.code === 'string' &&
    VANISHED.has(e.code) &&
    typeof e.message === 'string' &&
    (ownSchema === undefined || !e.message.includes(`"${ownSchema}"`))
  );
}
