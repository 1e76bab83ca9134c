import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import {
  noxAsNo2,
  parsePermitLimit,
  tryParseDecimal,
  type EmissionSettings,
  type MinuteValue,
  type PermitLimit,
  type Rational,
} from '@ecocloud/standards';

/** A row-level problem: the row is skipped, the run goes on. `code` is stable for scripts. */
export interface EmissionsRowError {
  readonly file: 'limits' | 'minutes';
  readonly row: number;
  readonly code: string;
  readonly message: string;
}

export interface OutletLimit {
  /** The pollutant as the limits file spells it (`Pb`, `Co`: case tells cobalt from CO). */
  readonly pollutant: string;
  readonly limit: PermitLimit;
  readonly limitText: string;
  readonly unit: string;
  readonly o2Ref: Rational | null;
}

const HOUR_MS = 3_600_000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Minute rows of one outlet, one clock hour: pollutant → 60 slots (index = minute of the hour). */
export type HourBucket = Map<string, (MinuteValue | undefined)[]>;

async function* csvRecords(
  source: NodeJS.ReadableStream,
): AsyncGenerator<{ row: number; cells: Record<string, string> }> {
  const parser = source.pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }));
  let header: string[] | null = null;
  let row = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (!header) {
      header = record.map((h) => h.trim().toLowerCase());
      continue;
    }
    row++;
    const h = header;
    yield { row, cells: Object.fromEntries(h.map((c, i) => [c, record[i] ?? ''])) };
  }
  if (!header) throw new Error('input has no header row');
}

export const sourceOf = (file: string | undefined, stdin: NodeJS.ReadableStream): NodeJS.ReadableStream =>
  file === undefined || file === '-' ? stdin : createReadStream(file);

const requireColumns = (cells: Record<string, string>, columns: readonly string[], what: string): void => {
  const missing = columns.filter((c) => !(c in cells));
  if (missing.length > 0) throw new Error(`${what} lacks column(s): ${missing.join(', ')}`);
};

/** LIMITS.csv → `outlet\u0000pollutant` → limit. Empty `o2_ref` = no conversion. */
export async function readLimits(
  file: string,
  report: (e: EmissionsRowError) => void,
): Promise<Map<string, OutletLimit>> {
  const limits = new Map<string, OutletLimit>();
  for await (const { row, cells } of csvRecords(createReadStream(file))) {
    if (row === 1) requireColumns(cells, ['outlet', 'pollutant', 'limit', 'o2_ref'], 'limits file');
    const err = (code: string, message: string): void => {
      report({ file: 'limits', row, code, message });
    };
    const { outlet = '', pollutant = '', unit = '' } = cells;
    const limitText = cells.limit ?? '';
    const limit = parsePermitLimit(limitText);
    const o2Text = cells.o2_ref ?? '';
    const o2Ref = o2Text === '' ? null : tryParseDecimal(o2Text);
    if (!outlet || !pollutant) err('MISSING_KEY', 'outlet and pollutant are required');
    else if (!limit) err('BAD_LIMIT', `limit is not a positive number or a min-max range: ${limitText || '(empty)'}`);
    else if (o2Text !== '' && (o2Ref === null || o2Ref.n < 0n || o2Ref.n >= 21n * o2Ref.d))
      err('BAD_O2_REF', `o2_ref must be empty or 0 ≤ o2_ref < 21: ${o2Text}`);
    else if (limits.has(`${outlet}\u0000${pollutant.toLowerCase()}`))
      err('DUPLICATE_LIMIT', `second limit for ${outlet} ${pollutant} ignored`);
    else limits.set(`${outlet}\u0000${pollutant.toLowerCase()}`, { pollutant, limit, limitText, unit, o2Ref });
  }
  return limits;
}

export interface MinuteRow {
  readonly row: number;
  readonly outlet: string;
  readonly hourStart: number;
  readonly minute: number;
  /** The row's UTC offset in minutes (hours are clock hours in that offset). */
  readonly offsetMinutes: number;
  readonly pollutant: string;
  readonly value: MinuteValue;
}

/** Stream the minute rows, reporting bad ones; yields each usable row. */
export async function* readMinuteRows(
  source: NodeJS.ReadableStream,
  report: (e: EmissionsRowError) => void,
): AsyncGenerator<MinuteRow> {
  for await (const { row, cells } of csvRecords(source)) {
    if (row === 1) requireColumns(cells, ['outlet', 'time', 'pollutant', 'value'], 'minute file');
    const err = (code: string, message: string): void => {
      report({ file: 'minutes', row, code, message });
    };
    const outlet = cells.outlet ?? '';
    const pollutant = (cells.pollutant ?? '').toLowerCase();
    const time = cells.time ?? '';
    if (!outlet || !pollutant) {
      err('MISSING_KEY', 'outlet and pollutant are required');
      continue;
    }
    const m = ISO_WITH_OFFSET.exec(time);
    const ms = m ? Date.parse(time) : Number.NaN;
    if (!m || Number.isNaN(ms)) {
      err('BAD_TIME', `time is not ISO 8601 with an offset: ${time || '(empty)'}`);
      continue;
    }
    const offsetMinutes = m[1] === 'Z' ? 0 : (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
    const local = ms + offsetMinutes * 60_000;
    const localHour = Math.floor(local / HOUR_MS) * HOUR_MS;
    const valueText = cells.value ?? '';
    const value = valueText === '' ? null : tryParseDecimal(valueText);
    if (valueText !== '' && value === null) {
      err('BAD_VALUE', `value is not a number: ${valueText}`);
      continue;
    }
    yield {
      row,
      outlet,
      hourStart: localHour - offsetMinutes * 60_000,
      minute: Math.floor((local - localHour) / 60_000),
      offsetMinutes,
      pollutant,
      value: { value, flag: (cells.flag ?? '').trim() || 'N' },
    };
  }
}

/** NOx as NO2 from the NO and NO2 minutes of one hour (a minute is valid only when both are). */
export function deriveNox(
  no: readonly (MinuteValue | undefined)[],
  no2: readonly (MinuteValue | undefined)[],
  settings: EmissionSettings,
): (MinuteValue | undefined)[] {
  return Array.from({ length: 60 }, (_, i) => {
    const a = no[i];
    const b = no2[i];
    if (!a || !b) return undefined;
    const flag = a.flag !== 'N' ? a.flag : b.flag;
    return { value: a.value === null || b.value === null ? null : noxAsNo2(a.value, b.value, settings), flag };
  });
}
