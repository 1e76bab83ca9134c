/**
 * The code base's shape in six figures, for a closing note or a review: import cycles, back-edges
 * (imports against the layer order), SQL calls outside repositories, files over 300 lines, lines
 * over 120 characters and unused exports. `npm run lint` enforces the cycles (dpdm), the boundaries
 * (eslint) and the unused exports (knip); this script only counts, so a before/after is one command.
 *
 *   npx tsx scripts/shape-report.ts [--json] [--list]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE_ROOTS = [
  'apps/server/src',
  'apps/web/src',
  'packages/contracts/src',
  'packages/standards/src',
  'packages/hj212/src',
];

/** Tracked source files (tests excluded from the size and SQL counts, included in the import graph). */
function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', ...SOURCE_ROOTS], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\n').filter((f) => /\.(ts|tsx)$/.test(f) && existsSync(path.join(ROOT, f)));
}

const isTest = (f: string) => /\.test\.tsx?$|\/test\/|test-utils|test-fixtures|testkit|\/testing\//.test(f);

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string, files: Set<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)).replace(/\.js$/, '');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (files.has(candidate)) return candidate;
  }
  return null;
}

function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = readFileSync(path.join(ROOT, f), 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT_RE)) {
      const target = resolveImport(f, m[1] ?? m[2]!, known);
      if (target) targets.push(target);
    }
    graph.set(f, targets);
  }
  return graph;
}

/** Strongly connected components with more than one file (or a file importing itself): each is a cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

/**
 * Layer of a file: a lower layer must not import a higher one. Server: platform < modules < shell
 * (app, cli, modules list); web: lib and ui < modules and pages < app. A module importing another
 * module's inner file (not its index) is also a back-edge: it bypasses the owner's public face.
 */
function layer(f: string): { app: 'server' | 'web' | 'package'; rank: number; module?: string } {
  if (f.startsWith('packages/')) return { app: 'package', rank: 0 };
  if (f.startsWith('apps/server/src/')) {
    const rest = f.slice('apps/server/src/'.length);
    // The dependency bag and configuration are the floor every layer is handed, not the shell.
    if (/^(db|http|platform|test)\//.test(rest) || /^(app-deps|cli-deps|config|server-module)\.ts$/.test(rest)) {
      return { app: 'server', rank: 1 };
    }
    const m = /^modules\/([^/]+)\//.exec(rest);
    if (m) return { app: 'server', rank: 2, module: m[1] };
    return { app: 'server', rank: 3 };
  }
  const rest = f.slice('apps/web/src/'.length);
  if (/^(lib|ui|i18n)\//.test(rest)) return { app: 'web', rank: 1 };
  const m = /^(?:modules|pages)\/([^/]+)\//.exec(rest);
  if (m) return { app: 'web', rank: 2, module: m[1] };
  return { app: 'web', rank: 3 };
}

function backEdges(graph: Map<string, string[]>): string[] {
  const edges: string[] = [];
  for (const [from, targets] of graph) {
    if (isTest(from)) continue;
    const a = layer(from);
    for (const to of targets) {
      const b = layer(to);
      // The database schema is by design the union of the modules' table interfaces.
      if (from.endsWith('/db/schema.ts') && to.endsWith('.tables.ts')) continue;
      const upward = a.app === b.app && b.rank > a.rank;
      // A module's public face: index (the shell's entry) or, on the web, shared (what other modules may use).
      const deep = a.module && b.module && a.module !== b.module && !/\/(index|shared)\.tsx?$/.test(to);
      if (upward || deep) edges.push(`${from} -> ${to}`);
    }
  }
  return edges;
}

const SQL_RE = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(<[^>]*>)?`/g;

function sqlOutsideRepositories(files: string[]): string[] {
  const hits: string[] = [];
  for (const f of files) {
    if (
      !f.startsWith('apps/server/src/') ||
      isTest(f) ||
      f.includes('/db/') ||
      /(\.repository|-reads)\.ts$/.test(f) ||
      f.endsWith('/scope/data-scope.ts')
    )
      continue;
    const lines = readFileSync(path.join(ROOT, f), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const _ of line.matchAll(SQL_RE)) hits.push(`${f}:${i + 1}`);
    });
  }
  return hits;
}

function sizes(files: string[]): { longFiles: string[]; longLines: number; lines: number } {
  const longFiles: string[] = [];
  let longLines = 0;
  let lines = 0;
  for (const f of files.filter((x) => !isTest(x))) {
    const text = readFileSync(path.join(ROOT, f), 'utf8').split('\n');
    lines += text.length;
    longLines += text.filter((l) => l.length > 120).length;
    if (text.length > 300) longFiles.push(`${f} (${text.length})`);
  }
  return { longFiles, longLines, lines };
}

function unusedExports(): string[] {
  let raw: string;
  try {
    raw = execFileSync('npx', ['knip', '--no-progress', '--include', 'exports,types', '--reporter', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    // knip exits 1 when it finds something; its report is still on stdout.
    raw = String((e as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(raw || '{"issues":[]}') as {
    issues: { file: string; exports?: { name: string }[]; types?: { name: string }[] }[];
  };
  return report.issues.flatMap((i) => [...(i.exports ?? []), ...(i.types ?? [])].map((e) => `${i.file}: ${e.name}`));
}

const { values } = parseArgs({ options: { json: { type: 'boolean' }, list: { type: 'boolean' } } });
const files = sourceFiles();
const graph = importGraph(files);
const report = {
  cycles: cycles(graph),
  backEdges: backEdges(graph),
  sqlOutsideRepositories: sqlOutsideRepositories(files),
  ...sizes(files),
  unusedExports: unusedExports(),
};
if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const rows: [string, number, string[]][] = [
    ['import cycles (type-only included)', report.cycles.length, report.cycles.map((c) => c.join(' ↔ '))],
    ['back-edges (against the layers, or into another module)', report.backEdges.length, report.backEdges],
    ['SQL calls outside repositories', report.sqlOutsideRepositories.length, report.sqlOutsideRepositories],
    ['files over 300 lines (tests excluded)', report.longFiles.length, report.longFiles],
    [`lines over 120 characters (of ${report.lines})`, report.longLines, []],
    ['unused exports and exported types', report.unusedExports.length, report.unusedExports],
  ];
  for (const [label, n, list] of rows) {
    process.stdout.write(`${String(n).padStart(6)}  ${label}\n`);
    if (values.list) for (const item of list) process.stdout.write(`        ${item}\n`);
  }
}
