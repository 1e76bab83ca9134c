import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { AppError } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { writeTable, type TableFormat } from '../../../platform/import-export/table-io';
import * as stations from '../stations/stations.repository';

type SeriesQuery = {
  station: string;
  parameter?: string | undefined;
  period: string;
  from: string;
  to: string;
  after?: string | undefined;
  limit: number;
};
export type SeriesPoint = {
  parameter: string;
  periodStart: string;
  value: number | null;
  flag: string | null;
  count?: number;
  isValid?: boolean;
};

const encodeCursor = (p: SeriesPoint) => Buffer.from(`${p.periodStart}|${p.parameter}`).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  const [ps, param] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!ps || !param)
    throw new AppError('VALIDATION_FAILED', 'bad cursor', [
      { path: 'querystring.after', message: 'not a cursor from this API' },
    ]);
  return [ps, param];
}

/** Keyset pagination on (period_start, parameter): rows strictly after the cursor's pair (both tables have the columns). */
function afterCursor([periodStart, parameter]: [string, string]): Expression<SqlBool> {
  return sql<SqlBool>`(period_start > ${periodStart} or (period_start = ${periodStart} and parameter > ${parameter}))`;
}

/**
 * A station's series in [from, to), keyset-paginated on (period start, parameter). Raw periods
 * (rt, 1m, 1h) come from observations; 1d, 1mo and 1y from the rollups (with count and validity).
 */
export async function series(
  db: Kysely<Database>,
  actor: Actor,
  q: SeriesQuery,
): Promise<{ items: SeriesPoint[]; nextCursor: string | null }> {
  const station = await stations.findStationInScope(db, actor, q.station);
  if (!station) throw new AppError('STATION_NOT_FOUND', `station ${q.station} not found`);
  const from = new Date(q.from).toISOString();
  const to = new Date(q.to).toISOString();
  const cursor = q.after ? decodeCursor(q.after) : null;
  const rollup = ['1d', '1mo', '1y'].includes(q.period);
  let items: SeriesPoint[];
  if (rollup) {
    let sel = db
      .selectFrom('observation_rollups')
      .select(['parameter', 'period_start', 'mean', 'count', 'is_valid'])
      .where('station_id', '=', station.id)
      .where('period', '=', q.period)
      .where('period_start', '>=', from)
      .where('period_start', '<', to);
    if (q.parameter) sel = sel.where('parameter', '=', q.parameter);
    if (cursor) sel = sel.where(afterCursor(cursor));
    const rows = await sel
      .orderBy('period_start')
      .orderBy('parameter')
      .limit(q.limit + 1)
      .execute();
    items = rows.map((r) => ({
      parameter: r.parameter,
      periodStart: r.period_start,
      value: r.mean,
      flag: null,
      count: r.count,
      isValid: r.is_valid === 1,
    }));
  } else {
    let sel = db
      .selectFrom('observations')
      .select(['parameter', 'period_start', 'value', 'flag'])
      .where('station_id', '=', station.id)
      .where('period', '=', q.period)
      .where('period_start', '>=', from)
      .where('period_start', '<', to);
    if (q.parameter) sel = sel.where('parameter', '=', q.parameter);
    if (cursor) sel = sel.where(afterCursor(cursor));
    const rows = await sel
      .orderBy('period_start')
      .orderBy('parameter')
      .limit(q.limit + 1)
      .execute();
    items = rows.map((r) => ({ parameter: r.parameter, periodStart: r.period_start, value: r.value, flag: r.flag }));
  }
  const more = items.length > q.limit;
  if (more) items = items.slice(0, q.limit);
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1]!) : null };
}

/** The most recent values of each station in scope for one period. */
export async function latest(
  db: Kysely<Database>,
  actor: Actor,
  f: { kind?: string | undefined; regionCode?: string | undefined; period: string },
) {
  const list = await stations.allStationsInScope(db, actor, f);
  if (list.length === 0) return [];
  const ids = list.map((s) => s.id);
  const rows = await db
    .selectFrom('observations as o')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('observations')
          .select(['station_id', (e) => e.fn.max('period_start').as('ps')])
          .where('period', '=', f.period)
          .where('station_id', 'in', ids)
          .groupBy('station_id')
          .as('m'),
      (join) => join.onRef('m.station_id', '=', 'o.station_id').onRef('m.ps', '=', 'o.period_start'),
    )
    .select(['o.station_id', 'o.parameter', 'o.period_start', 'o.value', 'o.flag'])
    .where('o.period', '=', f.period)
    .execute();
  const byStation = new Map<string, typeof rows>();
  for (const r of rows) byStation.set(r.station_id, [...(byStation.get(r.station_id) ?? []), r]);
  return list.map((s) => {
    const vals = byStation.get(s.id) ?? [];
    return {
      stationId: s.id,
      stationCode: s.code,
      stationName: s.name,
      periodStart: vals[0]?.period_start ?? null,
      values: Object.fromEntries(vals.map((v) => [v.parameter, { value: v.value, flag: v.flag }])),
    };
  });
}

/** Export keeps units' meaning explicit: period, period start (labels the start), value as sent, flag. */
export async function exportSeries(
  db: Kysely<Database>,
  actor: Actor,
  q: Omit<SeriesQuery, 'after' | 'limit'>,
  format: TableFormat,
): Promise<Buffer> {
  const { items } = await series(db, actor, { ...q, limit: 100_000 });
  const station = (await stations.findStationInScope(db, actor, q.station))!;
  const rows = items.map((p) => ({
    station: station.code,
    period: q.period,
    period_start_utc: p.periodStart,
    parameter: p.parameter,
    value: p.value,
    flag: p.flag ?? '',
    valid_count: p.count ?? '',
    is_valid: p.isValid ?? '',
  }));
  const cols = ['station', 'period', 'period_start_utc', 'parameter', 'value', 'flag', 'valid_count', 'is_valid'].map(
    (k) => ({ key: k, header: k }),
  );
  return writeTable(cols, rows, format, 'observations');
}

/** Stored values of one station and period for some parameters, with period start in [from, to]. */
export function storedValues(
  db: Kysely<Database>,
  g: { stationId: string; period: string; from: string; to: string; parameters: readonly string[] },
) {
  return db
    .selectFrom('observations')
    .select(['parameter', 'period_start', 'value', 'flag'])
    .where('station_id', '=', g.stationId)
    .where('period', '=', g.period)
    .where('period_start', '>=', g.from)
    .where('period_start', '<=', g.to)
    .where('parameter', 'in', [...g.parameters])
    .execute();
}
