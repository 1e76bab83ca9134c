import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  AppError,
  CreateStationBodySchema,
  STATION_KINDS,
  StationAttrsSchema,
  type ImportReport,
  type ImportRowError,
  type Station,
  type StationInput,
} from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { constraintKind } from '../../../db/db-errors';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import {
  codeFromLabel,
  contractCheck,
  rowError,
  runImport,
  snakeColumn,
  typedCell,
  type ImportMode,
} from '../../../platform/import-export/import-runner';
import { csvText } from '../../../platform/import-export/csv-safe';
import { readTable, writeTable, type TableFormat } from '../../../platform/import-export/table-io';
import { resolveRegion } from '../../../platform/regions';
import { orgPathInScope } from '../../../platform/scope/data-scope';
import { liveness } from './liveness';
import * as repo from './stations.repository';
import { dictionaryEntries } from '../../../platform/dictionaries/dictionary-reads';
import { owningOrgOfRegion } from '../../../platform/orgs/org-reads';

const SYSTEM_CONTEXT: AuditContext = {
  actorId: null,
  actorName: 'system',
  actorOrgId: null,
  requestId: null,
  ip: null,
};

function toStation(r: repo.StationRow, now: Date): Station {
  const attrs = JSON.parse(r.attrs) as Station['attrs'];
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as Station['kind'],
    regionCode: r.region_code,
    orgId: r.org_id,
    lon: r.lon,
    lat: r.lat,
    parameters: JSON.parse(r.parameters) as string[],
    status: r.status as Station['status'],
    attrs,
    lastDataAt: r.last_data_at,
    liveness: liveness(r.last_data_at, attrs.intervalSeconds, now),
  };
}

/** One page of the list: the parsed query (filters, page, sort). */
export type StationPageQuery = Parameters<typeof repo.listStations>[2];

export async function listStations({ db, clock }: ServiceDeps, actor: Actor, q: StationPageQuery) {
  const { rows, total } = await repo.listStations(db, actor, q);
  const now = clock.now();
  return { items: rows.map((r) => toStation(r, now)), total };
}

/** A station named by its id or its code (the route's `:id`). */
export type StationRef = { id: string };

export async function getStation(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { id: idOrCode }: StationRef,
): Promise<Station> {
  const row = await repo.findStationInScope(db, actor, idOrCode);
  if (!row) throw new AppError('STATION_NOT_FOUND', `station ${idOrCode} not found`);
  return toStation(row, clock.now());
}

/** A station as the route, the import and the seeders hand it over (defaults not yet applied). */
export type { StationInput };

const notCovered = (regionCode: string) =>
  `no organisation covers region ${regionCode}: create the province's organisations with \`ecocloud init --province ${regionCode.slice(0, 2)}0000\` (or the first-run page)`;

/** The owner follows the region; the caller must be able to see that owner (no planting records elsewhere). */
async function ownerFor(db: Kysely<Database>, actor: Actor | null, regionCode: string): Promise<string> {
  const org = await owningOrgOfRegion(db, regionCode);
  if (!org) {
    // Nothing to be in scope of: the province was never set up on this database.
    throw new AppError('REGION_NOT_COVERED', notCovered(regionCode), [
      { path: 'body.regionCode', message: `no organisation for ${regionCode.slice(0, 2)}0000` },
    ]);
  }
  if (actor && !orgPathInScope(actor, org.id, org.path)) {
    throw new AppError('STATION_OUTSIDE_SCOPE', `region ${regionCode} is outside your data scope`, [
      { path: 'body.regionCode', message: 'outside your scope' },
    ]);
  }
  return org.id;
}

/**
 * National stations (air_national) make their city's assessment unless marked otherwise: without an
 * isEvaluation attribute they get `true`, the boolean the ranking asks for (attrs.isEvaluation === true).
 */
function withEvaluationDefault(kind: string, attrs: Station['attrs']): Station['attrs'] {
  return kind === 'air_national' && attrs.isEvaluation === undefined ? { ...attrs, isEvaluation: true } : attrs;
}

/** Registers a station in the caller's transaction; `actor` null for the system (seeders, the CLI import). */
export async function insertStation(
  { db, clock }: ServiceDeps,
  actor: Actor | null,
  s: StationInput,
): Promise<Station> {
  const orgId = await ownerFor(db, actor, s.regionCode);
  const now = clock.now().toISOString();
  const row: repo.StationRow = {
    id: randomUUID(),
    code: s.code,
    name: s.name,
    kind: s.kind,
    region_code: s.regionCode,
    org_id: orgId,
    lon: s.lon ?? null,
    lat: s.lat ?? null,
    parameters: JSON.stringify(s.parameters ?? []),
    status: s.status ?? 'active',
    attrs: JSON.stringify(withEvaluationDefault(s.kind, s.attrs ?? {})),
    last_data_at: null,
    created_at: now,
    updated_at: now,
  };
  try {
    await repo.insertStationRow(db, row);
  } catch (err) {
    if (constraintKind(err) === 'unique')
      throw new AppError('CONFLICT', `station code ${s.code} exists`, [{ path: 'body.code', message: 'exists' }]);
    throw err;
  }
  const station = toStation(row, clock.now());
  const who = actor ? auditContextOf(actor) : SYSTEM_CONTEXT;
  await appendAudit(db, clock, who, {
    action: 'station.create',
    entityType: 'station',
    entityId: row.id,
    after: station,
  });
  return station;
}

export function createStation({ db, clock }: ServiceDeps, actor: Actor, s: StationInput): Promise<Station> {
  return db.transaction().execute((trx) => insertStation({ db: trx, clock }, actor, s));
}

/** A change to one station: which (id or code) and the fields to set. */
export type StationUpdate = StationRef & { patch: Partial<StationInput> };

export async function updateStation(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { id, patch }: StationUpdate,
): Promise<Station> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findStationInScope(trx, actor, id);
    if (!before) throw new AppError('STATION_NOT_FOUND', 'station not found');
    const set: Partial<repo.StationRow> = { updated_at: clock.now().toISOString() };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.kind !== undefined) set.kind = patch.kind;
    if (patch.regionCode !== undefined) {
      set.region_code = patch.regionCode;
      set.org_id = await ownerFor(trx, actor, patch.regionCode);
    }
    if (patch.lon !== undefined) set.lon = patch.lon;
    if (patch.lat !== undefined) set.lat = patch.lat;
    if (patch.parameters !== undefined) set.parameters = JSON.stringify(patch.parameters);
    if (patch.status !== undefined) set.status = patch.status;
    if (patch.attrs !== undefined) set.attrs = JSON.stringify(patch.attrs);
    await repo.updateStationInScope(trx, actor, before.id, set);
    const after = toStation({ ...before, ...set }, clock.now());
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'station.update',
      entityType: 'station',
      entityId: before.id,
      before: toStation(before, clock.now()),
      after,
    });
    return after;
  });
}

const EXPORT_COLUMNS = ['code', 'name', 'kind', 'region_code', 'lon', 'lat', 'status', 'parameters', 'attrs'];

/** The export's query: the file format and the list's filters. */
export type StationExportQuery = repo.StationFilter & { format: TableFormat };

export async function exportStations(
  { db }: ServiceDeps,
  actor: Actor,
  { format, ...filter }: StationExportQuery,
): Promise<Buffer> {
  const rows = await repo.allStationsInScope(db, actor, filter);
  const cols = EXPORT_COLUMNS.map((k) => ({ key: k, header: k }));
  return writeTable(
    cols,
    rows.map((r) => ({ ...r, parameters: (JSON.parse(r.parameters) as string[]).join(';') })),
    format,
    'stations',
  );
}

const FIXED_COLUMNS = ['code', 'name', 'kind', 'region_code', 'lon', 'lat', 'status', 'parameters'];

/**
 * The attribute columns an import reads, each typed by its contract field (StationAttrsSchema): the
 * column is named as the field (`isEvaluation`) or in snake case (`is_evaluation`).
 */
const ATTR_FIELDS = StationAttrsSchema.shape;
type AttrKey = keyof typeof ATTR_FIELDS;
const ATTR_COLUMNS = new Map<string, AttrKey>(
  (Object.keys(ATTR_FIELDS) as AttrKey[]).flatMap(
    (k) =>
      [
        [k, k],
        [snakeColumn([k]), k],
      ] as [string, AttrKey][],
  ),
);

/** The import template: every column the import reads (fixed, then the attributes) and one example row. */
export function stationImportTemplate(): Buffer {
  const example: Record<string, string> = {
    code: 'GX-A-450100-9',
    name: '南宁市示例站',
    kind: 'air_national',
    region_code: '450100',
    lon: '108.32',
    lat: '22.82',
    status: 'active',
    parameters: 'so2;no2;pm10;pm2_5;co;o3',
    isEvaluation: '是',
    intervalSeconds: '3600',
  };
  const header = [...FIXED_COLUMNS, ...Object.keys(ATTR_FIELDS)];
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(csvText([header, header.map((h) => example[h] ?? '')]))]);
}

/**
 * Station import (`code, name, kind, region_code, lon, lat` plus optional `status, parameters`
 * (`;`-separated) and the typed attribute columns of ATTR_FIELDS; any other column is refused). `region_code` also accepts a region name from
 * the region dictionary, `kind` a station-type label: labels are translated to codes. Each row is
 * then checked by the API's own schema (CreateStationBodySchema), and what the apply would refuse
 * (a region no organisation covers or outside the caller's scope, a code owned elsewhere) is a row
 * error already in the dry run, so that a dry run predicts the import.
 */
/** An import: the uploaded file and the parsed import query. */
export type StationImport = {
  file: { data: Buffer; format: TableFormat; filename?: string };
  dryRun: boolean;
  mode: ImportMode;
};

export async function importStations(
  { db, clock }: ServiceDeps,
  actor: Actor | null,
  { file, ...opts }: StationImport,
) {
  const table = await readTable(file.data, file.format);
  const missing = ['code', 'name', 'kind', 'region_code'].filter((c) => !table.header.includes(c));
  if (missing.length)
    throw new AppError(
      'VALIDATION_FAILED',
      `missing columns: ${missing.join(', ')}`,
      missing.map((m) => ({ path: `file.${m}`, message: 'missing column' })),
    );
  const dict = (code: string) => dictionaryEntries(db, code);
  const regions = await dict('region');
  const kinds = await dict('station_type');
  const regionOf = (text: string) => {
    const region = resolveRegion(regions, text);
    return 'code' in region ? region.code : undefined;
  };
  const owners = await ownersOf(
    db,
    actor,
    table.rows.map((r) => regionOf(r.region_code ?? '')),
  );
  const outsideScope = await codesOutsideScope(
    db,
    actor,
    table.rows.map((r) => r.code ?? ''),
  );
  const attrColumns = table.header.flatMap((h) => (ATTR_COLUMNS.has(h) ? [[h, ATTR_COLUMNS.get(h)!] as const] : []));
  const unknown = table.header.filter((h) => h !== '' && !FIXED_COLUMNS.includes(h) && !ATTR_COLUMNS.has(h));
  const headerErrors = unknown.map((h) =>
    rowError(
      1,
      h,
      'UNKNOWN_COLUMN',
      `unknown column "${h}"; attribute columns are ${Object.keys(ATTR_FIELDS).join(', ')}`,
    ),
  );
  // The file column of a field of the station body: `regionCode` → `region_code`, `attrs.isEvaluation` → the column that held it.
  const attrColumnOf = new Map(attrColumns.map(([column, key]) => [key as PropertyKey, column]));
  const stationColumn = (path: PropertyKey[]) =>
    path[0] === 'attrs' && path.length > 1 ? (attrColumnOf.get(path[1]!) ?? String(path[1])) : snakeColumn(path);
  const seen = new Set<string>();
  const counts = { created: 0, updated: 0 };
  // One entry per import (besides each created station's own): who, which file, what it did.
  const audited = async (trx: Kysely<Database>, report: ImportReport) => {
    if (!report.dryRun) {
      await appendAudit(trx, clock, actor ? auditContextOf(actor) : SYSTEM_CONTEXT, {
        action: 'station.import',
        entityType: 'stations',
        after: {
          file: file.filename ?? null,
          mode: report.mode,
          total: report.total,
          valid: report.valid,
          applied: report.applied,
          ...counts,
          refused: report.total - report.valid,
        },
      });
    }
    return report;
  };
  return db.transaction().execute(async (trx) =>
    audited(
      trx,
      await runImport<StationInput>({
        rows: table.rows,
        dryRun: opts.dryRun,
        mode: opts.mode,
        headerErrors,
        validate: (r, row) => {
          const errors: ImportRowError[] = [];
          const code = r.code ?? '';
          if (seen.has(code)) errors.push(rowError(row, 'code', 'DUPLICATE', `code ${code} appears twice`));
          else if (outsideScope.has(code))
            errors.push(rowError(row, 'code', 'OUT_OF_SCOPE', `station ${code} exists outside your data scope`));
          seen.add(code);
          const kind = codeFromLabel(kinds, r.kind ?? '') ?? r.kind;
          if (!STATION_KINDS.includes(kind as Station['kind']))
            errors.push(rowError(row, 'kind', 'UNKNOWN_KIND', `unknown station kind "${r.kind}"`));
          const region = resolveRegion(regions, r.region_code ?? '');
          const regionCode = 'code' in region ? region.code : undefined;
          const owner = regionCode === undefined ? undefined : owners.get(regionCode);
          if ('error' in region) errors.push(rowError(row, 'region_code', region.error, region.message));
          else if (owner && owner.code !== 'ok') errors.push(rowError(row, 'region_code', owner.code, owner.message));
          const attrs: Record<string, unknown> = {};
          for (const [column, key] of attrColumns) if (r[column]) attrs[key] = typedCell(ATTR_FIELDS[key], r[column]);
          Object.assign(attrs, withEvaluationDefault(kind ?? '', attrs));
          const body = {
            code,
            name: r.name ?? '',
            kind,
            regionCode: regionCode ?? r.region_code,
            lon: r.lon ? Number(r.lon) : null,
            lat: r.lat ? Number(r.lat) : null,
            parameters: r.parameters
              ? r.parameters
                  .split(/[;,]/)
                  .map((p) => p.trim())
                  .filter(Boolean)
              : [],
            status: r.status || 'active',
            attrs,
          };
          const checked = contractCheck(CreateStationBodySchema, body, row, stationColumn, errors);
          errors.push(...checked.errors);
          return errors.length ? { errors } : { errors, value: checked.value! };
        },
        apply: async (valid) => {
          for (const { value } of valid) {
            const existing = await repo.findStationByCode(trx, value.code);
            if (existing) {
              counts.updated++;
              await repo.updateStationRow(trx, existing.id, {
                name: value.name,
                kind: value.kind,
                region_code: value.regionCode,
                org_id: await ownerFor(trx, actor, value.regionCode),
                lon: value.lon ?? null,
                lat: value.lat ?? null,
                parameters: JSON.stringify(value.parameters),
                status: value.status ?? 'active',
                attrs: JSON.stringify(value.attrs),
                updated_at: clock.now().toISOString(),
              });
            } else {
              counts.created++;
              await insertStation({ db: trx, clock }, actor, value);
            }
          }
          return valid.length;
        },
      }),
    ),
  );
}

/** Per region of the file: 'ok' when an organisation covers it within the caller's scope, else why not. */
async function ownersOf(
  db: Kysely<Database>,
  actor: Actor | null,
  regionCodes: (string | undefined)[],
): Promise<Map<string, { code: 'ok' | 'REGION_NOT_COVERED' | 'OUT_OF_SCOPE'; message: string }>> {
  const out = new Map<string, { code: 'ok' | 'REGION_NOT_COVERED' | 'OUT_OF_SCOPE'; message: string }>();
  for (const code of new Set(regionCodes)) {
    if (!code) continue;
    const org = await owningOrgOfRegion(db, code);
    if (!org) out.set(code, { code: 'REGION_NOT_COVERED', message: notCovered(code) });
    else if (actor && !orgPathInScope(actor, org.id, org.path))
      out.set(code, { code: 'OUT_OF_SCOPE', message: `region ${code} is outside your data scope` });
    else out.set(code, { code: 'ok', message: '' });
  }
  return out;
}

/** Codes of the file that name existing stations the caller may not change. */
async function codesOutsideScope(db: Kysely<Database>, actor: Actor | null, codes: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  if (!actor) return out;
  const unique = [...new Set(codes.filter(Boolean))];
  for (let i = 0; i < unique.length; i += 500) {
    const slice = unique.slice(i, i + 500);
    const { all, visible } = await repo.stationCodesWithScope(db, actor, slice);
    for (const code of all) if (!visible.has(code)) out.add(code);
  }
  return out;
}
