import fs from 'node:fs';
import path from 'node:path';
import { ALL_PERMISSIONS } from '@ecocloud/contracts';
import { sql, type Kysely } from 'kysely';
import type { Database } from './db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, USAGE } from './cli';
import { MODULES } from './modules';
import { listRoles } from './platform/users/roles';
import type { ServerModule } from './server-module';
import { createTestApp, testDatabases, type TestApp } from './test/harness';

/** The numbers before the modules became ServerModules (routeTable: /api/v1 routes without HEAD). */
const ROUTES_BEFORE = 113;
const OPENAPI_OPERATIONS_BEFORE = 114;

const isServerModule = (value: unknown): value is ServerModule =>
  typeof value === 'object' &&
  value !== null &&
  ['name', 'routes', 'services', 'commands', 'demo', 'metrics', 'permissions', 'tables'].every((key) => key in value);

/** Where each of a module list's items occurs more than once. */
const repeated = (items: readonly string[]) => items.filter((item, i) => items.indexOf(item) !== i);

describe('the module list', () => {
  it('holds the one ServerModule of every modules/<domain>/index.ts and of platform/index.ts', async () => {
    const dir = path.join(import.meta.dirname, 'modules');
    const folders = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThanOrEqual(5);
    const found: ServerModule[] = [];
    for (const file of [...folders.map((f) => path.join(dir, f, 'index.ts')), path.join(dir, '../platform/index.ts')]) {
      expect(fs.existsSync(file), `${file} exists`).toBe(true);
      const exported = Object.values((await import(file)) as Record<string, unknown>).filter(isServerModule);
      expect(exported, `${file} exports one ServerModule`).toHaveLength(1);
      expect(MODULES, `${file}'s module is in MODULES`).toContain(exported[0]);
      found.push(exported[0]!);
    }
    expect(found).toHaveLength(MODULES.length);
  });

  it('names each module once', () => {
    expect(repeated(MODULES.map((m) => m.name))).toEqual([]);
  });

  it('gives no table two owners', () => {
    expect(repeated(MODULES.flatMap((m) => m.tables))).toEqual([]);
  });

  it('names each CLI command once, and each usage line starts with its command', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(repeated(names)).toEqual([]);
    expect(names).not.toContain('help');
    for (const command of COMMANDS) {
      expect(command.usage.length, command.name).toBeGreaterThan(0);
      for (const line of command.usage) {
        expect(line.startsWith(`${command.name} `) || line === command.name, line).toBe(true);
        expect(USAGE).toContain(`  ${line}\n`);
      }
    }
  });

  it('publishes each metric once, under the module that publishes it', () => {
    expect(repeated(MODULES.flatMap((m) => m.metrics.map((d) => d.key)))).toEqual([]);
    for (const m of MODULES) for (const metric of m.metrics) expect(metric.module, metric.key).toBe(m.name);
  });

  it('declares each permission in exactly one module, and together the catalogue the web names', () => {
    const declared = MODULES.flatMap((m) => m.permissions);
    expect(repeated(declared)).toEqual([]);
    expect([...declared].sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  it('seeds the demo in the order the data needs: monitoring, assessment, the register (it links monitoring loggers), the outlet loggers judged against it, its enforcement cases and inspection records, the credit records and years read from them, the rectification ledger (the plan item 二(二) reads it), then the work plan and its monthly reports', () => {
    expect(MODULES.flatMap((m) => m.demo.map((s) => s.name))).toEqual([
      'monitoring',
      'assessment',
      'sources',
      'compliance',
      'enforcement',
      'enforcement-records',
      'complaints',
      'credit-repair',
      'credit-rating',
      'rectification',
      'workplan',
      'workplan-monthly',
    ]);
  });
});

describe.each(testDatabases())('the module list against a migrated database on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
  });
  afterAll(() => t?.close());

  it('gives every table of the schema exactly one owner, and owns no table the schema lacks', async () => {
    // PostgreSQL's introspection sees every schema, and test files running beside this one each hold their
    // own: only the tables of this app's schema (its search_path) count.
    const own = t.deps.db.dialect === 'postgres' ? await currentSchema(t.deps.db) : undefined;
    const tables = (await t.deps.db.introspection.getTables())
      .filter((table) => own === undefined || table.schema === own)
      .map((table) => table.name);
    const owned = MODULES.flatMap((m) => m.tables);
    expect([...tables].sort()).toEqual([...owned].sort());
  });

  it('grants roles only permissions some module declares', async () => {
    const declared = new Set<string>(MODULES.flatMap((m) => m.permissions));
    const granted = (await listRoles(t.deps.db)).flatMap((r) => r.permissions);
    expect(granted.filter((p) => !declared.has(p))).toEqual([]);
  });

  it('mounts at least the routes and OpenAPI operations there were before', () => {
    expect(t.app.routeTable.length).toBeGreaterThanOrEqual(ROUTES_BEFORE);
    const paths = (t.app.swagger() as { paths: Record<string, object> }).paths;
    const operations = Object.values(paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(operations).toBeGreaterThanOrEqual(OPENAPI_OPERATIONS_BEFORE);
  });
});

async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  return (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
}
