import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createDb, isPostgresUrl } from './database';
import { migrateToLatest } from './migrate';

const url = process.env.DATABASE_URL;
const pgUrl = url && isPostgresUrl(url) ? url : undefined;
if (!pgUrl) console.warn('SKIP migrate race test: DATABASE_URL is not a postgres:// URL');

/**
 * Test suites run in parallel on one PostgreSQL database, each in its own schema, and drop their
 * schema when done. Kysely's migrator introspects every schema, so a drop racing with that scan used
 * to fail another suite's migration with "schema t_… does not exist".
 */
describe.skipIf(!pgUrl)('migrateToLatest on PostgreSQL', () => {
  it('survives other schemas being dropped while it introspects', { timeout: 120_000 }, async () => {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    let churning = true;
    // Schemas with many columns keep the introspection busy enough to meet a concurrent drop.
    const churn = (async () => {
      while (churning) {
        const s = `race_${randomBytes(5).toString('hex')}`;
        const cols = Array.from({ length: 40 }, (_, i) => `c${i} serial`).join(', ');
        await admin.query(`create schema ${s}; create table ${s}.t (${cols})`);
        await admin.query(`drop schema ${s} cascade`);
        // A breath between drops: enough races to fail the old code at once, few enough that a
        // repeated run gets through on a busy machine.
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const schemas: string[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        schemas.push(schema);
        await admin.query(`create schema ${schema}`);
        const u = new URL(pgUrl!);
        u.searchParams.set('options', `-c search_path=${schema}`);
        const db = createDb(u.toString());
        try {
          const applied = await migrateToLatest(db);
          expect(applied[0]).toBe('0001-platform');
        } finally {
          await db.destroy();
        }
      }
    } finally {
      churning = false;
      await churn;
      for (const s of schemas) await admin.query(`drop schema if exists ${s} cascade`);
      await admin.end();
    }
  });
});
