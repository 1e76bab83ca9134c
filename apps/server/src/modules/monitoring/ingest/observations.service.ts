import type { Kysely } from 'kysely';
import { AppError, ObservationInputSchema, type ImportReplacement, type ImportRowError } from '@ecocloud/contracts';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import {
  contractCheck,
  instantOf,
  rowError,
  runImport,
  type ImportMode,
} from '../../../platform/import-export/import-runner';
import { readTable, type TableFormat } from '../../../platform/import-export/table-io';
import { stationIdsByCode, stationsInScopeByCodeOrId } from '../stations/stations.repository';
import { storedValues as storedValuesOf } from './observations.repository';
import { storeReadings } from './ingest.service';
import { writeReadings } from './write-readings';
import { parseValue, type Period, type Reading } from './reading';

/** Station codes → ids, limited to the stations the actor may write to. */
async function writableStations(db: Kysely<Database>, actor: Actor, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  const map = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await stationsInScopeByCodeOrId(db, actor, unique.slice(i, i + 500));
    for (const r of rows) {
      map.set(r.code, r.id);
      map.set(r.id, r.id);
    }
  }
  return map;
}

type ObservationInput = {
  station: string;
  parameter: string;
  period: Period;
  time: string;
  value: number | string | null;
  flag?: string | null | undefined;
};

/** The writes go through writeReadings, which needs the dialect: the database handle, not only Kysely. */
type IngestDeps = ServiceDeps & { db: Db };

/** A batch of readings as the API receives it (ObservationBatchSchema). */
export type ObservationBatch = { readings: ObservationInput[] };

/**
 * HTTP batch ingestion: every reading is checked (station in the caller's scope, a numeric value);
 * the valid ones are stored in one transaction and the rest reported by index. Idempotent by key.
 */
export async function ingestBatch({ db, clock }: IngestDeps, actor: Actor, { readings: inputs }: ObservationBatch) {
  const stations = await writableStations(
    db,
    actor,
    inputs.map((i) => i.station),
  );
  const errors: { index: number; field: string; message: string }[] = [];
  const readings: Reading[] = [];
  inputs.forEach((input, index) => {
    const stationId = stations.get(input.station);
    if (!stationId) {
      errors.push({ index, field: 'station', message: `station ${input.station} not found in your scope` });
      return;
    }
    const text = input.value === null ? null : String(input.value);
    const value = parseValue(text);
    if (text !== null && value === null) {
      errors.push({ index, field: 'value', message: `not a number: ${text}` });
      return;
    }
    readings.push({
      stationId,
      parameter: input.parameter,
      period: input.period,
      periodStart: new Date(input.time).toISOString(),
      value,
      valueText: text,
      flag: input.flag ?? null,
    });
  });
  const stored = await storeReadings(db, clock, readings, 'http');
  return { stored, errors };
}

const ID_COLUMNS = new Set(['station', 'time']);
const CELL_FIELDS = { value: ObservationInputSchema.shape.value, flag: ObservationInputSchema.shape.flag };
const SYSTEM: AuditContext = { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null };
/** How many differing values a report lists (the count covers them all). */
const DIFFERING_LISTED = 50;

type StoredValue = { value: number | null; flag: string | null };
const keyOf = (r: Pick<Reading, 'stationId' | 'parameter' | 'period' | 'periodStart'>) =>
  `${r.stationId}|${r.parameter}|${r.period}|${r.periodStart}`;

/** No flag and N both mean a normal value (HJ 212): a file without a flag column does not differ from N. */
const sameFlag = (a: string | null, b: string | null) => (a || 'N') === (b || 'N');

/** The stored values at the keys of `readings`: one query per station and period over the file's time span. */
async function storedValues(
  db: Kysely<Database>,
  readings: readonly Reading[],
): Promise<(r: Reading) => StoredValue | undefined> {
  const groups = new Map<
    string,
    { stationId: string; period: string; from: string; to: string; parameters: Set<string> }
  >();
  for (const r of readings) {
    const g = groups.get(`${r.stationId}|${r.period}`);
    if (!g)
      groups.set(`${r.stationId}|${r.period}`, {
        stationId: r.stationId,
        period: r.period,
        from: r.periodStart,
        to: r.periodStart,
        parameters: new Set([r.parameter]),
      });
    else {
      g.parameters.add(r.parameter);
      if (r.periodStart < g.from) g.from = r.periodStart;
      if (r.periodStart > g.to) g.to = r.periodStart;
    }
  }
  // station|period → parameter → period start → stored value
  const stored = new Map<string, Map<string, Map<string, StoredValue>>>();
  for (const [groupKey, g] of groups) {
    const rows = await storedValuesOf(db, { ...g, parameters: [...g.parameters] });
    if (rows.length === 0) continue;
    const byParameter = new Map<string, Map<string, StoredValue>>();
    for (const o of rows) {
      let byTime = byParameter.get(o.parameter);
      if (!byTime) byParameter.set(o.parameter, (byTime = new Map()));
      byTime.set(o.period_start, { value: o.value, flag: o.flag });
    }
    stored.set(groupKey, byParameter);
  }
  return (r) => stored.get(`${r.stationId}|${r.period}`)?.get(r.parameter)?.get(r.periodStart);
}

/** An import: the uploaded file, the parsed import query and the period its rows label. */
export type ObservationImport = {
  file: { data: Buffer; format: TableFormat; filename?: string };
  dryRun: boolean;
  mode: ImportMode;
  period: Period;
  replace?: boolean;
};

/**
 * Wide-form files (`station, time`, then one column per parameter and optional `<parameter>_flag`;
 * `time` in ISO 8601 with its offset, or a Beijing wall-clock time such as `2026/3/1 10:00` as Excel
 * writes it, labelling the period's start): the CLI and the upload page.
 *
 * Values already stored for a key are compared with the file: equal ones are rewritten harmlessly,
 * differing ones are counted and listed in the report (`differing`, dry run included) and replaced
 * only when `replace` is asked for; otherwise the stored value is kept and the file's skipped.
 * A real import (not a dry run) writes one audit entry: who, the file, rows, values written,
 * replaced and skipped, in the transaction of its writes.
 */
export async function importObservations(
  { db, clock }: IngestDeps,
  actor: Actor | null,
  { file, ...opts }: ObservationImport,
) {
  const table = await readTable(file.data, file.format);
  if (!table.header.includes('station') || !table.header.includes('time')) {
    throw new AppError('VALIDATION_FAILED', 'the header must name station and time', [
      { path: 'file', message: 'missing station/time' },
    ]);
  }
  const params = table.header.filter((h) => !ID_COLUMNS.has(h) && !h.endsWith('_flag') && h !== '');
  const headerErrors = params.flatMap(
    (p) => contractCheck(ObservationInputSchema.shape.parameter, p, 1, () => p).errors,
  );
  const codes = table.rows.map((r) => r.station ?? '');
  const stations = actor
    ? await writableStations(db, actor, codes)
    : new Map(
        (await stationIdsByCode(db)).flatMap(
          (s) =>
            [
              [s.code, s.id],
              [s.id, s.id],
            ] as const,
        ),
      );
  const replace = opts.replace === true;
  const skipped = new Set<string>();
  let differingCount = 0;
  let written = 0;
  const audit = (trx: Kysely<Database>, report: { total: number; valid: number; applied: number; refused: number }) =>
    appendAudit(trx, clock, actor ? auditContextOf(actor) : SYSTEM, {
      action: 'observation.import',
      entityType: 'observations',
      after: {
        file: file.filename ?? null,
        period: opts.period,
        mode: opts.mode,
        ...report,
        values: written,
        replaced: replace ? differingCount : 0,
        skipped: replace ? 0 : differingCount,
      },
    });
  let audited = false;
  const report = await runImport<{ station: string; readings: Reading[] }>({
    rows: table.rows,
    dryRun: opts.dryRun,
    mode: opts.mode,
    headerErrors,
    validate: (r, row) => {
      const errors: ImportRowError[] = [];
      const stationId = stations.get(r.station ?? '');
      if (!stationId)
        errors.push(
          rowError(
            row,
            'station',
            'UNKNOWN_STATION',
            `station "${r.station}" not found${actor ? ' in your scope' : ''}`,
          ),
        );
      const time = r.time ?? '';
      const periodStart = instantOf(time);
      if (!periodStart)
        errors.push(
          rowError(
            row,
            'time',
            'BAD_TIME',
            `time must be ISO 8601 with an offset or a Beijing time like 2026-03-01 10:00, got "${time}"`,
          ),
        );
      const readings: Reading[] = [];
      for (const p of params) {
        const text = r[p] ?? '';
        if (text === '') continue;
        const value = parseValue(text);
        if (value === null) {
          errors.push(rowError(row, p, 'NOT_A_NUMBER', `"${text}" is not a number`));
          continue;
        }
        // The API's limits hold for a file's cells too: the value text and the flag by the fields of
        // ObservationInputSchema (cell by cell), the parameter by its field once, on the header row.
        const flag = r[`${p}_flag`] || null;
        errors.push(...contractCheck(CELL_FIELDS.value, text, row, () => p, errors).errors);
        if (flag !== null) errors.push(...contractCheck(CELL_FIELDS.flag, flag, row, () => `${p}_flag`, errors).errors);
        if (stationId && !errors.length) {
          readings.push({
            stationId,
            parameter: p,
            period: opts.period,
            periodStart: periodStart!,
            value,
            valueText: text,
            flag,
          });
        }
      }
      return errors.length ? { errors } : { errors, value: { station: r.station ?? '', readings } };
    },
    review: async (valid) => {
      const storedAt = await storedValues(
        db,
        valid.flatMap((v) => v.value.readings),
      );
      const items: ImportReplacement[] = [];
      for (const { row, value } of valid) {
        for (const r of value.readings) {
          const old = storedAt(r);
          if (!old || (old.value === r.value && sameFlag(old.flag, r.flag))) continue;
          differingCount++;
          if (!replace) skipped.add(keyOf(r));
          if (items.length < DIFFERING_LISTED) {
            items.push({
              row,
              station: value.station,
              parameter: r.parameter,
              periodStart: r.periodStart,
              old,
              new: { value: r.value, flag: r.flag },
            });
          }
        }
      }
      return { differing: { count: differingCount, replace, items } };
    },
    apply: async (valid) => {
      const readings = valid.flatMap((v) => v.value.readings).filter((r) => !skipped.has(keyOf(r)));
      written = readings.length;
      await db.transaction().execute(async (trx) => {
        await writeReadings(db, trx, clock, readings, 'import');
        await audit(trx, {
          total: table.rows.length,
          valid: valid.length,
          applied: valid.length,
          refused: table.rows.length - valid.length,
        });
      });
      audited = true;
      return valid.length;
    },
  });
  if (!report.dryRun && !audited) {
    await db
      .transaction()
      .execute((trx) =>
        audit(trx, { total: report.total, valid: report.valid, applied: 0, refused: report.total - report.valid }),
      );
  }
  return report;
}
