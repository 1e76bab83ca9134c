/** Minimal `--name value` / `--name=value` parser for the calc subcommands. */
export interface ParsedArgs {
  options: Map<string, string>;
  positional: string[];
}

export class UsageError extends Error {}

/**
 * @param allowed option names (without `--`) that take a value; `--help` is always accepted
 * @param flags option names that take no value (`--json`)
 * @throws UsageError on unknown options or a missing value
 */
export function parseArgs(
  argv: readonly string[],
  allowed: readonly string[],
  flags: readonly string[] = [],
): ParsedArgs {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-' || !arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--help') {
      options.set('help', 'true');
      continue;
    }
    if (flags.includes(arg.slice(2))) {
      options.set(arg.slice(2), 'true');
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
    options.set(name, value);
  }
  if (positional.length > 1) throw new UsageError(`expected at most one input file, got: ${positional.join(' ')}`);
  return { options, positional };
}

/** Read an option restricted to a set of values. */
export function choice<T extends string>(args: ParsedArgs, name: string, values: readonly T[]): T | undefined {
  const v = args.options.get(name);
  if (v === undefined) return undefined;
  if (!values.includes(v as T)) throw new UsageError(`--${name} must be one of ${values.join(', ')}; got ${v}`);
  return v as T;
}

export const CALC_USAGE = `usage: ecocloud calc <command> [options] [FILE|-]
  aqi            [--standard HJ633-2012|HJ633-2026] [--mode daily|realtime|published] [--output FILE|-]
  water-class    [--water-body river|lake] [--target-class 1-5|I-V] [--output FILE|-]
  air-evaluation --output-dir DIR [--standard HJ633-2012|HJ633-2026] [--time-label start|end]
  emissions      --limits LIMITS.csv --output-dir DIR [--o2-basis hourly|minute] [--min-valid-minutes 45]
  penalty        [--json]   rows: jurisdiction, table, violation, act_date, decision_date, pollutant_count,
                 pollutant_class, area, daily_volume_t, exceed_multiple, repeats_2y (JSON array out)
  credit-repair  --class minor|general|serious --decision-date YYYY-MM-DD [--json]   publication periods of a
                 punishment record: regime, published, earliest repair date, automatic removal date (no input)
  complaint-deadlines --received DATE [--accepted DATE] [--extended] [--replied DATE] [--jurisdiction CODE] [--json]
                 the complaint and petition deadlines (信访工作条例 §§23, 34–36), each with its rule
CSV in and out (UTF-8, header row required); '-' is stdin/stdout (the default).
`;
