import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Tables have one owner. A module reads another module's (or the platform's) tables only through
 * the read functions the owner exports: this test fails, listing file:table, when code under
 * modules/<m>/ names a table that another owner declares in its *.tables.ts interfaces.
 */
const SRC = import.meta.dirname;
const MODULES = path.join(SRC, 'modules');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** The owner of a *.tables.ts file: 'platform' or the module folder's name. */
function ownerOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel[0] === 'modules' ? rel[1]! : 'platform';
}

/** Table name → owner, from the keys of every `export interface …Tables` in the *.tables.ts files. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of walk(SRC).filter((f) => f.endsWith('.tables.ts'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/export interface \w+Tables\b[^{]*\{([^}]*)\}/g)) {
      for (const key of m[1]!.matchAll(/^\s*([a-z_][a-z0-9_]*)\s*:/gm)) owners.set(key[1]!, ownerOf(file));
    }
  }
  return owners;
}

const BUILDER_CALL =
  /\b(?:selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|crossJoin)\(\s*['"`]([a-z_][a-z0-9_]*)/g;
const SQL_TEMPLATE = /\bsql(?:<[^>`]*>)?`([^`]*)`/g;
const SQL_TABLE = /\b(?:from|join|into|update)\s+"?([a-z_][a-z0-9_]*)"?/gi;

/** Table names a source file's SQL mentions: builder calls and `sql` template text. */
export function tablesNamedIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(BUILDER_CALL)) names.add(m[1]!);
  for (const t of text.matchAll(SQL_TEMPLATE)) for (const m of t[1]!.matchAll(SQL_TABLE)) names.add(m[1]!);
  return names;
}

describe('table ownership', () => {
  const owners = tableOwners();

  it('derives the owners from the *.tables.ts interfaces', () => {
    expect(owners.get('stations')).toBe('monitoring');
    expect(owners.get('observation_rollups')).toBe('monitoring');
    expect(owners.get('orgs')).toBe('platform');
    expect(owners.get('dictionary_entries')).toBe('platform');
    expect(owners.get('assessment_city_days')).toBe('assessment');
    expect(owners.get('workplan_plans')).toBe('workplan');
  });

  it('finds table names in builder calls and sql text', () => {
    const code =
      "db.selectFrom('orgs as o').innerJoin(\n  'stations as s', …); sql`SELECT 1 FROM \"users\" u JOIN roles`";
    expect([...tablesNamedIn(code)].sort()).toEqual(['orgs', 'roles', 'stations', 'users']);
  });

  it('no module file names a table another module or the platform owns', () => {
    const foreign: string[] = [];
    for (const module of fs.readdirSync(MODULES)) {
      const dir = path.join(MODULES, module);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const file of walk(dir).filter(
        (f) => f.endsWith('.ts') && !/\.test(-fixtures)?\.ts$/.test(f) && !f.includes('/test/'),
      )) {
        for (const table of tablesNamedIn(fs.readFileSync(file, 'utf8'))) {
          const owner = owners.get(table);
          if (!owner || owner === module) continue;
          foreign.push(`${path.relative(MODULES, file)}:${table} (owned by ${owner})`);
        }
      }
    }
    expect(foreign).toEqual([]);
  });
});
