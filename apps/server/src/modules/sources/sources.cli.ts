import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, type ImportReport } from '@ecocloud/contracts';
import { withDeps } from '../../cli-deps';
import type { CliIo } from '../../server-module';
import { formatOf } from '../../platform/import-export/table-io';
import { DUE_USAGE_LINE, runDueCommand } from './due/due.cli';
import { importSources } from './import/sources-import.service';

type Io = Pick<CliIo, 'stdout' | 'stderr'>;

export const SOURCES_USAGE = [
  'sources import FILE [--dry-run] [--mode valid-rows|all-or-nothing] [--json]   import the register (all-or-nothing by default)',
  DUE_USAGE_LINE,
];

/** The report for people: counts, then each refused row with its code. */
function reportText(r: ImportReport): string {
  const lines = [
    `${r.dryRun ? 'dry run: ' : ''}${r.total} rows, ${r.valid} valid, ${r.applied} applied (${r.mode})`,
    ...r.errors.map((e) => `row ${e.row}${e.field ? ` ${e.field}` : ''}: ${e.code} ${e.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Exit code 1 when rows were refused and the import (not a dry run) was blocked or partial. */
const exitOf = (r: ImportReport) => (r.errors.length === 0 ? 0 : 1);

/**
 * `ecocloud sources import FILE [--dry-run] [--mode …] [--json]`: the register import as the system (no data
 * scope), audited as such. `--json` prints the ImportReport JSON only, on stdout.
 */
async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      mode: { type: 'string', default: 'all-or-nothing' },
      json: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  const mode = values.mode;
  if (!file || (mode !== 'valid-rows' && mode !== 'all-or-nothing')) {
    io.stderr.write(`usage: ecocloud ${SOURCES_USAGE[0]}\n`);
    return 2;
  }
  if (!fs.existsSync(file)) {
    io.stderr.write(`no such file: ${file}\n`);
    return 2;
  }
  const upload = { data: fs.readFileSync(file), format: formatOf(file), filename: path.basename(file) };
  try {
    const report = await withDeps((deps) =>
      importSources(deps, null, { file: upload, dryRun: values['dry-run'], mode }),
    );
    io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : reportText(report));
    return exitOf(report);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return 2;
  }
}

/**
 * `ecocloud sources …`. Subcommands by name: the clocks add `due` here (one entry), so that the module keeps
 * one command word.
 */
const SOURCES_SUBCOMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  import: importCommand,
  due: runDueCommand,
};

export async function runSourcesCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const run = sub ? SOURCES_SUBCOMMANDS[sub] : undefined;
  if (!run) {
    io.stderr.write(`usage:\n${SOURCES_USAGE.map((l) => `  ecocloud ${l}`).join('\n')}\n`);
    return 2;
  }
  return run(rest, io);
}
