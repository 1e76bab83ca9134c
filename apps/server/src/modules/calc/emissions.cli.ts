import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  detectSigns,
  emissionSettings,
  exceedanceRuns,
  toFixedExact,
  type EmissionSettings,
  type HourSummary,
  type JudgedHour,
} from '@ecocloud/standards';
import { csvText } from '../../platform/import-export/csv-safe';
import { choice, UsageError, type ParsedArgs } from './calc-args';
import {
  readLimits,
  readMinuteRows,
  sourceOf,
  type EmissionsRowError,
  type HourBucket,
  type OutletLimit,
} from './emissions-input';
import { formatLocal, HOURLY_COLUMNS, judgeBucket } from './emissions-hour';

export const EMISSIONS_OPTIONS = ['limits', 'output-dir', 'o2-basis', 'min-valid-minutes'];

const HOUR_MS = 3_600_000;

/** What the command needs of the process (a subset of the calc CLI's io, kept here to avoid an import cycle). */
interface EmissionsIo {
  stdin: NodeJS.ReadableStream;
  stderr: NodeJS.WritableStream;
}

/** One outlet while the minutes stream past: only the open hours keep their minutes. */
interface OutletState {
  readonly offsetMinutes: number;
  readonly open: Map<number, HourBucket>;
  latest: number;
  readonly hours: Map<string, HourSummary[]>;
  readonly exceeded: Map<string, JudgedHour[]>;
}

async function writeRow(out: WriteStream, cells: readonly string[]): Promise<void> {
  if (!out.write(csvText([cells]))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

const closeStream = (out: WriteStream): Promise<void> =>
  new Promise((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));

function settingsOf(args: ParsedArgs): EmissionSettings {
  const basis = choice(args, 'o2-basis', ['hourly', 'minute'] as const);
  const minText = args.options.get('min-valid-minutes');
  const min = minText === undefined ? undefined : Number(minText);
  if (min !== undefined && !(Number.isInteger(min) && min >= 1 && min <= 60))
    throw new UsageError(`--min-valid-minutes must be an integer 1-60; got ${minText}`);
  return emissionSettings({
    ...(basis ? { o2ConversionBasis: basis } : {}),
    ...(min ? { minValidMinutesPerHour: min } : {}),
  });
}

/**
 * `ecocloud calc emissions --limits LIMITS.csv --output-dir DIR [MINUTES.csv|-]` (docs/emissions-rules.md).
 * Streams the minutes: an outlet's hour is judged and written once its rows have moved two hours on, so
 * each outlet's rows must be in time order (one hour of disorder is tolerated; older rows are LATE_ROW).
 * Bad rows go to stderr with a code; the run fails (exit 1) only when no limit or no minute row is usable.
 */
export async function runEmissions(args: ParsedArgs, io: EmissionsIo): Promise<void> {
  const dir = args.options.get('output-dir');
  const limitsFile = args.options.get('limits');
  if (!dir || !limitsFile) throw new UsageError('emissions needs --limits LIMITS.csv and --output-dir DIR');
  const settings = settingsOf(args);
  const report = (e: EmissionsRowError): void => {
    io.stderr.write(`${e.file} row ${e.row}: ${e.code} ${e.message}\n`);
  };
  const limits = await readLimits(limitsFile, report);
  if (limits.size === 0) throw new Error('no usable limit rows in the limits file');
  await mkdir(dir, { recursive: true });
  const hourly = createWriteStream(path.join(dir, 'hourly.csv'));
  await writeRow(hourly, HOURLY_COLUMNS);
  const outlets = new Map<string, OutletState>();
  let usable = 0;

  const finalise = async (outlet: string, state: OutletState, before: number): Promise<void> => {
    const starts = [...state.open.keys()].filter((t) => t < before).sort((a, b) => a - b);
    for (const start of starts) {
      const bucket = state.open.get(start) as HourBucket;
      state.open.delete(start);
      const limitOf = (p: string): OutletLimit | undefined => limits.get(`${outlet}\u0000${p}`);
      const r = judgeBucket(outlet, start, state.offsetMinutes, bucket, limitOf, settings);
      for (const row of r.rows) await writeRow(hourly, row);
      for (const { pollutant, summary } of r.summaries) {
        const list = state.hours.get(pollutant) ?? [];
        list.push(summary);
        state.hours.set(pollutant, list);
      }
      for (const { pollutant, hour } of r.judged) {
        if (!hour.exceeded) continue;
        const list = state.exceeded.get(pollutant) ?? [];
        list.push(hour);
        state.exceeded.set(pollutant, list);
      }
    }
  };

  for await (const row of readMinuteRows(sourceOf(args.positional[0], io.stdin), report)) {
    let state = outlets.get(row.outlet);
    if (!state) {
      state = {
        offsetMinutes: row.offsetMinutes,
        open: new Map(),
        latest: row.hourStart,
        hours: new Map(),
        exceeded: new Map(),
      };
      outlets.set(row.outlet, state);
    }
    if (row.hourStart < state.latest - HOUR_MS) {
      report({
        file: 'minutes',
        row: row.row,
        code: 'LATE_ROW',
        message: `hour already judged for outlet ${row.outlet}`,
      });
      continue;
    }
    if (row.hourStart > state.latest) {
      state.latest = row.hourStart;
      await finalise(row.outlet, state, state.latest - HOUR_MS);
    }
    const bucket = state.open.get(row.hourStart) ?? new Map();
    state.open.set(row.hourStart, bucket);
    const slots = bucket.get(row.pollutant) ?? new Array(60);
    bucket.set(row.pollutant, slots);
    if (slots[row.minute] !== undefined) {
      report({
        file: 'minutes',
        row: row.row,
        code: 'DUPLICATE_MINUTE',
        message: `second ${row.pollutant} value for that minute ignored`,
      });
      continue;
    }
    slots[row.minute] = row.value;
    usable++;
  }
  for (const [outlet, state] of outlets) await finalise(outlet, state, Number.POSITIVE_INFINITY);
  await closeStream(hourly);
  if (usable === 0) throw new Error('no usable minute rows (see the row errors above)');
  await writeSummaries(dir, outlets);
}

async function writeSummaries(dir: string, outlets: Map<string, OutletState>): Promise<void> {
  const exceedances = createWriteStream(path.join(dir, 'exceedances.csv'));
  await writeRow(exceedances, ['outlet', 'pollutant', 'from', 'to', 'hours', 'max_converted', 'max_multiple']);
  const signs = createWriteStream(path.join(dir, 'signs.csv'));
  await writeRow(signs, ['outlet', 'kind', 'pollutant', 'from', 'to', 'evidence', 'act']);
  for (const outlet of [...outlets.keys()].sort()) {
    const state = outlets.get(outlet) as OutletState;
    const at = (ms: number): string => formatLocal(ms, state.offsetMinutes);
    for (const pollutant of [...state.exceeded.keys()].sort())
      for (const run of exceedanceRuns(state.exceeded.get(pollutant) ?? []))
        await writeRow(exceedances, [
          outlet,
          pollutant,
          at(run.from),
          at(run.to),
          String(run.hours),
          toFixedExact(run.maxValue, 3),
          run.maxMultiple ? toFixedExact(run.maxMultiple, 2) : '',
        ]);
    for (const s of detectSigns(state.hours))
      await writeRow(signs, [outlet, s.kind, s.pollutant, at(s.from), at(s.to), s.evidence, s.act]);
  }
  await Promise.all([closeStream(exceedances), closeStream(signs)]);
}
