import { Transform } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { parse } from 'csv-parse/sync';
import { AppError } from '@ecocloud/contracts';
import { parseWaterClass, type WaterClass } from '@ecocloud/standards';
import { csvText } from '../../platform/import-export/csv-safe';
import {
  aqiOutputColumns,
  calcAqiRows,
  calcWaterClassRows,
  evaluateAir,
  waterOutputColumns,
  type AirEvaluationResult,
  type RowError,
} from './calc.service';
import type { CalcAirBody, CalcAqiBody, CalcWaterBody } from './calc.schemas';

// Glue between the HTTP shapes and the CLI services: JSON cells become the CLI's text cells, the
// caller's own columns come back unchanged (with their JSON types), computed columns are text as in the CLI.

type Scalar = string | number | boolean | null;
type JsonRow = Record<string, Scalar | undefined>;
type OutputRow = Record<string, Scalar>;

export interface RowsResult {
  rows: OutputRow[];
  errors: RowError[];
  /** Output columns in CSV order. */
  columns: string[];
}

/** Numbers are read through their shortest spelling (`2.2` → "2.2"), the same text the exact path parses. */
const cellText = (v: Scalar | undefined): string => (v === null || v === undefined ? '' : String(v));
const toTextRow = (row: JsonRow): Record<string, string> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cellText(v)]));

/** The input columns in order of first appearance (a CSV header, or the union of JSON keys). */
function columnsOf(rows: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) if (r !== null && typeof r === 'object') for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

// Validation rebuilds each row with the known columns first; the caller's column order is read
// from the raw body before that, so CSV output keeps the input's column order as the CLI does.
const RAW_COLUMNS = new WeakMap<FastifyRequest, string[]>();

/** preValidation hook: remembers the column order of the raw `rows`. */
export async function rememberColumns(request: FastifyRequest): Promise<void> {
  const rows = (request.body as { rows?: unknown } | undefined)?.rows;
  if (Array.isArray(rows)) RAW_COLUMNS.set(request, columnsOf(rows));
}

export const inputColumns = (request: FastifyRequest): string[] | undefined => RAW_COLUMNS.get(request);

function merge(
  input: JsonRow[],
  computed: Record<string, string>[],
  columns: string[],
  allColumns: string[],
): OutputRow[] {
  const added = allColumns.slice(columns.length);
  return input.map((row, i) => {
    const out: OutputRow = {};
    for (const k of columns) if (row[k] !== undefined) out[k] = row[k] as Scalar;
    const c = computed[i] as Record<string, string>;
    for (const k of added) if (k in c) out[k] = c[k] as string;
    return out;
  });
}

/** POST /calc/aqi: the `ecocloud calc aqi` columns for each row. */
export function aqiOverHttp(
  body: CalcAqiBody,
  query: Pick<CalcAqiBody, 'standard' | 'mode'>,
  order?: string[],
): RowsResult {
  const rows = body.rows as JsonRow[];
  const errors: RowError[] = [];
  const computed = calcAqiRows(rows.map(toTextRow), {
    standard: body.standard ?? query.standard,
    mode: body.mode ?? query.mode,
    onError: (e) => errors.push(e),
  });
  const columns = order ?? columnsOf(rows);
  const all = aqiOutputColumns(columns);
  return { rows: merge(rows, computed, columns, all), errors, columns: all };
}

/** POST /calc/water-class: the `ecocloud calc water-class` columns for each row. */
export function waterOverHttp(
  body: CalcWaterBody,
  query: Pick<CalcWaterBody, 'waterBody' | 'targetClass'>,
  order?: string[],
): RowsResult {
  const rows = body.rows as JsonRow[];
  const errors: RowError[] = [];
  const target = body.targetClass ?? query.targetClass;
  // The schema already refused anything but classes 1-5.
  const targetClass = target === undefined ? undefined : (parseWaterClass(String(target)) as WaterClass);
  const computed = calcWaterClassRows(rows.map(toTextRow), {
    waterBody: body.waterBody ?? query.waterBody,
    targetClass,
    onError: (e) => errors.push(e),
  });
  const columns = order ?? columnsOf(rows);
  const all = waterOutputColumns(columns);
  return { rows: merge(rows, computed, columns, all), errors, columns: all };
}

/** POST /calc/air-evaluation: `ecocloud calc air-evaluation`'s three tables as JSON. */
export function airOverHttp(
  body: CalcAirBody,
  query: Pick<CalcAirBody, 'standard' | 'timeLabel'>,
): AirEvaluationResult {
  // A fixed-shape row per hour: 200,000 of them, so no generic entries/fromEntries round trip.
  const rows = body.rows.map((r) => ({
    station: r.station,
    city: r.city,
    time: r.time,
    so2: cellText(r.so2),
    no2: cellText(r.no2),
    co: cellText(r.co),
    o3: cellText(r.o3),
    pm10: cellText(r.pm10),
    pm2_5: cellText(r.pm2_5),
  }));
  return evaluateAir(rows, { standard: body.standard ?? query.standard, timeLabel: body.timeLabel ?? query.timeLabel });
}

/** text/csv request bodies become `{ rows }` (header row required, BOM accepted), then meet the same schema. */
export function parseCsvBody(
  _request: FastifyRequest,
  text: string | Buffer,
  done: (err: Error | null, body?: unknown) => void,
): void {
  try {
    const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    const header = (records[0] ?? []).map((h) => h.trim());
    if (header.length === 0) throw new Error('the CSV body has no header row');
    done(null, { rows: records.slice(1).map((r) => Object.fromEntries(header.map((c, i) => [c, r[i] ?? '']))) });
  } catch (e) {
    done(
      new AppError('VALIDATION_FAILED', `bad CSV body: ${e instanceof Error ? e.message : String(e)}`, [
        { path: 'body', message: 'not CSV' },
      ]),
    );
  }
}

export const wantsCsv = (request: FastifyRequest): boolean => (request.headers.accept ?? '').includes('text/csv');

/** Sends rows as CSV with the CLI's column order. */
export function sendCsv(reply: FastifyReply, result: RowsResult): FastifyReply {
  const text = csvText([result.columns, ...result.rows.map((r) => result.columns.map((c) => cellText(r[c])))]);
  return reply.type('text/csv; charset=utf-8').send(text);
}

const tooLarge = (limit: number) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `request body over ${limit / (1024 * 1024)} MiB without login; log in for larger calculations`,
  );

/**
 * preParsing hook: callers without a session may send at most `limit` bytes (the routes' own limits,
 * up to 32 MB, are for logged-in users). A declared length is refused at once; a chunked body is
 * cut off when it passes the limit, before the parser buffers the rest.
 */
export function limitAnonymousBody(limit: number) {
  return async (
    request: FastifyRequest,
    _reply: FastifyReply,
    payload: NodeJS.ReadableStream,
  ): Promise<NodeJS.ReadableStream> => {
    if (request.actor) return payload;
    if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge(limit);
    let seen = 0;
    const capped = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        seen += chunk.length;
        if (seen > limit) callback(tooLarge(limit));
        else callback(null, chunk);
      },
    });
    payload.on('error', (err) => capped.destroy(err));
    return payload.pipe(capped);
  };
}

/** Rows an anonymous caller may send to a route (logged-in callers get the schema's maximum). */
export function assertAnonymousRows(request: FastifyRequest, rows: number, max: number): void {
  if (request.actor || rows <= max) return;
  throw new AppError('VALIDATION_FAILED', `at most ${max} rows without login (got ${rows}); log in for more`, [
    { path: 'body.rows', message: `at most ${max} rows without login` },
  ]);
}
