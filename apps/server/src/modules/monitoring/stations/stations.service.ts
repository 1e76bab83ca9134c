import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, STATION_KINDS, type Station } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { constraintKind } from '../../../db/db-errors';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import type { Clock } from '../../../platform/clock';
import { codeFromLabel, rowError, runImport, type ImportMode } from '../../../platform/import-export/import-runner';
import { readTable, writeTable, type TableFormat } from '../../../platform/import-export/table-io';
import { resolveRegion } from '../../../platform/regions';
import { orgPathInScope } from '../../../platform/scope/data-scope';
import { liveness } from './liveness';
import * as repo from './stations.repository';

export function toStation(r: repo.StationRow, now: Date): Station {
  const attrs = JSON.parse(r.attrs) as Station['attrs'];
  return {
    id: r.id, code: r.code, name: r.name, kind: r.kind as Station['kind'], regionCode: r.region_code, orgId: r.org_id, lon: r.lon, lat: r.lat,
    parameters: JSON.parse(r.parameters) as string[], status: r.status as Station['status'], attrs, lastDataAt: r.last_data_at,
    liveness: liveness(r.last_data_at, attrs.intervalSeconds, now),
  };
}

export async function listStations(db: Kysely<Database>, clock: Clock, actor: Actor, q: Parameters<typeof repo.listStations>[2]) {
  const { rows, total } = await repo.listStations(db, actor, q);
  const now = clock.now();
  return { items: rows.map((r) => toStation(r, now)), total };
}

export async function getStation(db: Kysely<Database>, clock: Clock, actor: Actor, idOrCode: string): Promise<Station> {
  const row = await repo.findStationInScope(db, actor, idOrCode);
  if (!row) throw new AppError('NOT_FOUND', `station ${idOrCode} not found`);
  return toStation(row, clock.now());
}

export type StationInput = {
  code: string; name: string; kind: Station['kind']; regionCode: string; lon?: number | null | undefined; lat?: number | null | undefined;
  parameters?: string[] | undefined; status?: Station['status'] | undefined; attrs?: Station['attrs'] | undefined;
};

/** The owner follows the region; the caller must be able to see that owner (no planting records elsewhere). */
async function ownerFor(db: Kysely<Database>, actor: Actor | null, regionCode: string): Promise<string> {
  const org = await repo.owningOrgOf(db, regionCode);
  if (!org) {
    // Nothing to be in scope of: the province was never set up on this database.
    const province = `${regionCode.slice(0, 2)}0000`;
    throw new AppError('REGION_NOT_COVERED', `no organisation covers region ${regionCode}: create the province's organisations with \`ecocloud init --province ${province}\` (or the first-run page)`,
      [{ path: 'body.regionCode', message: `no organisation for ${province}` }]);
  }
  if (actor && !orgPathInScope(actor, org.id, org.path)) {
    throw new AppError('FORBIDDEN', `region ${regionCode} is outside your data scope`, [{ path: 'body.regionCode', message: 'outside your scope' }]);
  }
  return org.id;
}

export async function insertStation(db: Kysely<Database>, clock: Clock, actor: Actor | null, s: StationInput, ctx?: AuditContext): Promise<Station> {
  const orgId = await ownerFor(db, actor, s.regionCode);
  const now = clock.now().toISOString();
  const row: repo.StationRow = {
    id: randomUUID(), code: s.code, name: s.name, kind: s.kind, region_code: s.regionCode, org_id: orgId, lon: s.lon ?? null, lat: s.lat ?? null,
    parameters: JSON.stringify(s.parameters ?? []), status: s.status ?? 'active', attrs: JSON.stringify(s.attrs ?? {}), last_data_at: null, created_at: now, updated_at: now,
  };
  try {
    await db.insertInto('stations').values(row).execute();
  } catch (err) {
    if (constraintKind(err) === 'unique') throw new AppError('CONFLICT', `station code ${s.code} exists`, [{ path: 'body.code', message: 'exists' }]);
    throw err;
  }
  const station = toStation(row, clock.now());
  const who = ctx ?? (actor ? auditContextOf(actor) : { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null });
  await appendAudit(db, clock, who, { action: 'station.create', entityType: 'station', entityId: row.id, after: station });
  return station;
}

export function createStation(db: Kysely<Database>, clock: Clock, actor: Actor, s: StationInput): Promise<Station> {
  return db.transaction().execute((trx) => insertStation(trx, clock, actor, s));
}

export async function updateStation(db: Kysely<Database>, clock: Clock, actor: Actor, id: string, patch: Partial<StationInput>): Promise<Station> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findStationInScope(trx, actor, id);
    if (!before) throw new AppError('NOT_FOUND', 'station not found');
    const set: Partial<repo.StationRow> = { updated_at: clock.now().toISOString() };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.kind !== undefined) set.kind = patch.kind;
    if (patch.regionCode !== undefined) { set.region_code = patch.regionCode; set.org_id = await ownerFor(trx, actor, patch.regionCode); }
    if (patch.lon !== undefined) set.lon = patch.lon;
    if (patch.lat !== undefined) set.lat = patch.lat;
    if (patch.parameters !== undefined) set.parameters = JSON.stringify(patch.parameters);
    if (patch.status !== undefined) set.status = patch.status;
    if (patch.attrs !== undefined) set.attrs = JSON.stringify(patch.attrs);
    await trx.updateTable('stations').set(set).where('id', '=', before.id).where(repo.stationScope(actor)).execute();
    const after = toStation({ ...before, ...set }, clock.now());
    await appendAudit(trx, clock, auditContextOf(actor), { action: 'station.update', entityType: 'station', entityId: before.id, before: toStation(before, clock.now()), after });
    return after;
  });
}

const EXPORT_COLUMNS = ['code', 'name', 'kind', 'region_code', 'lon', 'lat', 'status', 'parameters', 'attrs'];

export async function exportStations(db: Kysely<Database>, actor: Actor, format: TableFormat, filter: repo.StationFilter): Promise<Buffer> {
  const rows = await repo.allStationsInScope(db, actor, filter);
  const cols = EXPORT_COLUMNS.map((k) => ({ key: k, header: k }));
  return writeTable(cols, rows.map((r) => ({ ...r, parameters: (JSON.parse(r.parameters) as string[]).join(';') })), format, 'stations');
}

/**
 * Station import (`code, name, kind, region_code, lon, lat` plus optional `status, parameters`
 * (`;`-separated) and any other column into attrs). `region_code` also accepts a region name from
 * the region dictionary, `kind` a station-type label: labels are translated to codes.
 */
export async function importStations(
  db: Kysely<Database>, clock: Clock, actor: Actor | null, file: { data: Buffer; format: TableFormat }, opts: { dryRun: boolean; mode: ImportMode },
) {
  const table = await readTable(file.data, file.format);
  const missing = ['code', 'name', 'kind', 'region_code'].filter((c) => !table.header.includes(c));
  if (missing.length) throw new AppError('VALIDATION_FAILED', `missing columns: ${missing.join(', ')}`, missing.map((m) => ({ path: `file.${m}`, message: 'missing column' })));
  const dict = async (code: string) => (await db.selectFrom('dictionary_entries').select(['code', 'label', 'label_en']).where('dict_code', '=', code).execute())
    .map((e) => ({ code: e.code, label: e.label, labelEn: e.label_en }));
  const regions = await dict('region');
  const kinds = await dict('station_type');
  const seen = new Set<string>();
  return db.transaction().execute((trx) => runImport<StationInput>({
    rows: table.rows, dryRun: opts.dryRun, mode: opts.mode,
    validate: (r, row) => {
      const errors = [];
      const code = r.code ?? '';
      if (!code) errors.push(rowError(row, 'code', 'REQUIRED', 'code is required'));
      else if (seen.has(code)) errors.push(rowError(row, 'code', 'DUPLICATE', `code ${code} appears twice`));
      seen.add(code);
      if (!r.name) errors.push(rowError(row, 'name', 'REQUIRED', 'name is required'));
      const kind = codeFromLabel(kinds, r.kind ?? '') ?? r.kind;
      if (!STATION_KINDS.includes(kind as Station['kind'])) errors.push(rowError(row, 'kind', 'UNKNOWN_KIND', `unknown station kind "${r.kind}"`));
      const region = resolveRegion(regions, r.region_code ?? '');
      const regionCode = 'code' in region ? region.code : undefined;
      if ('error' in region) errors.push(rowError(row, 'region_code', region.error, region.message));
      const lon = r.lon ? Number(r.lon) : null;
      const lat = r.lat ? Number(r.lat) : null;
      if (lon !== null && !(lon >= -180 && lon <= 180)) errors.push(rowError(row, 'lon', 'OUT_OF_RANGE', 'lon must be within -180..180'));
      if (lat !== null && !(lat >= -90 && lat <= 90)) errors.push(rowError(row, 'lat', 'OUT_OF_RANGE', 'lat must be within -90..90'));
      const attrs: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) {
        if (!['code', 'name', 'kind', 'region_code', 'lon', 'lat', 'status', 'parameters'].includes(k) && v !== '') attrs[k] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
      }
      if (errors.length) return { errors };
      return { errors, value: { code, name: r.name!, kind: kind as Station['kind'], regionCode: regionCode!, lon, lat,
        parameters: r.parameters ? r.parameters.split(/[;,]/).map((p) => p.trim()).filter(Boolean) : [], status: 'active', attrs } };
    },
    apply: async (valid) => {
      for (const { value } of valid) {
        const existing = await repo.findStationByCode(trx, value.code);
        if (existing && actor && !(await repo.findStationInScope(trx, actor, existing.id))) {
          throw new AppError('FORBIDDEN', `station ${value.code} exists outside your data scope`);
        }
        if (existing) {
          await trx.updateTable('stations').set({ name: value.name, kind: value.kind, region_code: value.regionCode, lon: value.lon ?? null, lat: value.lat ?? null,
            parameters: JSON.stringify(value.parameters), attrs: JSON.stringify(value.attrs), updated_at: clock.now().toISOString() }).where('id', '=', existing.id).execute();
        } else {
          await insertStation(trx, clock, actor, value);
        }
      }
      return valid.length;
    },
  }));
}
