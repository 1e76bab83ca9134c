import { parseArgs } from 'node:util';
import type { AppDeps } from '../../app-deps';
import { applyPendingRollups } from '../monitoring';
import { rankingRows, RANKING_COLUMNS } from './air/ranking-table';
import { airRanking } from './air/air-evaluation.service';
import { refreshCityDays } from './air/city-days.worker';
import { resolvePeriod } from './periods';
import { csvText } from '../../platform/import-export/csv-safe';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const USAGE = `ecocloud report ranking --from YYYY-MM-DD --to YYYY-MM-DD [--json]
  the province's city ranking from the stored daily rollups: city, region code, valid days,
  per-pollutant statistics, good-day ratio, composite index, main pollutant, rank (CSV; --json for JSON)
`;

/**
 * `ecocloud report ranking`: applies pending rollup work first, then prints the same ranking as GET /api/v1/assessment/air/ranking, for scripting and
 * comparison with published bulletins. Exit codes: 0 done, 2 usage error.
 */
export async function runReportCommand(deps: AppDeps, argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'ranking') {
    io.stderr.write(USAGE);
    return 2;
  }
  let values: { from?: string | undefined; to?: string | undefined; json?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    }));
  } catch (err) {
    io.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (!values.from || !values.to) {
    io.stderr.write(`from and to are both required (YYYY-MM-DD)\n${USAGE}`);
    return 2;
  }
  let period;
  try {
    period = resolvePeriod({ period: 'custom', from: values.from, to: values.to }, values.to);
  } catch (err) {
    io.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  // Imports queue rollup work for a server's worker; a report from the CLI must not read stale rollups.
  await applyPendingRollups(deps, io);
  // …nor city days the server's worker has not caught up with yet.
  await refreshCityDays(deps.db);
  const ranking = await airRanking(deps.db, period);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(ranking, null, 2)}\n`);
    return 0;
  }
  const rows = rankingRows(ranking);
  io.stdout.write(
    csvText([RANKING_COLUMNS.map((c) => c.header), ...rows.map((r) => RANKING_COLUMNS.map((c) => r[c.key] ?? ''))]),
  );
  return 0;
}
