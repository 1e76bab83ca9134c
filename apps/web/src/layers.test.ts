import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import baseConfig from '../../../tsconfig.base.json';
import webConfig from '../tsconfig.json';

/**
 * The web's layers, read from the source files themselves:
 *
 *   app/      the shell: router, layout, providers, menu rendering, auth guards; may use everything
 *   modules/  one folder per domain module; stands on lib/ and ui/, never on the shell
 *   ui/       shared components; stands on lib/ only
 *   lib/      the floor: http client, locale, error bus, query client, menu and module types
 *   i18n/     the translations and the code wordings
 *   testing/  test helpers (they render under the shell's providers); only tests import them
 *
 * Every import counts, type-only and dynamic ones included, and no file may sit on an import cycle.
 * The project has no path aliases, so a bare import names a package; an alias added later fails the
 * first test until this one resolves it.
 */

/** Every source file under src/, by its path from src/ ("modules/auth/api.ts"), with its text. */
const SOURCES: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.d.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([key, text]) => [key.slice(2), text]),
);

type Layer = 'app' | 'modules' | 'ui' | 'lib' | 'i18n' | 'testing' | 'root' | 'other';

/** The layers a (non-test) file of each layer may import; tests may import testing/ besides. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  root: ['root', 'app', 'modules', 'ui', 'lib', 'i18n', 'testing'],
  app: ['app', 'modules', 'ui', 'lib', 'i18n'],
  modules: ['modules', 'ui', 'lib', 'i18n'],
  ui: ['ui', 'lib', 'i18n'],
  lib: ['lib', 'i18n'],
  i18n: ['i18n'],
  testing: ['testing', 'app', 'modules', 'ui', 'lib', 'i18n'],
  other: [],
};

const LAYERS = new Set<string>(['app', 'modules', 'ui', 'lib', 'i18n', 'testing']);

function layerOf(file: string): Layer {
  const parts = file.split('/');
  if (parts.length === 1) return 'root';
  // A folder nobody placed in the layers (pages/, say): nothing may import it, it may import nothing.
  return LAYERS.has(parts[0]!) ? (parts[0] as Layer) : 'other';
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** "a/b/c.ts" + "../d" → "a/d" (without extension); undefined when it climbs out of src/. */
function join(from: string, specifier: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.') {
      parts.push(part);
    }
  }
  return parts.join('/');
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** file → the files under src/ it imports (static, type-only, re-exports and dynamic `import()`). */
function importGraph(sources: Readonly<Record<string, string>>): {
  graph: Map<string, string[]>;
  unresolved: string[];
} {
  const graph = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const targets: string[] = [];
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      if (specifier.startsWith('.')) {
        const base = join(file, specifier);
        const target = base === undefined ? undefined : EXTENSIONS.map((e) => base + e).find((f) => f in sources);
        if (target) targets.push(target);
        else if (!/\.(css|svg|png|json)$/.test(specifier)) unresolved.push(`${file}: ${specifier}`);
      }
    }
    graph.set(file, targets);
  }
  return { graph, unresolved };
}

/** The strongly connected components with more than one file (or a file importing itself): the cycles. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('web layers', () => {
  const { graph, unresolved } = importGraph(SOURCES);

  it('reads the whole source tree and resolves every import', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(300);
    expect([...graph.values()].flat().length).toBeGreaterThan(800);
    expect(unresolved).toEqual([]);
    expect({ ...baseConfig.compilerOptions, ...webConfig.compilerOptions }).not.toHaveProperty('paths');
  });

  it('keeps every file in a known layer', () => {
    expect(Object.keys(SOURCES).filter((f) => layerOf(f) === 'other')).toEqual([]);
  });

  it('imports only downwards: ui/ and lib/ stand on no module and no shell, modules never on the shell', () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      const allowed = new Set<Layer>(MAY_IMPORT[layerOf(file)]);
      if (isTest(file)) allowed.add('testing');
      for (const target of targets) {
        if (!allowed.has(layerOf(target))) violations.push(`${file} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycle (type-only and dynamic imports included)', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' ↔ '))).toEqual([]);
  });
});

describe('importCycles', () => {
  it('finds a cycle through three files and a file importing itself, and nothing in a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      importCycles(
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
    ).toEqual([]);
  });
});
