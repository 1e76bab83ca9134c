import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseWaterClass, type AqiStandardId } from '@ecocloud/standards';
import { csvText } from '../../platform/import-export/csv-safe';
import { CALC_USAGE, choice, parseArgs, UsageError, type ParsedArgs } from './calc-args';
import { CREDIT_REPAIR_FLAGS, CREDIT_REPAIR_OPTIONS, runCreditRepair } from './credit-repair.cli';
import { EMISSIONS_OPTIONS, runEmissions } from './emissions.cli';
import { PENALTY_FLAGS, runPenalty } from './penalty.cli';
import { COMPLAINT_DEADLINE_FLAGS, COMPLAINT_DEADLINE_OPTIONS, runComplaintDeadlines } from './complaint-deadlines.cli';
import {
  aqiOutputColumns,
  calcAqiRows,
  calcWaterClassRows,
  evaluateAir,
  waterOutputColumns,
  type RowError,
} from './calc.service';

export interface CalcIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const STANDARDS: readonly AqiStandardId[] = ['HJ633-2012', 'HJ633-2026'];

async function readInput(
  file: string | undefined,
  io: CalcIo,
): Promise<{ columns: string[]; rows: Record<string, string>[] }> {
  let text: string;
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    text = await readFile(file, 'utf8');
  }
  const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const header = records[0];
  if (!header || header.length === 0) throw new Error('input has no header row');
  const columns = header.map((h) => h.trim());
  const rows = records.slice(1).map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])));
  return { columns, rows };
}

function toCsv(rows: Record<string, string>[], columns: string[]): string {
  return csvText([columns, ...rows.map((r) => columns.map((c) => r[c]))]);
}

async function writeOutput(target: string | undefined, text: string, io: CalcIo): Promise<void> {
  if (target === undefined || target === '-') io.stdout.write(text);
  else await writeFile(target, text, 'utf8');
}

const reportErrors = (errors: RowError[], io: CalcIo): void => {
  for (const e of errors) io.stderr.write(`row ${e.row}: ${e.reason}\n`);
};

async function runAqi(args: ParsedArgs, io: CalcIo): Promise<void> {
  const standard = choice(args, 'standard', STANDARDS);
  const mode = choice(args, 'mode', ['daily', 'realtime', 'published'] as const);
  const { columns, rows } = await readInput(args.positional[0], io);
  const errors: RowError[] = [];
  const out = calcAqiRows(rows, { standard, mode, onError: (e) => errors.push(e) });
  reportErrors(errors, io);
  await writeOutput(args.options.get('output'), toCsv(out, aqiOutputColumns(columns)), io);
}

async function runWater(args: ParsedArgs, io: CalcIo): Promise<void> {
  const waterBody = choice(args, 'water-body', ['river', 'lake'] as const);
  const targetText = args.options.get('target-class');
  const targetClass = targetText === undefined ? undefined : parseWaterClass(targetText);
  if (targetClass === null || targetClass === 6)
    throw new UsageError(`--target-class must be 1-5 or I-V; got ${targetText}`);
  const { columns, rows } = await readInput(args.positional[0], io);
  const errors: RowError[] = [];
  const out = calcWaterClassRows(rows, { waterBody, targetClass, onError: (e) => errors.push(e) });
  reportErrors(errors, io);
  await writeOutput(args.options.get('output'), toCsv(out, waterOutputColumns(columns)), io);
}

async function runAirEvaluation(args: ParsedArgs, io: CalcIo): Promise<void> {
  const dir = args.options.get('output-dir');
  if (!dir) throw new UsageError('air-evaluation needs --output-dir DIR');
  const standard = choice(args, 'standard', STANDARDS);
  const timeLabel = choice(args, 'time-label', ['start', 'end'] as const);
  const { rows } = await readInput(args.positional[0], io);
  const r = evaluateAir(rows, { standard, timeLabel });
  reportErrors(r.errors, io);
  await mkdir(dir, { recursive: true });
  const day = [
    'date',
    'so2',
    'no2',
    'co',
    'pm10',
    'pm2_5',
    'o3_1h',
    'o3_8h',
    'aqi',
    'level',
    'primary_pollutants',
    'validity',
    'standard',
  ];
  const period = [
    'city',
    'days_valid',
    'so2',
    'no2',
    'pm10',
    'pm2_5',
    'co_p95',
    'o3_8h_p90',
    'good_day_ratio',
    'composite_index',
    'main_pollutant',
    'rank',
    'standard',
  ];
  await writeFile(path.join(dir, 'daily_station.csv'), toCsv(r.dailyStation, ['station', 'city', ...day]), 'utf8');
  await writeFile(path.join(dir, 'daily_city.csv'), toCsv(r.dailyCity, ['city', 'stations', ...day]), 'utf8');
  await writeFile(path.join(dir, 'period_city.csv'), toCsv(r.periodCity, period), 'utf8');
}

async function runPenaltyRows(args: ParsedArgs, io: CalcIo): Promise<void> {
  const { rows } = await readInput(args.positional[0], io);
  await runPenalty(rows, io);
}

const COMMANDS: Record<
  string,
  { options: string[]; flags?: string[]; run: (a: ParsedArgs, io: CalcIo) => Promise<void> }
> = {
  aqi: { options: ['standard', 'mode', 'output'], run: runAqi },
  'water-class': { options: ['water-body', 'target-class', 'output'], run: runWater },
  'air-evaluation': { options: ['output-dir', 'standard', 'time-label'], run: runAirEvaluation },
  emissions: { options: EMISSIONS_OPTIONS, run: runEmissions },
  penalty: { options: [], flags: PENALTY_FLAGS, run: runPenaltyRows },
  'credit-repair': { options: CREDIT_REPAIR_OPTIONS, flags: CREDIT_REPAIR_FLAGS, run: runCreditRepair },
  'complaint-deadlines': {
    options: COMPLAINT_DEADLINE_OPTIONS,
    flags: COMPLAINT_DEADLINE_FLAGS,
    run: runComplaintDeadlines,
  },
};

/**
 * `ecocloud calc …` (argv = the words after `calc`). Returns the exit code: 0 done (bad rows are
 * reported on stderr and do not fail the run), 1 input/output failure, 2 usage error.
 */
export async function runCalcCommand(argv: string[], io: CalcIo): Promise<number> {
  const [name, ...rest] = argv;
  const cmd = name === undefined ? undefined : COMMANDS[name];
  if (!cmd) {
    (name === undefined || name === '--help' ? io.stdout : io.stderr).write(
      name && name !== '--help' ? `unknown calc command: ${name}\n${CALC_USAGE}` : CALC_USAGE,
    );
    return name === undefined || name === '--help' ? 0 : 2;
  }
  try {
    const args = parseArgs(rest, cmd.options, cmd.flags);
    if (args.options.has('help')) {
      io.stdout.write(CALC_USAGE);
      return 0;
    }
    await cmd.run(args, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${e.message}\n${CALC_USAGE}`);
      return 2;
    }
    io.stderr.write(`calc ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
