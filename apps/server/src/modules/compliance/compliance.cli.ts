import { parseArgs } from 'node:util';
import { withDeps } from '../../cli-deps';
import { hourFloor, HOUR_MS, judgeRange } from './judge/judge.service';
import { scanLeads } from './leads/scan';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

export const COMPLIANCE_USAGE = [
  'compliance judge --from ISO --to ISO [--json]   judge the outlets’ clock hours in [from, to) again (backfill)',
  'compliance scan --from ISO --to ISO [--json]    raise the leads of [from, to): exceedances, signs, missing data',
];

const USAGE = `usage: ecocloud ${COMPLIANCE_USAGE[0]}
       ecocloud ${COMPLIANCE_USAGE[1]}
  judge: hours starting from --from (rounded down to its hour) up to --to; stored hours are replaced and
  exceedance events followed; --json prints {"outlets","hours","invalidHours","exceededHours"}
  scan: the clock hours ended in [from, to) (a day of minutes before --from is read too); idempotent: a
  second scan raises nothing new; --json prints {"outlets","signs","exceedanceLeads","missingDataLeads",
  "transmissionLeads"} (leads new in this scan)
`;

/** `ecocloud compliance judge|scan`: the worker's judgement or lead scan over any range, as the system. */
export async function runComplianceCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  let values: { from?: string | undefined; to?: string | undefined; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean', default: false } },
    }));
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const fromMs = Date.parse(values.from ?? '');
  const toMs = Date.parse(values.to ?? '');
  // A year at most: both read a day or a week of an outlet at a time, but a typo should not scan a century.
  if (
    (sub !== 'judge' && sub !== 'scan') ||
    Number.isNaN(fromMs) ||
    Number.isNaN(toMs) ||
    toMs <= fromMs ||
    toMs - fromMs > 366 * 24 * HOUR_MS
  ) {
    io.stderr.write(USAGE);
    return 2;
  }
  if (sub === 'scan') {
    const s = await withDeps((deps) => scanLeads(deps, { fromMs, toMs }));
    io.stdout.write(
      values.json
        ? `${JSON.stringify(s)}\n`
        : `scanned ${s.outlets} outlet(s): new leads ${s.exceedanceLeads} exceedance, ${s.signs} sign, ${s.missingDataLeads} missing data, ${s.transmissionLeads} transmission\n`,
    );
    return 0;
  }
  const s = await withDeps((deps) => judgeRange(deps, { fromMs: hourFloor(fromMs), toMs }));
  io.stdout.write(
    values.json
      ? `${JSON.stringify(s)}\n`
      : `judged ${s.hours} outlet-pollutant hour(s) of ${s.outlets} outlet(s): ${s.invalidHours} invalid, ${s.exceededHours} exceeded\n`,
  );
  return 0;
}
