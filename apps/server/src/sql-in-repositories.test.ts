import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One module shape: `routes → service(deps, actor, input) → repository(db, …)`, and SQL only in repositories.
 * This test reads every non-test source file under apps/server/src and fails, naming the file and line, when a
 * query-builder call or a `sql` template sits anywhere but a `*.repository.ts` file.
 */

const root = import.meta.dirname;

/** Kysely's entry points into a query, and the `sql` tag with its helpers. */
const QUERY =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(|\bsql\s*(<[^`]*?>)?\s*`|\bsql\.(raw|ref|lit|join|id|table|val)\s*\(/;

/** Where SQL is expected, by rule. */
function isExempt(rel: string): boolean {
  return (
    rel.endsWith('.repository.ts') ||
    // The read functions an owner exports to other modules (monitoring/reads/, platform/*/…-reads.ts): a
    // repository facing outward, named for what it offers.
    rel.endsWith('-reads.ts') ||
    rel.startsWith('db/') || // the database layer itself: connection, migrations, schema
    rel.startsWith('test/') || // the test harness
    rel.includes('/test/') || // a module's own test helpers
    rel.endsWith('.test-fixtures.ts') ||
    // The one data-scope predicate every module uses builds a SQL expression for the repositories to apply.
    rel === 'platform/scope/data-scope.ts'
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `file:line  text` for every line that builds a query, comments left out. */
function queryLines(file: string, rel: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const code = line.trim();
      if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return [];
      return QUERY.test(line) ? [`${rel}:${i + 1}  ${code}`] : [];
    });
}

describe('SQL lives only in repositories', () => {
  const files = sourceFiles(root).map((f) => ({ file: f, rel: path.relative(root, f).split(path.sep).join('/') }));

  it('finds no query outside a *.repository.ts file', () => {
    const offenders = files.filter(({ rel }) => !isExempt(rel)).flatMap(({ file, rel }) => queryLines(file, rel));
    expect(offenders, `move these into a *.repository.ts beside them:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('recognises the query forms it looks for', () => {
    for (const line of [
      "db.selectFrom('stations')",
      "trx.insertInto('audit_log')",
      "db.updateTable('users')",
      "db.deleteFrom('sessions')",
      'sql`now()`',
      'sql<number>`count(*)`',
      "sql.raw('x')",
      "sql.ref('a.b')",
    ])
      expect(QUERY.test(line), line).toBe(true);
    for (const line of ['selectFromList(x)', 'const sqlText = 1', 'mysql`'] as const)
      expect(QUERY.test(line), line).toBe(false);
  });
});
