import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { checkReadings } from '../alerts/alerts.service';
import { shanghaiDate, type Reading, type ReadingSource } from './reading';

const BATCH = 500;
const knownPartitions = new WeakMap<object, Set<string>>();

/** PostgreSQL stores observations in monthly partitions, created the first time a month is written. */
async function ensurePartitions(db: Db, trx: Kysely<Database>, readings: readonly Reading[]): Promise<void> {
  if (db.dialect !== 'postgres') return;
  const known = knownPartitions.get(db) ?? new Set<string>();
  knownPartitions.set(db, known);
  const months = new Set(readings.map((r) => r.periodStart.slice(0, 7)));
  for (const month of months) {
    if (known.has(month)) continue;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const name = `observations_p${month.replace('-', '')}`;
    // Identifiers cannot be parameters; the name and bounds are derived from validated ISO dates only.
    await sql`create table if not exists ${sql.id(name)} partition of observations for values from (${sql.lit(`${month}-01`)}) to (${sql.lit(`${next}-01`)})`.execute(trx);
    known.add(month);
  }
}

/**
 * Stores readings idempotently (the key is station, parameter, period and period start: a re-sent
 * value replaces the same row), marks the touched days for the rollup worker and the stations'
 * last-data time, all in one transaction: when this resolves, the readings are durable.
 */
export async function storeReadings(db: Db, clock: Clock, readings: readonly Reading[], source: ReadingSource): Promise<number> {
  if (readings.length === 0) return 0;
  const receivedAt = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await ensurePartitions(db, trx, readings);
    for (let i = 0; i < readings.length; i += BATCH) {
      const rows = dedupe(readings.slice(i, i + BATCH)).map((r) => ({
        station_id: r.stationId, parameter: r.parameter, period: r.period, period_start: r.periodStart,
        value: r.value, value_text: r.valueText, flag: r.flag, source, received_at: receivedAt,
      }));
      await trx.insertInto('observations').values(rows)
        .onConflict((oc) => oc.columns(['station_id', 'parameter', 'period', 'period_start']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'), value_text: eb.ref('excluded.value_text'), flag: eb.ref('excluded.flag'),
          source: eb.ref('excluded.source'), received_at: eb.ref('excluded.received_at'),
        })))
        .execute();
    }
    const dirty = new Map<string, { station_id: string; day: string }>();
    const latest = new Map<string, string>();
    for (const r of readings) {
      if (r.period === '1h' || r.period === '1d') {
        const day = shanghaiDate(r.periodStart);
        dirty.set(`${r.stationId}|${day}`, { station_id: r.stationId, day });
      }
      if ((latest.get(r.stationId) ?? '') < r.periodStart) latest.set(r.stationId, r.periodStart);
    }
    const dirtyRows = [...dirty.values()];
    for (let i = 0; i < dirtyRows.length; i += BATCH) {
      await trx.insertInto('rollup_dirty').values(dirtyRows.slice(i, i + BATCH)).onConflict((oc) => oc.doNothing()).execute();
    }
    for (const [stationId, at] of latest) {
      await trx.updateTable('stations').set({ last_data_at: at })
        .where('id', '=', stationId).where((eb) => eb.or([eb('last_data_at', 'is', null), eb('last_data_at', '<', at)])).execute();
    }
    await checkReadings(trx, readings);
  });
  return readings.length;
}

/** One statement may not touch the same key twice (PostgreSQL refuses it): the last value wins. */
function dedupe(readings: readonly Reading[]): Reading[] {
  const byKey = new Map<string, Reading>();
  for (const r of readings) byKey.set(`${r.stationId}|${r.parameter}|${r.period}|${r.periodStart}`, r);
  return [...byKey.values()];
}
