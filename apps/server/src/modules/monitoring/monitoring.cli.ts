import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AppDeps } from '../../app-deps';
import { formatOf } from '../../platform/import-export/table-io';
import type { ImportReport } from '@ecocloud/contracts';
import { importObservations } from './ingest/observations.service';
import { drainDirtyRollups } from './rollups/rollup-drain';
import { rebuildRollups } from './rollups/rollup.service';
import { countDirtyDays } from './rollups/rollups.repository';
import { importStations } from './stations/stations.service';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

function printReport(io: Io, what: string, r: ImportReport): number {
  io.stdout.write(
    `${what}: ${r.total} rows, ${r.valid} valid, ${r.applied} applied${r.dryRun ? ' (dry run)' : ''}, ${r.errors.length} errors\n`,
  );
  for (const e of r.errors) io.stderr.write(`row ${e.row}${e.field ? ` [${e.field}]` : ''} ${e.code}: ${e.message}\n`);
  if (r.differing && r.differing.count > 0) {
    const verb = r.differing.replace ? (r.dryRun ? 'will replace' : 'replaced') : r.dryRun ? 'will keep' : 'kept';
    io.stdout.write(
      `${r.differing.count} stored values differ from the file: ${verb} them${r.differing.replace ? '' : ' (pass --replace to overwrite)'}\n`,
    );
    for (const d of r.differing.items)
      io.stdout.write(
        `  row ${d.row} ${d.station} ${d.parameter} ${d.periodStart}: ${d.old.value ?? '—'}${d.old.flag ? `/${d.old.flag}` : ''} → ${d.new.value ?? '—'}${d.new.flag ? `/${d.new.flag}` : ''}\n`,
      );
  }
  return r.errors.length && r.applied === 0 && !r.dryRun ? 1 : 0;
}

/**
 * `ecocloud import stations FILE [--dry-run] [--all-or-nothing]` and
 * `ecocloud import observations FILE [--period 1h|1d] [--replace] [--dry-run] [--all-or-nothing]`: bulk loads
 * from legacy systems, as the system (no data scope), audited as such.
 */
export async function runImportCommand(deps: AppDeps, argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'all-or-nothing': { type: 'boolean', default: false },
      period: { type: 'string', default: '1h' },
      replace: { type: 'boolean', default: false },
    },
  });
  const [what, file] = positionals;
  if (!file || !['stations', 'observations'].includes(what ?? '')) {
    io.stderr.write(
      'usage: ecocloud import stations|observations FILE [--period 1h|1d] [--replace] [--dry-run] [--all-or-nothing]\n',
    );
    return 2;
  }
  if (values.period !== '1h' && values.period !== '1d') {
    io.stderr.write('--period must be 1h or 1d\n');
    return 2;
  }
  const upload = { data: fs.readFileSync(file), format: formatOf(file), filename: path.basename(file) };
  const opts = {
    dryRun: values['dry-run'],
    mode: values['all-or-nothing'] ? ('all-or-nothing' as const) : ('valid-rows' as const),
  };
  if (what === 'stations')
    return printReport(io, 'stations', await importStations(deps, null, { file: upload, ...opts }));
  const report = await importObservations(deps, null, {
    file: upload,
    ...opts,
    period: values.period,
    replace: values.replace,
  });
  return printReport(io, 'observations', report);
}

export async function runRollupCommand(deps: AppDeps, argv: string[], io: Io): Promise<number> {
  if (argv[0] !== 'rebuild') {
    io.stderr.write('usage: ecocloud rollup rebuild\n');
    return 2;
  }
  const started = Date.now();
  const days = await rebuildRollups(deps.db, deps.clock, (done) => io.stderr.write(`\r${done} station-days`));
  io.stdout.write(`\nrebuilt ${days} station-days in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

/**
 * For one-shot commands that read rollups: applies the pending rollup work (queued by imports and
 * ingestion for a server's worker, which a lone CLI does not have), with a progress line on stderr.
 * Returns the station-days recomputed.
 */
export async function applyPendingRollups(deps: AppDeps, io: Pick<Io, 'stderr'>): Promise<number> {
  const pending = await countDirtyDays(deps.db);
  if (pending === 0) return 0;
  io.stderr.write(`applying ${pending} pending station-day rollups…`);
  // The server's drain, with its back-off: a running gateway may hold SQLite's write lock for a while.
  const done = await drainDirtyRollups(
    deps.db,
    deps.clock,
    { warn: (_obj, msg) => io.stderr.write(`\n${msg}\n`) },
    {
      batch: 500,
      onBatch: (n) => io.stderr.write(`\rapplying pending rollups: ${n}/${Math.max(n, pending)} station-days`),
    },
  );
  io.stderr.write('\n');
  return done;
}
